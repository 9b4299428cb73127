/**
 * How a search reads its candidates, chosen by selectivity. SQLite's planner has no statistics on
 * how many articles a date range, a site or an entity holds, nor on how common a word is, so the
 * choice is made here from capped counts that cost an index range each:
 *
 * - with words, the full-text index drives and each match is tested against the filters (see
 *   rankedPlan);
 * - without words, a small filter set (not the days: see SORT_SET_LIMIT) is read and sorted by
 *   date; otherwise the published_at index is read newest first (within the dates' range when
 *   there are dates) and each article is tested against the filters until the page is full.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SearchQuery } from '../store.js';
import { type KeyFilters, type KeySet, type SqlClause, joinClauses, keyConditions } from './search-filters.js';

/** Filter sets are counted up to this many articles. */
const SET_COUNT_CAP = 20_000;
/** With words, a filter set at most this large is read first into a list of keys. */
const KEY_LIST_LIMIT = 20_000;
/**
 * Without words, a filter set at most this large is read whole and sorted by date (a row read per
 * article for its instant); a larger one is tested along the published_at index, which may have to
 * walk far when the set's articles are old. The days set is always walked: its range bounds the walk.
 */
const SORT_SET_LIMIT = 5_000;
/** Widening of a day range into an instant range: the day is printed in the article's zone, the instant is UTC. */
const DAY_MARGIN_MS = 2 * 24 * 3600 * 1000;

export interface CandidatePlan {
  /** The FROM clause (its parameters come before the WHERE's). */
  from: SqlClause;
  /** The candidate's article key in it. */
  key: string;
  /** Every condition, the words' MATCH included. */
  where: SqlClause;
  /** The filter set that drives the query, or null (the full-text or the publication index does). */
  driving: string | null;
}

export interface NewestPlan extends CandidatePlan {
  /** Bounds on published_at that hold every article of the dates (a range of its index), or null. */
  publishedRange: [number, number] | null;
  /** Where the count reads: the smallest set when there is one (an index range), else every article. */
  count: CandidatePlan;
}

function countUpTo(db: BetterSqlite3.Database, sql: string, params: readonly (string | number)[], cap: number): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM (${sql}) LIMIT ?)`).get(...params, cap) as { n: number }).n;
}

/** The filter set with the fewest articles, and how many (capped), or null without sets. */
function smallestSet(db: BetterSqlite3.Database, filters: KeyFilters): { set: KeySet; size: number } | null {
  let best: { set: KeySet; size: number } | null = null;
  for (const set of filters.sets) {
    const size = countUpTo(db, set.sql, set.params, SET_COUNT_CAP + 1);
    if (best === null || size < best.size) best = { set, size };
  }
  return best;
}

/** The set's distinct keys as a FROM item named `c`. */
function setSource(set: KeySet, join = ''): SqlClause {
  return { sql: `(SELECT DISTINCT key FROM (${set.sql})) c ${join}`, params: set.params };
}

/**
 * With words, the full-text index always drives, in one query: FTS5's bm25() reads each word's
 * whole document list once per query to weigh it, so looking the set's articles up one by one (a
 * query each) would pay that for every article. The filters are tested per match instead: against
 * a list of keys when the smallest set is small (read first, with the other filters applied, and
 * bounding the rowid range the index reads), else against each set's index.
 */
export function rankedPlan(db: BetterSqlite3.Database, match: string, filters: KeyFilters): CandidatePlan {
  const smallest = smallestSet(db, filters);
  const matchSql = { sql: 'articles_fts MATCH ?', params: [match] };
  const from = { sql: 'articles_fts', params: [] };
  if (smallest !== null && smallest.size <= KEY_LIST_LIMIT) {
    const where = keyConditions(filters, 'c.key', smallest.set);
    const source = setSource(smallest.set);
    const keys = db.prepare(`SELECT c.key FROM ${source.sql} WHERE ${where.sql} ORDER BY c.key`).pluck().all(...source.params, ...where.params) as number[];
    const list: SqlClause = {
      sql: 'articles_fts.rowid >= ? AND articles_fts.rowid <= ? AND +articles_fts.rowid IN (SELECT value FROM json_each(?))',
      params: [keys[0] ?? 0, keys.at(-1) ?? -1, JSON.stringify(keys)],
    };
    return { from, key: 'articles_fts.rowid', where: joinClauses([matchSql, list]), driving: smallest.set.name };
  }
  return { from, key: 'articles_fts.rowid', where: joinClauses([matchSql, keyConditions(filters, 'articles_fts.rowid')]), driving: null };
}

function dayStart(prefix: string): number {
  const [year = 1970, month = 1, day = 1] = prefix.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** The instant after the last day a prefix covers ("2025" -> 2026-01-01, "2025-02" -> 2025-03-01). */
function dayEnd(prefix: string): number {
  const [year = 1970, month, day] = prefix.split('-').map(Number);
  if (month === undefined) return Date.UTC(year + 1, 0, 1);
  if (day === undefined) return Date.UTC(year, month, 1);
  return Date.UTC(year, month - 1, day + 1);
}

function publishedRange(query: SearchQuery): [number, number] | null {
  if (query.from === undefined && query.to === undefined) return null;
  const low = query.from === undefined ? Number.MIN_SAFE_INTEGER : dayStart(query.from) - DAY_MARGIN_MS;
  const high = query.to === undefined ? Number.MAX_SAFE_INTEGER : dayEnd(query.to) + DAY_MARGIN_MS;
  return [low, high];
}

export function newestPlan(db: BetterSqlite3.Database, filters: KeyFilters, query: SearchQuery): NewestPlan {
  const smallest = smallestSet(db, filters);
  const everyArticle: CandidatePlan = { from: { sql: 'articles a', params: [] }, key: 'a.key', where: keyConditions(filters, 'a.key'), driving: null };
  if (smallest === null) return { ...everyArticle, publishedRange: publishedRange(query), count: everyArticle };
  const count: CandidatePlan = { from: setSource(smallest.set), key: 'c.key', where: keyConditions(filters, 'c.key', smallest.set), driving: smallest.set.name };
  if (smallest.size > SORT_SET_LIMIT || smallest.set.name === 'days') return { ...everyArticle, publishedRange: publishedRange(query), count };
  return {
    from: setSource(smallest.set, 'CROSS JOIN articles a ON a.key = c.key'),
    key: 'c.key',
    where: count.where,
    driving: smallest.set.name,
    publishedRange: null,
    count,
  };
}
