/**
 * Search: ranked full-text search (FTS5, BM25) with filters and paging, or, for an empty query,
 * every article that passes the filters, newest first.
 *
 * The work is bounded for common words and deep pages:
 *
 * - a page is chosen on keys alone (bm25() or the published_at index, and filters that test keys
 *   against indexes: search-filters.ts `keyFilters`); titles, snippets, bylines and duplicate
 *   counts are then read for the page's hits only, never for every match;
 * - the total is counted up to SEARCH_COUNT_CAP (`totalExact` says whether it stopped there);
 * - `after` cursors start a page right after the previous one (search-cursor.ts), and `offset` is
 *   bounded by MAX_SEARCH_OFFSET;
 * - the plan follows selectivity (search-plan.ts): a filter with few articles drives the query and
 *   the words are tested per article; otherwise the full-text index, or the publication index,
 *   drives and the filters are tested per key.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { MAX_SEARCH_OFFSET, SEARCH_COUNT_CAP, type SearchHit, type SearchPage, type SearchQuery } from '../store.js';
import { toFtsMatch } from './fts-query.js';
import { type SearchCursor, decodeCursor, encodeCursor } from './search-cursor.js';
import { type KeyFilters, type SqlClause, joinClauses, keyFilters } from './search-filters.js';
import { type CandidatePlan, type NewestPlan, newestPlan, rankedPlan } from './search-plan.js';
import { ELLIPSIS, MARK_CLOSE, MARK_OPEN, SNIPPET_TOKENS, leadOf, parseMarkedSnippet } from './snippet.js';

/**
 * BM25 column weights (title, text, authors, site): a word in the headline says more about what the
 * article is about than the same word once in the body.
 */
const BM25_WEIGHTS = [10, 1, 5, 2] as const;
const BM25 = `bm25(articles_fts, ${BM25_WEIGHTS.join(', ')})`;
/** Separates author names inside one SQL value; a control character no name contains. */
const NAME_SEPARATOR = '\u001f';
/** Most matches ranked by bm25(): beyond, the most recently stored this many are (see rankedKeys). */
export const RANK_WINDOW = 5_000;
/** Characters of the text read for an empty query's lead. */
const LEAD_READ = 1000;

/** What a hit shows, read for the page's hits only. */
const HIT_COLUMNS = `a.key, a.id, a.url, a.title, a.site_name, a.site_domain, a.published, a.language,
  (SELECT o.id FROM articles o WHERE o.key = a.duplicate_of) AS original_id,
  (SELECT COUNT(*) FROM articles d WHERE d.duplicate_of = a.key) AS copies,
  (SELECT group_concat(name, char(31)) FROM (SELECT name FROM authors WHERE article = a.key ORDER BY position)) AS author_names`;

interface HitRow {
  key: number;
  id: string;
  url: string | null;
  title: string | null;
  site_name: string | null;
  site_domain: string | null;
  published: string | null;
  language: string | null;
  original_id: string | null;
  copies: number;
  author_names: string | null;
}

/** A page's hit before its details are read: its key and its place in the order. */
interface PageKey {
  key: number;
  /** bm25() (lower is better) for ranked pages, published_at for newest-first ones. */
  sort: number | null;
}

function countCapped(db: BetterSqlite3.Database, plan: CandidatePlan): { total: number; totalExact: boolean } {
  const sql = `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${plan.from.sql} WHERE ${plan.where.sql} LIMIT ?)`;
  const n = (db.prepare(sql).get(...plan.from.params, ...plan.where.params, SEARCH_COUNT_CAP + 1) as { n: number }).n;
  return n > SEARCH_COUNT_CAP ? { total: SEARCH_COUNT_CAP, totalExact: false } : { total: n, totalExact: true };
}

/**
 * The page's keys by bm25(). Over RANK_WINDOW candidates, only the most recently stored
 * RANK_WINDOW are scored (the index yields them newest first and stops): such a query is made of
 * words most articles hold, whose BM25 weights are near zero, so ranking every match would cost
 * much and tell little.
 */
function rankedKeys(db: BetterSqlite3.Database, plan: CandidatePlan, windowed: boolean, cursor: SearchCursor | null, need: number, offset: number): PageKey[] {
  const after: SqlClause =
    cursor?.order === 'rank' ? { sql: 'WHERE rank > ? OR (rank = ? AND key > ?)', params: [cursor.rank, cursor.rank, cursor.key] } : { sql: '', params: [] };
  // The inner query has a LIMIT, so it is never flattened: bm25() is computed once per candidate it yields.
  const window = windowed ? `ORDER BY ${plan.key} DESC LIMIT ${RANK_WINDOW}` : 'LIMIT -1';
  const sql = `SELECT key, rank AS sort FROM (SELECT ${plan.key} AS key, ${BM25} AS rank FROM ${plan.from.sql} WHERE ${plan.where.sql} ${window})
    ${after.sql} ORDER BY rank, key LIMIT ? OFFSET ?`;
  return db.prepare(sql).all(...plan.from.params, ...plan.where.params, ...after.params, need, offset) as PageKey[];
}

/** Ranked hits: candidates by plan, the page by bm25() alone, snippets for the page's hits. */
function rankedSearch(db: BetterSqlite3.Database, match: string, filters: KeyFilters, query: SearchQuery): SearchPage {
  const plan = rankedPlan(db, match, filters);
  const counted = countCapped(db, plan);
  const cursor = query.after === undefined ? null : decodeCursor(query, 'rank');
  const keys = rankedKeys(db, plan, counted.total > RANK_WINDOW, cursor, query.limit + 1, query.offset);
  const page = keys.slice(0, query.limit);
  const snippet = db.prepare(
    `SELECT snippet(articles_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '${ELLIPSIS}', ${SNIPPET_TOKENS}) FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`,
  );
  const hits = page.map(({ key, sort }) => {
    const marked = (snippet.pluck().get(match, key) as string | undefined) ?? '';
    const { text, highlights } = parseMarkedSnippet(marked);
    // bm25() is lower for better matches; flip it so a bigger score is a better hit.
    return toHit(db, key, { snippet: text, highlights, score: sort === null ? null : -sort });
  });
  const last = page.at(-1);
  const next = keys.length > query.limit && last !== undefined ? encodeCursor({ order: 'rank', rank: last.sort ?? 0, key: last.key }, query) : null;
  return { ...counted, hits, next };
}

/**
 * Newest-first keys: dated articles by published_at descending, then undated ones by key
 * descending, each part one ordered read (an index range, or the small driving set sorted).
 */
function newestKeys(db: BetterSqlite3.Database, plan: NewestPlan, cursor: SearchCursor | null, need: number): PageKey[] {
  const read = (extra: SqlClause, count: number): PageKey[] => {
    const where = joinClauses([plan.where, extra]);
    const sql = `SELECT a.key AS key, a.published_at AS sort FROM ${plan.from.sql} WHERE ${where.sql} ORDER BY a.published_at DESC, a.key DESC LIMIT ?`;
    return db.prepare(sql).all(...plan.from.params, ...where.params, count) as PageKey[];
  };
  const dated: PageKey[] = [];
  if (cursor?.order !== 'newest' || cursor.publishedAt !== null) {
    const bounds: SqlClause[] = [{ sql: 'a.published_at IS NOT NULL', params: [] }];
    if (plan.publishedRange !== null) bounds.push({ sql: 'a.published_at >= ? AND a.published_at <= ?', params: plan.publishedRange });
    if (cursor?.order === 'newest' && cursor.publishedAt !== null) {
      bounds.push({ sql: 'a.published_at <= ? AND (a.published_at < ? OR a.key < ?)', params: [cursor.publishedAt, cursor.publishedAt, cursor.key] });
    }
    dated.push(...read(joinClauses(bounds), need));
  }
  if (dated.length >= need) return dated;
  const undated: SqlClause =
    cursor?.order === 'newest' && cursor.publishedAt === null
      ? { sql: 'a.published_at IS NULL AND a.key < ?', params: [cursor.key] }
      : { sql: 'a.published_at IS NULL', params: [] };
  return [...dated, ...read(undated, need - dated.length)];
}

function newestFirst(db: BetterSqlite3.Database, filters: KeyFilters, query: SearchQuery): SearchPage {
  const plan = newestPlan(db, filters, query);
  const counted = countCapped(db, plan.count);
  const cursor = query.after === undefined ? null : decodeCursor(query, 'newest');
  const keys = newestKeys(db, plan, cursor, query.offset + query.limit + 1).slice(query.offset);
  const page = keys.slice(0, query.limit);
  const lead = db.prepare(`SELECT substr(text, 1, ${LEAD_READ}) FROM articles WHERE key = ?`).pluck();
  const hits = page.map(({ key }) => toHit(db, key, { snippet: leadOf((lead.get(key) as string | undefined) ?? ''), highlights: [], score: null }));
  const last = page.at(-1);
  const next = keys.length > query.limit && last !== undefined ? encodeCursor({ order: 'newest', publishedAt: last.sort, key: last.key }, query) : null;
  return { ...counted, hits, next };
}

function toHit(db: BetterSqlite3.Database, key: number, found: Pick<SearchHit, 'snippet' | 'highlights' | 'score'>): SearchHit {
  const row = db.prepare(`SELECT ${HIT_COLUMNS} FROM articles a WHERE a.key = ?`).get(key) as HitRow;
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    site: { name: row.site_name, domain: row.site_domain },
    published: row.published,
    language: row.language,
    authors: row.author_names === null ? [] : row.author_names.split(NAME_SEPARATOR),
    snippet: found.snippet,
    highlights: found.highlights,
    score: found.score,
    duplicateOf: row.original_id,
    copies: row.copies,
  };
}

export function searchArticles(db: BetterSqlite3.Database, query: SearchQuery): SearchPage {
  if (!Number.isSafeInteger(query.offset) || query.offset < 0 || query.offset > MAX_SEARCH_OFFSET) {
    throw new RangeError(`offset must be between 0 and ${MAX_SEARCH_OFFSET}; page deeper with the "next" cursor`);
  }
  const filters = keyFilters(db, query);
  const match = toFtsMatch(query.text);
  return match === null ? newestFirst(db, filters, query) : rankedSearch(db, match, filters, query);
}
