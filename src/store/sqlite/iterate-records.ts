/**
 * Every stored record, one row at a time: a better-sqlite3 `.iterate()` over articles.record and
 * articles.text (the stored form leaves the text out: stored-record.ts) in key (storage) order, so
 * an export of a million articles holds one record in memory, not the corpus.
 * The date bounds and the duplicate rule are search's own (search-filters.ts), so `export --from`
 * and `search --from` select the same articles.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { ArticleRecord } from '../../record/schema.js';
import type { RecordFilter } from '../store.js';
import { filterClauses, joinClauses } from './search-filters.js';
import { readStoredRecord } from './stored-record.js';

export function* iterateRecords(db: BetterSqlite3.Database, filter: RecordFilter = {}): IterableIterator<ArticleRecord> {
  const query = { text: '', limit: 0, offset: 0, includeDuplicates: filter.includeDuplicates ?? false, ...pick(filter) };
  const where = joinClauses(filterClauses(query));
  const statement = db.prepare(`SELECT a.record, a.text FROM articles a WHERE ${where.sql} ORDER BY a.key`);
  for (const row of statement.iterate(...where.params) as Iterable<{ record: Buffer | string; text: string }>) yield readStoredRecord(row.record, row.text);
}

/** Only the bounds that are set: search's clauses test `!== undefined`. */
function pick(filter: RecordFilter): { from?: string; to?: string } {
  const bounds: { from?: string; to?: string } = {};
  if (filter.from !== undefined) bounds.from = filter.from;
  if (filter.to !== undefined) bounds.to = filter.to;
  return bounds;
}
