/**
 * `newsgraph quotes [words]`: the quote bank. Who said what, about what, when: quotations by
 * speaker (an id or a name), by the words they contain, and about an entity their article
 * mentions, newest first.
 */
import type { Command } from 'commander';
import type { QuoteHit, QuotePage, QuoteQuery } from '../store/store.js';
import { checkEntityRefs, dayOf, openCorpus, parseDay, parseOffset, toJson } from './corpus-options.js';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import { DEFAULT_DB } from './ingest.js';
import { parsePositiveInteger } from './option-parsers.js';

const DEFAULT_LIMIT = 20;

const HELP = `
WORDS must all appear in the quotation ("double quotes" keep a phrase). --speaker takes an entity
id or a name (a surname works when an article wrote it); a speaker the entity annotator did not
link is still found by the name stored with the quotation.

Examples:
  newsgraph quotes --speaker Medvedev --about Japan
  newsgraph quotes "northern islands" --from 2024 --json`;

interface QuotesOptions {
  db: string;
  speaker?: string;
  about?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
  duplicates?: boolean;
  json?: boolean;
}

export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('The quote bank: quotations by speaker, words and topic, newest first.')
    .argument('[words]', 'words the quotation contains', '')
    .option('--db <file>', 'the SQLite database written by ingest', DEFAULT_DB)
    .option('--speaker <ref>', 'who said it: an entity id or a name')
    .option('--about <ref>', 'an entity (id or name) the article mentions')
    .option('--from <date>', 'published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'published on or before this day', parseDay)
    .option('-n, --limit <n>', 'quotations per page', parsePositiveInteger, DEFAULT_LIMIT)
    .option('--offset <n>', 'skip this many quotations (paging)', parseOffset, 0)
    .option('--duplicates', 'also read articles linked as duplicates of another')
    .option('--json', 'print one JSON object: the total and the quotations')
    .addHelpText('after', HELP)
    .action((words: string, options: QuotesOptions) => {
      process.exitCode = runQuotes(words, options);
    });
}

function toQuery(words: string, options: QuotesOptions): QuoteQuery {
  const query: QuoteQuery = { limit: options.limit, offset: options.offset, includeDuplicates: options.duplicates ?? false };
  if (words.trim() !== '') query.text = words;
  if (options.speaker !== undefined) query.speaker = options.speaker;
  if (options.about !== undefined) query.about = options.about;
  if (options.from !== undefined) query.from = options.from;
  if (options.to !== undefined) query.to = options.to;
  return query;
}

export function runQuotes(words: string, options: QuotesOptions): number {
  const store = openCorpus('quotes', options.db);
  if (store === null) return EXIT_FAILURE;
  try {
    if (!checkEntityRefs(store, 'quotes', [options.about])) return EXIT_FAILURE;
    const query = toQuery(words, options);
    const page = store.quotes(query);
    // An unknown speaker is an error only when no quotation carries that name either.
    if (page.total === 0 && options.speaker !== undefined && !checkEntityRefs(store, 'quotes', [options.speaker])) return EXIT_FAILURE;
    process.stdout.write((options.json ? toJson({ query, ...page }) : formatQuotes(query, page)) + '\n');
    return EXIT_OK;
  } finally {
    store.close();
  }
}

function speakerOf(hit: QuoteHit): string {
  if (hit.speaker === null) return 'unattributed';
  const who = hit.speaker.name ?? hit.speaker.role ?? 'unknown speaker';
  return hit.speaker.name !== null && hit.speaker.role !== null ? `${who}, ${hit.speaker.role}` : who;
}

function formatQuote(hit: QuoteHit, rank: number): string {
  const site = hit.article.site.name ?? hit.article.site.domain ?? 'unknown site';
  const verb = hit.verb === null ? '' : ` (${hit.verb})`;
  return [
    `${rank}. “${hit.text.replace(/\s+/g, ' ').trim()}”`,
    `   ${speakerOf(hit)}${verb}`,
    `   ${dayOf(hit.article.published)} | ${hit.article.title ?? '(untitled)'} | ${site}`,
    `   ${hit.article.url ?? hit.article.id}`,
  ].join('\n');
}

export function formatQuotes(query: QuoteQuery, page: QuotePage): string {
  const shown = page.quotes.length === 0 ? 'none shown' : `${query.offset + 1}-${query.offset + page.quotes.length} shown`;
  const header = `${page.total} quotation${page.total === 1 ? '' : 's'} (${shown})`;
  return [header, ...page.quotes.map((hit, i) => formatQuote(hit, query.offset + i + 1))].join('\n\n');
}
