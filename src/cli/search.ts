/**
 * `newsgraph search`: ranked full-text search over the corpus database, with filters and paging.
 * Human output is a readable list; --json prints one object with the total count for machines.
 */
import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError } from 'commander';
import { HAS_KINDS, type HasKind, type SearchHit, type SearchPage, type SearchQuery } from '../store/store.js';
import { checkEntityRefs, openCorpus, parseDay, parseOffset } from './corpus-options.js';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
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
  newsgraph search islands --person Medvedev --country JP`;

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
    .option('--offset <n>', 'skip this many hits (paging)', parseOffset, 0)
    .option('--duplicates', 'also list articles linked as duplicates of another')
    .option('--json', 'print one JSON object: the query, the total and the hits')
    .addHelpText('after', HELP)
    .action((query: string, options: SearchOptions) => {
      process.exitCode = runSearch(query, options);
    });
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
    const page = store.search(query);
    const tookMs = performance.now() - startedAt;
    const output = options.json ? formatJson(query, page, tookMs) : formatHuman(query, page, tookMs, process.stdout.isTTY);
    process.stdout.write(output + '\n');
    return EXIT_OK;
  } finally {
    store.close();
  }
}

export function formatJson(query: SearchQuery, page: SearchPage, tookMs: number): string {
  return JSON.stringify({ query, total: page.total, tookMs: Math.round(tookMs * 10) / 10, hits: page.hits }, null, JSON_INDENT);
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

export function formatHuman(query: SearchQuery, page: SearchPage, tookMs: number, tty: boolean): string {
  const shown = page.hits.length === 0 ? 'none shown' : `${query.offset + 1}-${query.offset + page.hits.length} shown`;
  const header = `${page.total} match${page.total === 1 ? '' : 'es'} (${shown}, ${tookMs.toFixed(1)} ms)`;
  return [header, ...page.hits.map((hit, i) => formatHit(hit, query.offset + i + 1, tty))].join('\n\n');
}
