/**
 * Search filters as SQL with positional parameters, in two forms.
 *
 * `filterClauses` reads columns of `a` (articles): simple, for a scan in key order (exports).
 *
 * `keyFilters` never reads an article row: each filter is a set of article keys an index yields
 * (days, sites, languages, bylines, entities; `KeySet`), a probe per key (`--has`), or the keys of
 * duplicates to leave out. Article rows hold the text and the record (tens of kilobytes, over
 * overflow pages), so a filter that reads a column of the row costs a row read per candidate; one
 * that tests a key against an index costs a b-tree probe. Search counts and ranks thousands of
 * candidates, so it uses these.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { HasKind, SearchQuery } from '../store.js';
import { dayBounds } from './day-bounds.js';
import { countryKeysSql, entityKeysSql, placeKeysSql, typedEntityKeysSql } from './entity-refs.js';
import { distinctValues } from './stored-values.js';

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

/** A subquery yielding article keys (one column, named `key`; a key may come more than once), from an index. */
export interface KeySet {
  /** What it is, for plans and tests ("days", "site", "author", "language", "entity"). */
  name: string;
  sql: string;
  params: (string | number)[];
}

export interface KeyFilters {
  /** An article must be in every set. */
  sets: KeySet[];
  /** An article must have a fact of each kind (a probe of the fact table's article index). */
  has: HasKind[];
  /** Leave out articles linked as duplicates. */
  originalsOnly: boolean;
}

/** Keys of every article linked as a duplicate: a range of the duplicate_of index (a few per cent of the corpus). */
export const DUPLICATE_KEYS = 'SELECT key FROM articles WHERE duplicate_of IS NOT NULL';

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** No article: what a filter means when no stored value matches what the user typed. */
const NO_KEYS = 'SELECT NULL AS key WHERE 0';

/**
 * `SELECT <key> FROM <table> WHERE <column> IN (values)` for each non-empty list, joined with UNION.
 * An empty IN list is left out rather than written: SQLite would answer it by reading every row.
 */
function keysWithValues(name: string, parts: readonly { select: string; column: string; values: readonly string[] }[]): KeySet {
  const used = parts.filter((part) => part.values.length > 0);
  if (used.length === 0) return { name, sql: NO_KEYS, params: [] };
  return {
    name,
    sql: used.map((part) => `${part.select} WHERE ${part.column} IN (${placeholders(part.values)})`).join(' UNION '),
    params: used.flatMap((part) => part.values),
  };
}

/** Stored domains and site names a --site value means (domain, subdomain of it, or site name; case-insensitive). */
function siteSet(db: BetterSqlite3.Database, site: string): KeySet {
  const domain = withoutWww(site);
  const name = site.trim().toLowerCase();
  const domains = distinctValues(db, 'siteDomain').filter((stored) => {
    const lower = stored.toLowerCase();
    return lower === domain || lower.endsWith(`.${domain}`);
  });
  const names = distinctValues(db, 'siteName').filter((stored) => stored.toLowerCase() === name);
  return keysWithValues('site', [
    { select: 'SELECT key FROM articles', column: 'site_domain COLLATE NOCASE', values: domains },
    { select: 'SELECT key FROM articles', column: 'site_name COLLATE NOCASE', values: names },
  ]);
}

/** Bylines containing the --author value (case-insensitive, as LIKE compares ASCII letters). */
function authorSet(db: BetterSqlite3.Database, author: string): KeySet {
  const part = author.trim().toLowerCase();
  const names = distinctValues(db, 'author').filter((stored) => stored.toLowerCase().includes(part));
  return keysWithValues('author', [{ select: 'SELECT article AS key FROM authors', column: 'name COLLATE NOCASE', values: names }]);
}

/** Stored language tags a --language value means ("en" also "en-GB"). */
function languageSet(db: BetterSqlite3.Database, language: string): KeySet {
  const tag = language.trim().toLowerCase();
  const tags = distinctValues(db, 'language').filter((stored) => {
    const lower = stored.toLowerCase();
    return lower === tag || lower.startsWith(`${tag}-`);
  });
  return keysWithValues('language', [{ select: 'SELECT key FROM articles', column: 'language', values: tags }]);
}

function entitySet(keys: SqlClause): KeySet {
  return { name: 'entity', sql: `SELECT ae.article AS key FROM article_entities ae WHERE ae.entity IN (${keys.sql})`, params: keys.params };
}

/** The filters of a query as key sets and probes; site, author and language values are resolved against the database first. */
export function keyFilters(db: BetterSqlite3.Database, query: SearchQuery): KeyFilters {
  const sets: KeySet[] = [];
  const days = dayBounds('published_day', query.from, query.to);
  if (days.length > 0) {
    const where = joinClauses(days);
    sets.push({ name: 'days', sql: `SELECT key FROM articles WHERE ${where.sql}`, params: where.params });
  }
  if (query.site !== undefined) sets.push(siteSet(db, query.site));
  if (query.author !== undefined) sets.push(authorSet(db, query.author));
  if (query.language !== undefined) sets.push(languageSet(db, query.language));
  if (query.entity !== undefined) sets.push(entitySet(entityKeysSql(query.entity)));
  if (query.person !== undefined) sets.push(entitySet(typedEntityKeysSql(query.person, 'person')));
  if (query.place !== undefined) sets.push(entitySet(placeKeysSql(query.place)));
  if (query.country !== undefined) sets.push(entitySet(countryKeysSql(query.country)));
  return { sets, has: [...new Set(query.has ?? [])], originalsOnly: !query.includeDuplicates };
}

/**
 * The filters as conditions on a key expression (`articles_fts.rowid`, `c.key`). The unary + keeps
 * the planner from driving the query from a set: the caller decides that (`driving`, which is then
 * left out here because the query already reads its keys).
 */
export function keyConditions(filters: KeyFilters, key: string, driving: KeySet | null = null): SqlClause {
  const clauses: SqlClause[] = [];
  for (const set of filters.sets) {
    // Testing a key against a set gathered once (SQLite builds it into a temporary index) is
    // cheaper than reading the article row for each candidate, even for a set of most articles.
    if (set !== driving) clauses.push({ sql: `+${key} IN (${set.sql})`, params: set.params });
  }
  for (const kind of filters.has) clauses.push({ sql: `EXISTS (SELECT 1 FROM ${HAS_TABLES[kind]} f WHERE f.article = ${key})`, params: [] });
  if (filters.originalsOnly) clauses.push({ sql: `+${key} NOT IN (${DUPLICATE_KEYS})`, params: [] });
  return joinClauses(clauses);
}
