/**
 * The WHERE clauses for search filters, as SQL with positional parameters. Every clause reads
 * columns of `a` (articles) and uses an index: published_day, site, language, duplicate_of, the
 * article column of the fact tables for --has and --author, and the entity column of
 * article_entities for the entity filters.
 */
import type { HasKind, SearchQuery } from '../store.js';
import { dayBounds } from './day-bounds.js';
import { countryKeysSql, entityKeysSql, placeKeysSql, typedEntityKeysSql } from './entity-refs.js';

export interface SqlClause {
  sql: string;
  params: (string | number)[];
}

/** Fact tables by --has kind: a fixed map, so no user text ever becomes a table name. */
const HAS_TABLES: Readonly<Record<HasKind, string>> = {
  quotes: 'quotes',
  dates: 'dates',
  amounts: 'amounts',
  authors: 'authors',
  entities: 'article_entities',
};

/**
 * "Not a duplicate", for queries driven by another set (an entity's articles, a speaker's quotes,
 * the dates in order). The unary + keeps SQLite from reading articles through the duplicate_of
 * index (duplicate_of IS NULL holds for nearly every article): without statistics the planner
 * takes an equality on an index for a selective one and would scan every original first.
 */
export const ORIGINALS_ONLY = '+a.duplicate_of IS NULL';

/** LIKE treats % and _ as wildcards: escape them so an author "O_Neil" matches only itself. */
function likeContaining(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function withoutWww(site: string): string {
  return site.trim().toLowerCase().replace(/^www\./, '');
}

/**
 * Articles mentioning one of these entities. An IN list rather than EXISTS: the planner can start
 * from the entity's index entries (a rare entity) instead of testing every article in date order.
 */
function mentioning(entityKeys: SqlClause): SqlClause {
  return { sql: `a.key IN (SELECT ae.article FROM article_entities ae WHERE ae.entity IN (${entityKeys.sql}))`, params: entityKeys.params };
}

export function filterClauses(query: SearchQuery): SqlClause[] {
  const clauses: SqlClause[] = dayBounds('a.published_day', query.from, query.to);
  if (query.site !== undefined) {
    const site = withoutWww(query.site);
    clauses.push({
      sql: "(a.site_domain = ? COLLATE NOCASE OR a.site_name = ? COLLATE NOCASE OR a.site_domain LIKE ? ESCAPE '\\')",
      params: [site, query.site.trim(), `%.${site.replace(/[\\%_]/g, (c) => `\\${c}`)}`],
    });
  }
  if (query.author !== undefined) {
    clauses.push({ sql: "EXISTS (SELECT 1 FROM authors au WHERE au.article = a.key AND au.name LIKE ? ESCAPE '\\')", params: [likeContaining(query.author.trim())] });
  }
  for (const kind of query.has ?? []) clauses.push({ sql: `EXISTS (SELECT 1 FROM ${HAS_TABLES[kind]} f WHERE f.article = a.key)`, params: [] });
  if (query.language !== undefined) {
    const tag = query.language.trim();
    clauses.push({ sql: "(a.language = ? COLLATE NOCASE OR a.language LIKE ? ESCAPE '\\')", params: [tag, `${tag.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`] });
  }
  if (query.entity !== undefined) clauses.push(mentioning(entityKeysSql(query.entity)));
  if (query.person !== undefined) clauses.push(mentioning(typedEntityKeysSql(query.person, 'person')));
  if (query.place !== undefined) clauses.push(mentioning(placeKeysSql(query.place)));
  if (query.country !== undefined) clauses.push(mentioning(countryKeysSql(query.country)));
  if (!query.includeDuplicates) clauses.push({ sql: ORIGINALS_ONLY, params: [] });
  return clauses;
}

export function joinClauses(clauses: readonly SqlClause[]): SqlClause {
  if (clauses.length === 0) return { sql: '1', params: [] };
  return { sql: clauses.map((clause) => clause.sql).join(' AND '), params: clauses.flatMap((clause) => clause.params) };
}
