/**
 * `newsgraph search`: ranked full-text search over the corpus database, with filters and paging.
 * Human output is a readable list; --json prints one object with the total count for machines.
 */
import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError } from 'commander';
import {
  HAS_KINDS,
  type HasKind,
  InvalidCursorError,
  MAX_SEARCH_OFFSET,
  SEARCH_COUNT_CAP,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
} from '../store/store.js';
import { checkEntityRefs, openCorpus, parseDay, parseOffset } from './corpus-options.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { DEFAULT_DB } from './ingest.js';
import { parsePositiveInteger } from './option-parsers.js';

export const DEFAULT_LIMIT = 20;
const JSON_INDENT = 2;
/** Reverse video on, off: how a terminal shows a match inside a snippet. */
const HIGHLIGHT_ON = '\x1b[7m';
const HIGHLIGHT_OFF = '\x1b[27m';
/** An ISO 3166-1 alpha-2 code is taken as is, even when no stored place has it. */
const ISO_CODE = /^[A-Za-z]{2}$/;

const HELP = `
QUERY words must all match (title, text, authors, site); "double quotes" keep a phrase, OR joins
alternatives, a trailing * matches a prefix. An empty QUERY ("") lists every article, newest first.
Duplicates linked to an original are hidden unless --duplicates is given. --entity, --person and
--place take an entity id (iso3166-1:JP, name:person/dmitry-medvedev) or a name; a country place
also matches the places in it, as --country does (an ISO code or a country name).

Examples:
  newsgraph search cyclone --site pacificledger.example --from 2025-02 --to 2025-03
  newsgraph search "\\"joint commission\\"" --has quotes --json
  newsgraph search "" --author Tuilagi --limit 5 --offset 5
  newsgraph search islands --person Medvedev --country JP
  newsgraph search treaty --after eyJvIjoiciIs...   # the page after the one that printed this cursor

Matches are counted exactly up to ${SEARCH_COUNT_CAP.toLocaleString('en-US')} ("more than ${SEARCH_COUNT_CAP.toLocaleString('en-US')}" beyond; in --json,
"totalExact": false). --offset goes up to ${MAX_SEARCH_OFFSET.toLocaleString('en-US')}; every page prints the cursor of the next one
("next" in --json), which --after takes to page any deeper.`;

interface SearchOptions {
  db: string;
  from?: string;
  to?: string;
  site?: string;
  author?: string;
  has?: HasKind[];
  language?: string;
  entity?: string;
  person?: string;
  place?: string;
  country?: string;
  limit: number;
  offset: number;
  after?: string;
  duplicates?: boolean;
  json?: boolean;
}

function collectHas(value: string, previous: HasKind[] | undefined): HasKind[] {
  const kinds = value.split(',').map((kind) => kind.trim());
  for (const kind of kinds) {
    if (!(HAS_KINDS as readonly string[]).includes(kind)) throw new InvalidArgumentError(`expected one of ${HAS_KINDS.join(', ')}.`);
  }
  return [...(previous ?? []), ...(kinds as HasKind[])];
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Search the corpus database: ranked full-text search with filters.')
    .argument('[query]', 'words to look for; empty lists every article, newest first', '')
    .option('--db <file>', 'the SQLite database written by ingest', DEFAULT_DB)
    .option('--from <date>', 'published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'published on or before this day (a month or year includes all of it)', parseDay)
    .option('--site <site>', 'a domain (suvacourier.example) or a site name')
    .option('--author <name>', 'part of an author\'s name')
    .option('--has <kinds>', `only articles with these facts: ${HAS_KINDS.join(', ')} (repeatable or comma-separated)`, collectHas)
    .option('--language <tag>', 'a language tag (en also matches en-GB)')
    .option('--entity <ref>', 'articles mentioning this entity (an id or a name)')
    .option('--person <ref>', 'articles mentioning this person (an id or a name)')
    .option('--place <ref>', 'articles mentioning this place, or for a country any place in it')
    .option('--country <ref>', 'articles mentioning this country or a place in it (ISO code such as JP, or a name)')
    .option('-n, --limit <n>', 'hits per page', parsePositiveInteger, DEFAULT_LIMIT)
    .option('--offset <n>', `skip this many hits (at most ${MAX_SEARCH_OFFSET})`, parseSearchOffset, 0)
    .option('--after <cursor>', 'the page after the one whose "next" cursor this is (same query and filters)')
    .option('--duplicates', 'also list articles linked as duplicates of another')
    .option('--json', 'print one JSON object: the query, the total and the hits')
    .addHelpText('after', HELP)
    .action((query: string, options: SearchOptions) => {
      process.exitCode = runSearch(query, options);
    });
}

function parseSearchOffset(value: string): number {
  const offset = parseOffset(value);
  if (offset > MAX_SEARCH_OFFSET) throw new InvalidArgumentError(`at most ${MAX_SEARCH_OFFSET}; page deeper with --after and the cursor each page prints.`);
  return offset;
}

function toQuery(text: string, options: SearchOptions): SearchQuery {
  const query: SearchQuery = { text, limit: options.limit, offset: options.offset, includeDuplicates: options.duplicates ?? false };
  if (options.from !== undefined) query.from = options.from;
  if (options.to !== undefined) query.to = options.to;
  if (options.site !== undefined) query.site = options.site;
  if (options.author !== undefined) query.author = options.author;
  if (options.has !== undefined) query.has = options.has;
  if (options.language !== undefined) query.language = options.language;
  if (options.entity !== undefined) query.entity = options.entity;
  if (options.person !== undefined) query.person = options.person;
  if (options.place !== undefined) query.place = options.place;
  if (options.country !== undefined) query.country = options.country;
  if (options.after !== undefined) query.after = options.after;
  return query;
}

export function runSearch(text: string, options: SearchOptions): number {
  const store = openCorpus('search', options.db);
  if (store === null) return EXIT_FAILURE;
  try {
    const country = options.country !== undefined && ISO_CODE.test(options.country.trim()) ? undefined : options.country;
    if (!checkEntityRefs(store, 'search', [options.entity, options.person, options.place, country])) return EXIT_FAILURE;
    const query = toQuery(text, options);
    const startedAt = performance.now();
    let page: SearchPage;
    try {
      page = store.search(query);
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
      process.stderr.write(`newsgraph search: --after: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const tookMs = performance.now() - startedAt;
    const output = options.json ? formatJson(query, page, tookMs) : formatHuman(query, page, tookMs, process.stdout.isTTY);
    process.stdout.write(output + '\n');
    return EXIT_OK;
  } finally {
    store.close();
  }
}

export function formatJson(query: SearchQuery, page: SearchPage, tookMs: number): string {
  const { total, totalExact, next, hits } = page;
  return JSON.stringify({ query, total, totalExact, tookMs: Math.round(tookMs * 10) / 10, next, hits }, null, JSON_INDENT);
}

/** The snippet with each match shown: reverse video on a terminal, «guillemets» elsewhere. */
export function renderSnippet(hit: SearchHit, tty: boolean): string {
  const [on, off] = tty ? [HIGHLIGHT_ON, HIGHLIGHT_OFF] : ['«', '»'];
  let out = '';
  let at = 0;
  for (const { start, end } of hit.highlights) {
    out += hit.snippet.slice(at, start) + on + hit.snippet.slice(start, end) + off;
    at = end;
  }
  return out + hit.snippet.slice(at);
}

function formatHit(hit: SearchHit, rank: number, tty: boolean): string {
  const site = hit.site.name ?? hit.site.domain ?? 'unknown site';
  const date = hit.published?.slice(0, 10) ?? 'undated';
  const byline = hit.authors.length > 0 ? ` | ${hit.authors.join(', ')}` : '';
  const copies = hit.copies > 0 ? ` | ${hit.copies} duplicate${hit.copies === 1 ? '' : 's'}` : '';
  const duplicate = hit.duplicateOf === null ? '' : ` | duplicate of ${hit.duplicateOf}`;
  return [
    `${rank}. ${hit.title ?? '(untitled)'}`,
    `   ${site} | ${date}${byline}${copies}${duplicate}`,
    `   ${renderSnippet(hit, tty)}`,
    `   ${hit.url ?? hit.id}`,
  ].join('\n');
}

/** "3 matches", "1 match", "more than 10,000 matches". */
export function describeTotal(page: Pick<SearchPage, 'total' | 'totalExact'>): string {
  if (!page.totalExact) return `more than ${page.total.toLocaleString('en-US')} matches`;
  return `${page.total.toLocaleString('en-US')} match${page.total === 1 ? '' : 'es'}`;
}

export function formatHuman(query: SearchQuery, page: SearchPage, tookMs: number, tty: boolean): string {
  // After a cursor the position in the whole list is unknown: hits are numbered within the page.
  const first = query.offset + 1;
  const place = query.after === undefined ? `${first}-${first + page.hits.length - 1}` : `${page.hits.length} after the cursor`;
  const shown = page.hits.length === 0 ? 'none shown' : `${place} shown`;
  const header = `${describeTotal(page)} (${shown}, ${tookMs.toFixed(1)} ms)`;
  const footer = page.next === null ? [] : [`next page: --after ${page.next}`];
  return [header, ...page.hits.map((hit, i) => formatHit(hit, first + i, tty)), ...footer].join('\n\n');
}
