/**
 * The articles a corpus question is about: those matching some words, mentioning an entity,
 * published within some days, or all of these. Aggregates over a scope (places, co-mentions,
 * dates) read at most SCOPE_LIMIT articles, so an answer's cost is bounded however common the
 * words or the entity; the answer then says it was `sampled`. Which ones: with words, the most
 * recently stored matches (the full-text index yields them in that order and can stop early:
 * ordering by publication would read every match of a common word); otherwise the most recently
 * published.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { dayBounds } from './day-bounds.js';
import { entityKeysSql } from './entity-refs.js';
import { toFtsMatch } from './fts-query.js';
import { DUPLICATE_KEYS, type SqlClause, joinClauses } from './search-filters.js';

/** Most articles an aggregate reads. */
export const SCOPE_LIMIT = 2000;

export interface ScopeQuery {
  query?: string;
  entity?: string;
  from?: string;
  to?: string;
  includeDuplicates?: boolean;
}

export interface ArticleScope {
  /** Article keys; at most SCOPE_LIMIT. */
  keys: number[];
  /** The scope held more articles than `keys`. */
  sampled: boolean;
}

/** True when the query narrows nothing: the whole corpus is the scope (answered from corpus-wide counts). */
export function isWholeCorpus(query: ScopeQuery): boolean {
  const words = query.query === undefined ? null : toFtsMatch(query.query);
  return words === null && query.entity === undefined && query.from === undefined && query.to === undefined;
}

/**
 * Conditions on a key expression only (search-filters.ts explains why no article row is read):
 * the days from the published_day index, the entity's articles, and no duplicates.
 */
function keyClauses(query: ScopeQuery, key: string, withEntity: boolean): SqlClause[] {
  const clauses: SqlClause[] = [];
  const days = dayBounds('published_day', query.from, query.to);
  if (days.length > 0) {
    const where = joinClauses(days);
    clauses.push({ sql: `+${key} IN (SELECT key FROM articles WHERE ${where.sql})`, params: where.params });
  }
  if (withEntity && query.entity !== undefined) {
    const keys = entityKeysSql(query.entity);
    clauses.push({ sql: `+${key} IN (SELECT ae.article FROM article_entities ae WHERE ae.entity IN (${keys.sql}))`, params: keys.params });
  }
  if (!query.includeDuplicates) clauses.push({ sql: `+${key} NOT IN (${DUPLICATE_KEYS})`, params: [] });
  return clauses;
}

/**
 * The scope's keys, newest first in the sense described above, at most `limit + 1`. Each form reads
 * one index in its order and stops: the full-text index by rowid, an entity's rows in
 * article_entities (which repeat the publication day and whether the article is an original), or
 * the published_day index.
 */
function scopeKeys(db: BetterSqlite3.Database, query: ScopeQuery, match: string | null, count: number): number[] {
  if (match !== null) {
    const where = joinClauses([{ sql: 'articles_fts MATCH ?', params: [match] }, ...keyClauses(query, 'articles_fts.rowid', true)]);
    const sql = `SELECT articles_fts.rowid FROM articles_fts WHERE ${where.sql} ORDER BY articles_fts.rowid DESC LIMIT ?`;
    return db.prepare(sql).pluck().all(...where.params, count) as number[];
  }
  if (query.entity !== undefined) {
    const keys = entityKeysSql(query.entity);
    const clauses: SqlClause[] = [{ sql: `ae.entity IN (${keys.sql})`, params: keys.params }, ...dayBounds('ae.published_day', query.from, query.to)];
    if (!query.includeDuplicates) clauses.push({ sql: 'ae.original = 1', params: [] });
    const where = joinClauses(clauses);
    const sql = `SELECT ae.article FROM article_entities ae WHERE ${where.sql}
      GROUP BY ae.article ORDER BY max(ae.published_day) DESC, ae.article DESC LIMIT ?`;
    return db.prepare(sql).pluck().all(...where.params, count) as number[];
  }
  const where = joinClauses([...dayBounds('a.published_day', query.from, query.to), ...keyClauses({ ...query, from: undefined, to: undefined }, 'a.key', false)]);
  const sql = `SELECT a.key FROM articles a WHERE ${where.sql} ORDER BY a.published_day DESC, a.key DESC LIMIT ?`;
  return db.prepare(sql).pluck().all(...where.params, count) as number[];
}

export function articleScope(db: BetterSqlite3.Database, query: ScopeQuery, limit = SCOPE_LIMIT): ArticleScope {
  const match = query.query === undefined ? null : toFtsMatch(query.query);
  const keys = scopeKeys(db, query, match, limit + 1);
  return { keys: keys.slice(0, limit), sampled: keys.length > limit };
}
