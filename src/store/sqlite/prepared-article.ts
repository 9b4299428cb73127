/**
 * What storing an article computes from the record alone, before any SQL: the content hash, the
 * MinHash fingerprint and the record's storage form. Ingest workers compute it beside extraction
 * (it is per-document CPU work the single writing thread would otherwise do) and the writer uses it
 * when it is there; without it (in-process ingest, `put` from a library caller) the writer computes
 * it itself. Either way the stored bytes are the same.
 *
 * The prepared form travels beside its record in a WeakMap rather than as a field, so records keep
 * their shape and the Store interface stays as it is.
 */
import { contentHashOfTokens, fingerprintTokens } from '../dedup/fingerprint.js';
import { tokenize } from '../dedup/shingles.js';
import type { ArticleRecord } from '../../record/schema.js';
import { storedRecord } from './stored-record.js';

export interface PreparedArticle {
  contentHash: string;
  shingleCount: number;
  signature: Uint32Array;
  /** The record's storage form (stored-record.ts). */
  record: Uint8Array;
}

const prepared = new WeakMap<ArticleRecord, PreparedArticle>();

export function prepareArticle(record: ArticleRecord): PreparedArticle {
  const tokens = tokenize(record.text);
  const fingerprint = fingerprintTokens(tokens);
  return { contentHash: contentHashOfTokens(tokens), shingleCount: fingerprint.shingleCount, signature: fingerprint.signature, record: storedRecord(record) };
}

/** Hands a record's prepared form to the writer (it must have been prepared from this record). */
export function attachPrepared(record: ArticleRecord, article: PreparedArticle): void {
  prepared.set(record, article);
}

/** The record's prepared form: the one attached to it, else computed now. */
export function preparedFor(record: ArticleRecord): PreparedArticle {
  return prepared.get(record) ?? prepareArticle(record);
}
