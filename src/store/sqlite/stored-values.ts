/**
 * The distinct values an indexed column holds, read with one index seek per value (a skip-scan
 * written as a recursive query), so that what a user typed ("westerntimes", "en", "cava") can be
 * resolved to the stored values first and the filter then becomes an equality the index serves.
 * Reading every index entry instead would cost one step per article.
 */
import type BetterSqlite3 from 'better-sqlite3';

/** Indexed columns whose values are resolved this way; a fixed list, so no user text names a column. */
const INDEXED_COLUMNS = {
  siteDomain: { table: 'articles', column: 'site_domain', collate: 'NOCASE', index: 'articles_site_domain' },
  siteName: { table: 'articles', column: 'site_name', collate: 'NOCASE', index: 'articles_site_name' },
  language: { table: 'articles', column: 'language', collate: 'BINARY', index: 'articles_language' },
  author: { table: 'authors', column: 'name', collate: 'NOCASE', index: 'authors_name' },
} as const;

export type IndexedColumn = keyof typeof INDEXED_COLUMNS;

/**
 * Every distinct value (one per case-insensitive class for a NOCASE column), in index order. The
 * cost grows with the number of distinct values (sites, languages, bylines), not with the corpus.
 */
export function distinctValues(db: BetterSqlite3.Database, which: IndexedColumn): string[] {
  const { table, column, collate, index } = INDEXED_COLUMNS[which];
  const indexed = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(index) !== undefined;
  // Without the index, each step of the skip-scan would read the whole table: read it once instead.
  if (!indexed) return db.prepare(`SELECT DISTINCT ${column} COLLATE ${collate} FROM ${table} WHERE ${column} IS NOT NULL`).pluck().all() as string[];
  const next = (after: string): string =>
    `(SELECT ${column} FROM ${table} WHERE ${column} > ${after} COLLATE ${collate} ORDER BY ${column} COLLATE ${collate} LIMIT 1)`;
  const sql = `WITH RECURSIVE v(x) AS (SELECT ${next("''")} UNION ALL SELECT ${next('v.x')} FROM v WHERE v.x IS NOT NULL)
    SELECT x FROM v WHERE x IS NOT NULL`;
  return db.prepare(sql).pluck().all() as string[];
}
