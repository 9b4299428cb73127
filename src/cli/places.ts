/**
 * `newsgraph places [query]`: the places the corpus (or a search, an entity's articles, some days)
 * mentions, with article and mention counts. `--json` prints GeoJSON (a FeatureCollection of
 * points) that a map can load as is.
 */
import type { Command } from 'commander';
import type { PlacesCollection, PlacesQuery } from '../store/store.js';
import { checkEntityRefs, openCorpus, parseDay, plural, toJson } from './corpus-options.js';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import { DEFAULT_DB } from './ingest.js';
import { parsePositiveInteger } from './option-parsers.js';
import { SAMPLED_NOTE } from './timeline.js';

const DEFAULT_LIMIT = 50;
const ISO_CODE = /^[A-Za-z]{2}$/;

const HELP = `
Places with coordinates, most written about first. Over the whole corpus the counts are kept as
articles are stored; with QUERY, --entity or dates they are counted in the matching articles.

Examples:
  newsgraph places --country JP
  newsgraph places cyclone --from 2025-01 --json > cyclone.geojson`;

interface PlacesOptions {
  db: string;
  entity?: string;
  country?: string;
  from?: string;
  to?: string;
  limit: number;
  duplicates?: boolean;
  json?: boolean;
}

export function registerPlaces(program: Command): void {
  program
    .command('places')
    .description('Places mentioned in the corpus, with counts; --json prints GeoJSON.')
    .argument('[query]', 'words the articles must match', '')
    .option('--db <file>', 'the SQLite database written by ingest', DEFAULT_DB)
    .option('--entity <ref>', 'only articles mentioning this entity (an id or a name)')
    .option('--country <ref>', 'only places in this country (ISO code such as JP, or a name)')
    .option('--from <date>', 'published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'published on or before this day', parseDay)
    .option('-n, --limit <n>', 'places listed', parsePositiveInteger, DEFAULT_LIMIT)
    .option('--duplicates', 'also count articles linked as duplicates of another')
    .option('--json', 'print a GeoJSON FeatureCollection')
    .addHelpText('after', HELP)
    .action((query: string, options: PlacesOptions) => {
      process.exitCode = runPlaces(query, options);
    });
}

function toQuery(text: string, options: PlacesOptions): PlacesQuery {
  const query: PlacesQuery = { limit: options.limit, includeDuplicates: options.duplicates ?? false };
  if (text.trim() !== '') query.query = text;
  if (options.entity !== undefined) query.entity = options.entity;
  if (options.country !== undefined) query.country = options.country;
  if (options.from !== undefined) query.from = options.from;
  if (options.to !== undefined) query.to = options.to;
  return query;
}

export function runPlaces(text: string, options: PlacesOptions): number {
  const store = openCorpus('places', options.db);
  if (store === null) return EXIT_FAILURE;
  try {
    const country = options.country !== undefined && ISO_CODE.test(options.country.trim()) ? undefined : options.country;
    if (!checkEntityRefs(store, 'places', [options.entity, country])) return EXIT_FAILURE;
    const places = store.places(toQuery(text, options));
    process.stdout.write((options.json ? toJson(places) : formatPlaces(places)) + '\n');
    return EXIT_OK;
  } finally {
    store.close();
  }
}

export function formatPlaces(places: PlacesCollection): string {
  if (places.features.length === 0) return 'no located places';
  const lines = places.features.map(({ geometry, properties: p }) => {
    const [lon, lat] = geometry.coordinates;
    const what = [p.kind, p.cc].filter((part) => part !== null).join(', ');
    return `${String(p.articles).padStart(6)}  ${p.name} (${what}) ${lat.toFixed(2)}, ${lon.toFixed(2)}  ${plural(p.mentions, 'mention')}  ${p.id}`;
  });
  if (places.sampled) lines.push(SAMPLED_NOTE);
  return ['articles  place', ...lines].join('\n');
}
