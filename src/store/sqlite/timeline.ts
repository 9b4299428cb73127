/**
 * A timeline: the dated facts (record `dates` of type DATE or TIME whose value starts with a year)
 * of an entity's articles, of a search's, or of the whole corpus, ordered by the date they name,
 * each with the sentence it sits in. Durations, recurrences, centuries and unresolved years
 * (XXXX-01-30) have no place on a line and are left out.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Timeline, TimelineEvent, TimelineQuery } from '../store.js';
import { ARTICLE_REF_COLUMNS, type ArticleRefRow, toArticleRef } from './article-refs.js';
import { articleScope, isWholeCorpus } from './article-scope.js';
import { dayBounds } from './day-bounds.js';
import { DUPLICATE_KEYS, type SqlClause, joinClauses } from './search-filters.js';
import { sentenceAround } from './sentence.js';

/** Characters of text read on each side of a date to find its sentence. */
const CONTEXT = 400;

interface DateRow extends ArticleRefRow {
  value: string;
  type: string;
  text: string;
  stated: number;
  layer: string;
  start_offset: number;
  end_offset: number;
  article_key: number;
}

interface LayerTexts {
  text: string;
  title: string | null;
}

/**
 * The body and title of the articles the events come from, read once per article for the few rows
 * returned. Sliced in JavaScript because offsets count UTF-16 units and SQLite's substr() counts
 * characters.
 */
function layerTexts(db: BetterSqlite3.Database, rows: readonly DateRow[]): Map<number, LayerTexts> {
  const keys = [...new Set(rows.map((row) => row.article_key))];
  const texts = db.prepare('SELECT key, text, title FROM articles WHERE key IN (SELECT value FROM json_each(?))').all(JSON.stringify(keys)) as (LayerTexts & { key: number })[];
  return new Map(texts.map((row) => [row.key, row]));
}

function sentenceOf(row: DateRow, layers: LayerTexts | undefined): string | null {
  if (layers === undefined) return null;
  if (row.layer === 'title') return layers.title;
  if (row.layer !== 'text') return null;
  const windowStart = Math.max(0, row.start_offset - CONTEXT);
  return sentenceAround(layers.text.slice(windowStart, row.end_offset + CONTEXT), windowStart, row.start_offset, row.end_offset);
}

function toEvent(row: DateRow, layers: LayerTexts | undefined): TimelineEvent {
  return {
    value: row.value,
    type: row.type,
    text: row.text,
    stated: row.stated === 1,
    layer: row.layer,
    start: row.start_offset,
    end: row.end_offset,
    sentence: sentenceOf(row, layers),
    article: toArticleRef(row),
  };
}

/**
 * The value of the limit-th date in order, or null when there are fewer: the main query then joins
 * and sorts only the dates up to it (and its ties), not every date of a scope of 2,000 articles.
 */
function lastValue(db: BetterSqlite3.Database, where: SqlClause, limit: number): string | null {
  const sql = `SELECT d.value FROM dates d WHERE ${where.sql} ORDER BY d.value LIMIT 1 OFFSET ?`;
  return (db.prepare(sql).pluck().get(...where.params, limit - 1) as string | undefined) ?? null;
}

export function timeline(db: BetterSqlite3.Database, query: TimelineQuery): Timeline {
  const clauses: SqlClause[] = [
    { sql: "d.type IN ('DATE', 'TIME') AND d.value GLOB '[0-9][0-9][0-9][0-9]*'", params: [] },
    ...dayBounds('d.value', query.from, query.to),
  ];
  let sampled = false;
  // from/to bound the facts' values, not publication: the scope is every article with the words or the entity.
  const scopeQuery = { query: query.query, entity: query.entity, includeDuplicates: query.includeDuplicates };
  if (!isWholeCorpus(scopeQuery)) {
    const scope = articleScope(db, scopeQuery);
    sampled = scope.sampled;
    clauses.push({ sql: 'd.article IN (SELECT value FROM json_each(?))', params: [JSON.stringify(scope.keys)] });
    const last = query.limit > 0 ? lastValue(db, joinClauses(clauses), query.limit) : null;
    if (last !== null) clauses.push({ sql: 'd.value <= ?', params: [last] });
  } else if (!query.includeDuplicates) {
    // Tested on the key: reading duplicate_of from the article row would read past its text.
    clauses.push({ sql: `+d.article NOT IN (${DUPLICATE_KEYS})`, params: [] });
  }
  const where = joinClauses(clauses);
  // Dates come first (CROSS JOIN fixes the order): over the whole corpus they are read in the order
  // of their value index, stopping at the limit; in a scope, only those up to the last value.
  const rows = db
    .prepare(`SELECT d.value, d.type, d.text, d.stated, d.layer, d.start_offset, d.end_offset,
        a.key AS article_key, ${ARTICLE_REF_COLUMNS}
      FROM dates d CROSS JOIN articles a ON a.key = d.article WHERE ${where.sql}
      ORDER BY d.value, a.published_at, a.key, d.start_offset LIMIT ?`)
    .all(...where.params, query.limit) as DateRow[];
  const layers = layerTexts(db, rows);
  return { events: rows.map((row) => toEvent(row, layers.get(row.article_key))), sampled };
}
