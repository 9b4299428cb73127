/**
 * Search: ranked full-text search (FTS5, BM25) with filters and paging, or, for an empty query,
 * every article that passes the filters, newest first.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SearchHit, SearchPage, SearchQuery } from '../store.js';
import { toFtsMatch } from './fts-query.js';
import { type SqlClause, filterClauses, joinClauses } from './search-filters.js';
import { ELLIPSIS, MARK_CLOSE, MARK_OPEN, SNIPPET_TOKENS, leadOf, parseMarkedSnippet } from './snippet.js';

/**
 * BM25 column weights (title, text, authors, site): a word in the headline says more about what the
 * article is about than the same word once in the body.
 */
const BM25_WEIGHTS = [10, 1, 5, 2] as const;
/** Separates author names inside one SQL value; a control character no name contains. */
const NAME_SEPARATOR = '\u001f';

/** Columns every hit needs, whichever way it was found. */
const HIT_COLUMNS = `a.key, a.id, a.url, a.title, a.site_name, a.site_domain, a.published, a.language,
  (SELECT o.id FROM articles o WHERE o.key = a.duplicate_of) AS original_id,
  (SELECT COUNT(*) FROM articles d WHERE d.duplicate_of = a.key) AS copies,
  (SELECT group_concat(name, char(31)) FROM (SELECT name FROM authors WHERE article = a.key ORDER BY position)) AS author_names`;

interface HitRow {
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
  marked: string;
  rank: number | null;
}

function toHit(row: HitRow, ranked: boolean): SearchHit {
  const snippet = ranked ? parseMarkedSnippet(row.marked) : { text: leadOf(row.marked), highlights: [] };
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    site: { name: row.site_name, domain: row.site_domain },
    published: row.published,
    language: row.language,
    authors: row.author_names === null ? [] : row.author_names.split(NAME_SEPARATOR),
    snippet: snippet.text,
    highlights: snippet.highlights,
    // bm25() is lower for better matches; flip it so a bigger score is a better hit.
    score: ranked && row.rank !== null ? -row.rank : null,
    duplicateOf: row.original_id,
    copies: row.copies,
  };
}

function rankedSearch(db: BetterSqlite3.Database, match: string, where: SqlClause, query: SearchQuery): SearchPage {
  const from = 'FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid WHERE articles_fts MATCH ? AND ' + where.sql;
  const params = [match, ...where.params];
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${HIT_COLUMNS},
        snippet(articles_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '${ELLIPSIS}', ${SNIPPET_TOKENS}) AS marked,
        bm25(articles_fts, ${BM25_WEIGHTS.join(', ')}) AS rank
       ${from} ORDER BY rank, a.key LIMIT ? OFFSET ?`,
    )
    .all(...params, query.limit, query.offset) as HitRow[];
  return { total, hits: rows.map((row) => toHit(row, true)) };
}

/** SQLite sorts NULL lowest, so undated articles come last in descending order, and the index serves the order. */
function newestFirst(db: BetterSqlite3.Database, where: SqlClause, query: SearchQuery): SearchPage {
  const from = `FROM articles a WHERE ${where.sql}`;
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...where.params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${HIT_COLUMNS}, substr(a.text, 1, 1000) AS marked, NULL AS rank
       ${from} ORDER BY a.published_at DESC, a.key DESC LIMIT ? OFFSET ?`,
    )
    .all(...where.params, query.limit, query.offset) as HitRow[];
  return { total, hits: rows.map((row) => toHit(row, false)) };
}

export function searchArticles(db: BetterSqlite3.Database, query: SearchQuery): SearchPage {
  const where = joinClauses(filterClauses(query));
  const match = toFtsMatch(query.text);
  return match === null ? newestFirst(db, where, query) : rankedSearch(db, match, where, query);
}
