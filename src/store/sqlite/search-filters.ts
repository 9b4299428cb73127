/**
 * The WHERE clauses for search filters, as SQL with positional parameters. Every clause reads
 * columns of `a` (articles) and uses an index: published_day, site, language, duplicate_of, and the
 * article column of the fact tables for --has and --author.
 */
import type { HasKind, SearchQuery } from '../store.js';

export interface SqlClause {
  sql: string;
  params: (string | number)[];
}

/** Fact tables by --has kind: a fixed map, so no user text ever becomes a table name. */
const HAS_TABLES: Readonly<Record<HasKind, string>> = { quotes: 'quotes', dates: 'dates', amounts: 'amounts', authors: 'authors' };

/** LIKE treats % and _ as wildcards: escape them so an author "O_Neil" matches only itself. */
function likeContaining(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function withoutWww(site: string): string {
  return site.trim().toLowerCase().replace(/^www\./, '');
}

export function filterClauses(query: SearchQuery): SqlClause[] {
  const clauses: SqlClause[] = [];
  if (query.from !== undefined) clauses.push({ sql: 'a.published_day >= ?', params: [query.from] });
  // A prefix bound ("2025-02") includes the whole month: compare the same number of characters.
  if (query.to !== undefined) clauses.push({ sql: 'substr(a.published_day, 1, ?) <= ?', params: [query.to.length, query.to] });
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
  // Entity filters (--entity, --person, --place, --country) will be EXISTS clauses on the entity
  // mention table, exactly like --author above.
  if (!query.includeDuplicates) clauses.push({ sql: 'a.duplicate_of IS NULL', params: [] });
  return clauses;
}

export function joinClauses(clauses: readonly SqlClause[]): SqlClause {
  if (clauses.length === 0) return { sql: '1', params: [] };
  return { sql: clauses.map((clause) => clause.sql).join(' AND '), params: clauses.flatMap((clause) => clause.params) };
}
