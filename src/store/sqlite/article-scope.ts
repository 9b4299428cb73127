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
import { ORIGINALS_ONLY, type SqlClause, joinClauses } from './search-filters.js';

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

function scopeClauses(query: ScopeQuery): SqlClause[] {
  const clauses = dayBounds('a.published_day', query.from, query.to);
  if (query.entity !== undefined) {
    const keys = entityKeysSql(query.entity);
    clauses.push({ sql: `a.key IN (SELECT ae.article FROM article_entities ae WHERE ae.entity IN (${keys.sql}))`, params: keys.params });
  }
  if (!query.includeDuplicates) clauses.push({ sql: ORIGINALS_ONLY, params: [] });
  return clauses;
}

export function articleScope(db: BetterSqlite3.Database, query: ScopeQuery, limit = SCOPE_LIMIT): ArticleScope {
  const match = query.query === undefined ? null : toFtsMatch(query.query);
  const where = joinClauses(scopeClauses(query));
  const sql =
    match === null
      ? `SELECT a.key FROM articles a WHERE ${where.sql} ORDER BY a.published_day DESC, a.key DESC LIMIT ?`
      : `SELECT a.key FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid
         WHERE articles_fts MATCH ? AND ${where.sql} ORDER BY articles_fts.rowid DESC LIMIT ?`;
  const params = match === null ? [...where.params, limit + 1] : [match, ...where.params, limit + 1];
  const keys = (db.prepare(sql).pluck().all(...params) as number[]);
  return { keys: keys.slice(0, limit), sampled: keys.length > limit };
}
