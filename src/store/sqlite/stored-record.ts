/**
 * The storage form of a record in `articles.record` (migration 4): the record's JSON without its
 * text, deflated, as a BLOB. The text is in `articles.text` already; storing it a second time in
 * the JSON made it most of the row. Raw deflate at a fast level: the JSON of a record is mostly
 * field names and repeated entity names, which deflate to about a sixth.
 *
 * Rows written before migration 4 hold the whole record as JSON text; `readStoredRecord` reads
 * both forms, so an older database needs no rewrite.
 *
 * The text's key keeps its place in the stored JSON (its value emptied), and the text is put back
 * under that key: the record read back serialises to exactly the JSON that was stored.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ArticleRecord } from '../../record/schema.js';

/** zlib level 1: most of the size gain of level 6 for a fraction of its time. */
const DEFLATE_LEVEL = 1;

export function storedRecord(record: ArticleRecord): Buffer {
  return deflateRawSync(JSON.stringify({ ...record, text: '' }), { level: DEFLATE_LEVEL });
}

/** The record from its stored form (a BLOB, or the JSON text of an older row) and the article's text column. */
export function readStoredRecord(stored: Buffer | string, text: string): ArticleRecord {
  if (typeof stored === 'string') return JSON.parse(stored) as ArticleRecord;
  const record = JSON.parse(inflateRawSync(stored).toString('utf8')) as ArticleRecord;
  record.text = text;
  return record;
}
