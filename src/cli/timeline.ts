/**
 * `newsgraph timeline [query]`: the dates the articles state, in the order of the dates themselves,
 * for an entity's articles, a search's, or the whole corpus; each with the sentence it sits in.
 */
import type { Command } from 'commander';
import type { Timeline, TimelineQuery } from '../store/store.js';
import { SCOPE_LIMIT } from '../store/sqlite/article-scope.js';
import { checkEntityRefs, openCorpus, parseDay, toJson } from './corpus-options.js';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import { DEFAULT_DB } from './ingest.js';
import { parsePositiveInteger } from './option-parsers.js';

const DEFAULT_LIMIT = 50;
export const SAMPLED_NOTE = `(more articles matched: the newest ${SCOPE_LIMIT.toLocaleString('en')} were read)`;

const HELP = `
Lists the dates written in the articles (days, months, years; not durations), ordered by the date
they name. --from and --to bound those dates, not the publication. With QUERY or --entity, only
the articles matching (the newest ${SCOPE_LIMIT.toLocaleString('en')} of them when more match).

Examples:
  newsgraph timeline --entity Medvedev
  newsgraph timeline "peace treaty" --from 1940 --to 1960 --json`;

interface TimelineOptions {
  db: string;
  entity?: string;
  from?: string;
  to?: string;
  limit: number;
  duplicates?: boolean;
  json?: boolean;
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('Dated facts of the corpus, ordered by the date they name.')
    .argument('[query]', 'words the articles must match', '')
    .option('--db <file>', 'the SQLite database written by ingest', DEFAULT_DB)
    .option('--entity <ref>', 'only articles mentioning this entity (an id or a name)')
    .option('--from <date>', 'dates on or after this one (YYYY, YYYY-MM or YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'dates on or before this one (a month or year includes all of it)', parseDay)
    .option('-n, --limit <n>', 'dates listed', parsePositiveInteger, DEFAULT_LIMIT)
    .option('--duplicates', 'also read articles linked as duplicates of another')
    .option('--json', 'print one JSON object: the events and whether the articles were sampled')
    .addHelpText('after', HELP)
    .action((query: string, options: TimelineOptions) => {
      process.exitCode = runTimeline(query, options);
    });
}

function toQuery(text: string, options: TimelineOptions): TimelineQuery {
  const query: TimelineQuery = { limit: options.limit, includeDuplicates: options.duplicates ?? false };
  if (text.trim() !== '') query.query = text;
  if (options.entity !== undefined) query.entity = options.entity;
  if (options.from !== undefined) query.from = options.from;
  if (options.to !== undefined) query.to = options.to;
  return query;
}

export function runTimeline(text: string, options: TimelineOptions): number {
  const store = openCorpus('timeline', options.db);
  if (store === null) return EXIT_FAILURE;
  try {
    if (!checkEntityRefs(store, 'timeline', [options.entity])) return EXIT_FAILURE;
    const query = toQuery(text, options);
    const line = store.timeline(query);
    process.stdout.write((options.json ? toJson({ query, ...line }) : formatTimeline(line)) + '\n');
    return EXIT_OK;
  } finally {
    store.close();
  }
}

export function formatTimeline(line: Timeline): string {
  if (line.events.length === 0) return 'no dated facts';
  const width = Math.max(...line.events.map((event) => event.value.length));
  const lines = line.events.map((event) => {
    const context = event.sentence ?? event.text;
    const inferred = event.stated ? '' : ' (inferred)';
    return `${event.value.padEnd(width)}  ${context}${inferred}\n${' '.repeat(width)}  — ${event.article.title ?? event.article.id}`;
  });
  if (line.sampled) lines.push(SAMPLED_NOTE);
  return lines.join('\n');
}
