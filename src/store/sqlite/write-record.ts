/**
 * Writing one output line: an article (deduplicated, linked, indexed) or an error record. Runs
 * inside the caller's transaction.
 */
import { bandKeys } from '../dedup/minhash.js';
import { contentHash, fingerprintText } from '../dedup/fingerprint.js';
import { type ArticleRecord, type ErrorRecord, type OutputLine, isErrorRecord } from '../../record/schema.js';
import type { PutResult } from '../store.js';
import { findOriginal } from './find-original.js';
import { publishedColumns } from './published.js';
import { signatureToBlob } from './signature-blob.js';
import type { WriteStatements } from './statements.js';
import { writeFacts } from './write-facts.js';

function result(id: string, outcome: PutResult['outcome'], duplicateOf: string | null = null, reason: PutResult['duplicateReason'] = null): PutResult {
  return { id, outcome, duplicateOf, duplicateReason: reason };
}

function idOfKey(statements: WriteStatements, key: number): string {
  return (statements.articleIdByKey.get(key) as { id: string }).id;
}

function writeFailure(statements: WriteStatements, record: ErrorRecord, now: string): PutResult {
  if (statements.articleKeyById.get(record.id)) return result(record.id, 'already-stored');
  const { source, error } = record;
  statements.upsertFailure.run(record.id, source.path, source.url, source.container.kind, source.container.index, error.code, error.message, JSON.stringify(record), now);
  return result(record.id, 'failed');
}

function writeArticle(statements: WriteStatements, record: ArticleRecord, now: string): PutResult {
  if (statements.articleKeyById.get(record.id)) return result(record.id, 'already-stored');
  const hash = contentHash(record.text);
  const same = statements.articleByContentHash.get(hash) as { key: number; id: string } | undefined;
  if (same) {
    statements.insertSighting.run(record.id, same.key, record.source.path, record.source.url, now);
    return result(record.id, 'same-content', same.id);
  }
  const fingerprint = fingerprintText(record.text);
  const original = findOriginal(statements, record.source.url, fingerprint);
  const published = publishedColumns(record.published);
  const info = statements.insertArticle.run({
    id: record.id,
    url: record.source.url,
    title: record.title,
    siteName: record.site.name,
    siteDomain: record.site.domain,
    ...published,
    language: record.language,
    text: record.text,
    record: JSON.stringify(record),
    contentHash: hash,
    duplicateOf: original?.key ?? null,
    duplicateReason: original?.reason ?? null,
    similarity: original?.similarity ?? null,
    shingleCount: fingerprint.shingleCount,
    signature: signatureToBlob(fingerprint.signature),
    ingestedAt: now,
  });
  const key = Number(info.lastInsertRowid);
  writeFacts(statements, key, record, { publishedDay: published.publishedDay, publishedAt: published.publishedAt, original: original === null });
  for (const { band, hash: bandHash } of bandKeys(fingerprint.signature)) statements.insertBand.run(band, bandHash, key);
  const site = [record.site.name, record.site.domain].filter((part) => part !== null).join(' ');
  statements.insertFts.run(key, record.title ?? '', record.text, record.authors.map((author) => author.name).join(', '), site);
  statements.deleteFailure.run(record.id);
  return original === null ? result(record.id, 'stored') : result(record.id, 'stored', idOfKey(statements, original.key), original.reason);
}

export function writeRecord(statements: WriteStatements, line: OutputLine, now: string): PutResult {
  return isErrorRecord(line) ? writeFailure(statements, line, now) : writeArticle(statements, line, now);
}
