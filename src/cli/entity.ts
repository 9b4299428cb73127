/**
 * `newsgraph entity <ref>`: an entity's profile: what it is, the names and roles it was written
 * with, its mentions over time, what it is mentioned with, and its latest articles. A name that
 * means several entities lists them (with their ids) instead.
 */
import type { Command } from 'commander';
import type { EntityProfile, EntityProfileQuery, Store, TimeInterval } from '../store/store.js';
import { dayOf, describeEntity, openCorpus, parseDay, parseInterval, plural, toJson, unknownEntityMessage } from './corpus-options.js';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import { DEFAULT_DB } from './ingest.js';
import { parsePositiveInteger } from './option-parsers.js';

const DEFAULT_CO_MENTIONS = 10;
const DEFAULT_ARTICLES = 5;
/** Width of the longest bar in the mentions-over-time chart. */
const BAR_WIDTH = 40;

const HELP = `
REF is an entity id (iso3166-1:JP, name:person/dmitry-medvedev) or a name or alias (Medvedev,
Japan, Etorofu). Counts leave out articles linked as duplicates.

Examples:
  newsgraph entity Medvedev --interval week
  newsgraph entity iso3166-1:JP --from 2024 --to 2024-06 --json`;

interface EntityOptions {
  db: string;
  from?: string;
  to?: string;
  interval: TimeInterval;
  coMentions: number;
  articles: number;
  json?: boolean;
}

export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description('Profile one entity of the corpus: names, roles, mentions over time, co-mentions, latest articles.')
    .argument('<ref>', 'an entity id or name')
    .option('--db <file>', 'the SQLite database written by ingest', DEFAULT_DB)
    .option('--from <date>', 'count articles published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'count articles published on or before this day', parseDay)
    .option('--interval <unit>', 'buckets of the mentions over time: day, week, month or year', parseInterval, 'month')
    .option('--co-mentions <n>', 'co-mentioned entities listed', parsePositiveInteger, DEFAULT_CO_MENTIONS)
    .option('--articles <n>', 'latest articles listed', parsePositiveInteger, DEFAULT_ARTICLES)
    .option('--json', 'print the profile as one JSON object')
    .addHelpText('after', HELP)
    .action((ref: string, options: EntityOptions) => {
      process.exitCode = runEntity(ref, options);
    });
}

/** Says why no profile came back: no such entity, or a name shared by several. */
function explainMiss(store: Store, ref: string): string {
  const matches = store.resolveEntity(ref);
  if (matches.length === 0) return unknownEntityMessage(store, ref);
  const lines = matches.map((m) => `  ${describeEntity(m)}: ${plural(m.articles, 'article')}`);
  return `"${ref}" names ${matches.length} entities; give one of their ids:\n${lines.join('\n')}`;
}

export function runEntity(ref: string, options: EntityOptions): number {
  const store = openCorpus('entity', options.db);
  if (store === null) return EXIT_FAILURE;
  try {
    const query: EntityProfileQuery = { id: ref, interval: options.interval, limitCoMentions: options.coMentions, limitArticles: options.articles };
    if (options.from !== undefined) query.from = options.from;
    if (options.to !== undefined) query.to = options.to;
    const profile = store.entityProfile(query);
    if (profile === null) {
      process.stderr.write(`newsgraph entity: ${explainMiss(store, ref)}\n`);
      return EXIT_FAILURE;
    }
    process.stdout.write((options.json ? toJson(profile) : formatProfile(profile, options.interval)) + '\n');
    return EXIT_OK;
  } finally {
    store.close();
  }
}

function bar(value: number, max: number): string {
  return '#'.repeat(Math.max(1, Math.round((value / Math.max(1, max)) * BAR_WIDTH)));
}

export function formatProfile(profile: EntityProfile, interval: TimeInterval): string {
  const what = [profile.type, profile.kind].filter((part) => part !== null).join(', ');
  const lines = [`${profile.name} (${what}) ${profile.id}`];
  if (profile.aliases.length > 0) lines.push(`also written: ${profile.aliases.join(', ')}`);
  if (profile.countries.length > 0) lines.push(`countries: ${profile.countries.join(', ')}`);
  if (profile.geo !== null) {
    const where = [profile.geo.admin1, profile.geo.cc].filter((part) => part !== null).join(', ');
    lines.push(`location: ${profile.geo.lat}, ${profile.geo.lon}${where === '' ? '' : ` (${where})`}`);
  }
  if (profile.roles.length > 0) lines.push(`roles: ${profile.roles.map((role) => `${role.text} (${role.articles})`).join('; ')}`);
  lines.push(`${plural(profile.articles, 'article')}, ${plural(profile.mentions, 'mention')}`);
  if (profile.series.length > 0) {
    const max = Math.max(...profile.series.map((bucket) => bucket.articles));
    lines.push('', `articles by ${interval}:`);
    for (const bucket of profile.series) lines.push(`  ${bucket.period.padEnd(10)} ${bar(bucket.articles, max)} ${bucket.articles} (${plural(bucket.mentions, 'mention')})`);
  }
  if (profile.coMentions.length > 0) {
    lines.push('', 'mentioned with:');
    for (const other of profile.coMentions) lines.push(`  ${String(other.articles).padStart(5)}  ${describeEntity(other)}`);
  }
  if (profile.latestArticles.length > 0) {
    lines.push('', 'latest articles:');
    for (const article of profile.latestArticles) {
      const site = article.site.name ?? article.site.domain ?? 'unknown site';
      lines.push(`  ${dayOf(article.published)}  ${article.title ?? '(untitled)'} | ${site}`, `              ${article.url ?? article.id}`);
    }
  }
  return lines.join('\n');
}
