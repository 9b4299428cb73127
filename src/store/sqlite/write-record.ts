/**
 * Writing one output line: an article (deduplicated, linked, indexed) or an error record. Runs
 * inside the caller's transaction.
 */
import { bandKeys } from '../dedup/minhash.js';
import { type ArticleRecord, type ErrorRecord, type OutputLine, isErrorRecord } from '../../record/schema.js';
import type { PutResult } from '../store.js';
import { findOriginal } from './find-original.js';
import { publishedColumns } from './published.js';
import { signatureToBlob } from './signature-blob.js';
import { preparedFor } from './prepared-article.js';
import type { WriteStatements } from './statements.js';
import { writeFacts } from './write-facts.js';

function result(id: string, outcome: PutResult['outcome'], duplicateOf: string | null = null, reason: PutResult['duplicateReason'] = null): PutResult {
  return { id, outcome, duplicateOf, duplicateReason: reason };
}

const EMPTY_BLOB = Buffer.alloc(0);

/** A worker's Uint8Array arrives without Buffer's prototype: better-sqlite3 binds Buffers as BLOBs. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
  const prepared = preparedFor(record);
  const hash = prepared.contentHash;
  const same = statements.articleByContentHash.get(hash) as { key: number; id: string } | undefined;
  if (same) {
    statements.insertSighting.run(record.id, same.key, record.source.path, record.source.url, now);
    return result(record.id, 'same-content', same.id);
  }
  const fingerprint = { signature: prepared.signature, shingleCount: prepared.shingleCount };
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
    record: asBuffer(prepared.record),
    contentHash: hash,
    duplicateOf: original?.key ?? null,
    duplicateReason: original?.reason ?? null,
    similarity: original?.similarity ?? null,
    shingleCount: fingerprint.shingleCount,
    // The signature is in article_fingerprints (migration 4); the column stays for older rows.
    signature: EMPTY_BLOB,
    ingestedAt: now,
  });
  const key = Number(info.lastInsertRowid);
  statements.insertFingerprint.run(key, original?.key ?? null, fingerprint.shingleCount, signatureToBlob(fingerprint.signature));
  writeFacts(statements, key, record, { publishedDay: published.publishedDay, publishedAt: published.publishedAt, original: original === null });
  for (const { band, hash: bandHash } of bandKeys(fingerprint.signature)) statements.insertBand.run(band, bandHash, key);
  // The same values as the view articles_fts_source gives for this row (an external-content index must match its content).
  const site = [record.site.name, record.site.domain].filter((part) => part !== null).join(' ');
  statements.insertFts.run(key, record.title ?? '', record.text, record.authors.map((author) => author.name).join(', '), site);
  statements.deleteFailure.run(record.id);
  return original === null ? result(record.id, 'stored') : result(record.id, 'stored', idOfKey(statements, original.key), original.reason);
}

export function writeRecord(statements: WriteStatements, line: OutputLine, now: string): PutResult {
  return isErrorRecord(line) ? writeFailure(statements, line, now) : writeArticle(statements, line, now);
}
