/**
 * The quote bank: quotations by speaker (an entity id, or a name the speaker's entity was written
 * as, or the speaker name stored with the quote), by words in the quotation (its own full-text
 * index), and about an entity (mentioned in the quotation's article), newest first.
 *
 * The speaker is looked up as a set of quote rowids gathered through two indexes (speaker_entity,
 * speaker name) rather than an OR, which would make SQLite read every quote.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { QuoteHit, QuotePage, QuoteQuery } from '../store.js';
import { ARTICLE_REF_COLUMNS, type ArticleRefRow, toArticleRef } from './article-refs.js';
import { dayBounds } from './day-bounds.js';
import { entityKeysSql } from './entity-refs.js';
import { toFtsMatch } from './fts-query.js';
import { ORIGINALS_ONLY, type SqlClause, joinClauses } from './search-filters.js';

interface QuoteRow extends ArticleRefRow {
  text: string;
  start_offset: number;
  end_offset: number;
  speaker: string | null;
  speaker_role: string | null;
  speaker_entity: string | null;
  verb: string | null;
  rule: string;
}

function bySpeaker(ref: string): SqlClause {
  const keys = entityKeysSql(ref);
  return {
    sql: `q.rowid IN (
      SELECT rowid FROM quotes WHERE speaker_entity IN (SELECT id FROM entities WHERE key IN (${keys.sql}))
      UNION SELECT rowid FROM quotes WHERE speaker COLLATE NOCASE IN (SELECT name FROM entity_names WHERE entity IN (${keys.sql}))
      UNION SELECT rowid FROM quotes WHERE speaker = ? COLLATE NOCASE)`,
    params: [...keys.params, ...keys.params, ref.trim()],
  };
}

function quoteClauses(query: QuoteQuery): SqlClause[] {
  const clauses = dayBounds('a.published_day', query.from, query.to);
  if (query.speaker !== undefined) clauses.push(bySpeaker(query.speaker));
  if (query.text !== undefined) {
    const match = toFtsMatch(query.text);
    if (match !== null) {
      clauses.push({ sql: '(q.article, q.start_offset) IN (SELECT article, start_offset FROM quotes_fts WHERE quotes_fts MATCH ?)', params: [match] });
    }
  }
  if (query.about !== undefined) {
    const keys = entityKeysSql(query.about);
    clauses.push({ sql: `q.article IN (SELECT ae.article FROM article_entities ae WHERE ae.entity IN (${keys.sql}))`, params: keys.params });
  }
  if (!query.includeDuplicates) clauses.push({ sql: ORIGINALS_ONLY, params: [] });
  return clauses;
}

function toQuoteHit(row: QuoteRow): QuoteHit {
  const spoken = row.speaker !== null || row.speaker_role !== null || row.speaker_entity !== null;
  return {
    article: toArticleRef(row),
    text: row.text,
    start: row.start_offset,
    end: row.end_offset,
    speaker: spoken ? { name: row.speaker, role: row.speaker_role, entity: row.speaker_entity } : null,
    verb: row.verb,
    rule: row.rule,
  };
}

/**
 * The total for a query without filters (or with only the duplicates filter): all quotes less those
 * of duplicates, from two small counts, instead of joining every quote to its article.
 */
function unfilteredTotal(db: BetterSqlite3.Database, includeDuplicates: boolean): number {
  const all = (db.prepare('SELECT COUNT(*) AS n FROM quotes').get() as { n: number }).n;
  if (includeDuplicates) return all;
  const copies = db.prepare('SELECT COUNT(*) AS n FROM quotes WHERE article IN (SELECT key FROM articles WHERE duplicate_of IS NOT NULL)').get() as { n: number };
  return all - copies.n;
}

function isUnfiltered(query: QuoteQuery): boolean {
  return [query.speaker, query.text, query.about, query.from, query.to].every((value) => value === undefined);
}

export function searchQuotes(db: BetterSqlite3.Database, query: QuoteQuery): QuotePage {
  const where = joinClauses(quoteClauses(query));
  // Without a speaker, words or topic to start from, articles come first (CROSS JOIN fixes the
  // order): newest-first paging then walks the publication index and stops early.
  const browsing = query.speaker === undefined && query.text === undefined && query.about === undefined;
  const tables = browsing ? 'articles a CROSS JOIN quotes q' : 'quotes q JOIN articles a';
  const from = `FROM ${tables} ON q.article = a.key WHERE ${where.sql}`;
  const total = isUnfiltered(query)
    ? unfilteredTotal(db, query.includeDuplicates ?? false)
    : (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...where.params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT q.text, q.start_offset, q.end_offset, q.speaker, q.speaker_role, q.speaker_entity, q.verb, q.rule, ${ARTICLE_REF_COLUMNS}
      ${from} ORDER BY a.published_at DESC, a.key DESC, q.start_offset LIMIT ? OFFSET ?`)
    .all(...where.params, query.limit, query.offset) as QuoteRow[];
  return { total, quotes: rows.map(toQuoteHit) };
}
