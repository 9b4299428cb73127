/**
 * `newsgraph network [query]`: who and what is mentioned together: entities as nodes, edges
 * weighted by the number of articles naming both, heaviest first. Around one entity (--entity),
 * within a search, or over the whole corpus.
 */
import type { Command } from 'commander';
import type { EntityType, Network, NetworkQuery } from '../store/store.js';
import { checkEntityRefs, collectTypes, openCorpus, parseDay, toJson } from './corpus-options.js';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import { DEFAULT_DB } from './ingest.js';
import { parsePositiveInteger } from './option-parsers.js';
import { SAMPLED_NOTE } from './timeline.js';

const DEFAULT_LIMIT = 50;
const DEFAULT_MIN_WEIGHT = 1;

const HELP = `
An edge's weight is the number of articles in which both entities appear (duplicates left out).
Over the whole corpus and around one entity the counts are kept as articles are stored (among each
article's 15 most salient entities); with QUERY or dates they are counted in the matching articles.

Examples:
  newsgraph network --entity Medvedev --types person,location
  newsgraph network "fishing quota" --min-weight 2 --json`;

interface NetworkOptions {
  db: string;
  entity?: string;
  types?: EntityType[];
  from?: string;
  to?: string;
  minWeight: number;
  limit: number;
  duplicates?: boolean;
  json?: boolean;
}

export function registerNetwork(program: Command): void {
  program
    .command('network')
    .description('The co-mention network: entities and how many articles name them together.')
    .argument('[query]', 'words the articles must match', '')
    .option('--db <file>', 'the SQLite database written by ingest', DEFAULT_DB)
    .option('--entity <ref>', 'the network around this entity (an id or a name)')
    .option('--types <types>', 'only these entity types: person, organization, location, event (repeatable or comma-separated)', collectTypes)
    .option('--from <date>', 'published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'published on or before this day', parseDay)
    .option('--min-weight <n>', 'smallest edge weight kept', parsePositiveInteger, DEFAULT_MIN_WEIGHT)
    .option('-n, --limit <n>', 'edges listed, heaviest first', parsePositiveInteger, DEFAULT_LIMIT)
    .option('--duplicates', 'also count articles linked as duplicates of another')
    .option('--json', 'print one JSON object: nodes and edges')
    .addHelpText('after', HELP)
    .action((query: string, options: NetworkOptions) => {
      process.exitCode = runNetwork(query, options);
    });
}

function toQuery(text: string, options: NetworkOptions): NetworkQuery {
  const query: NetworkQuery = { minWeight: options.minWeight, limit: options.limit, includeDuplicates: options.duplicates ?? false };
  if (text.trim() !== '') query.query = text;
  if (options.entity !== undefined) query.entity = options.entity;
  if (options.types !== undefined) query.types = options.types;
  if (options.from !== undefined) query.from = options.from;
  if (options.to !== undefined) query.to = options.to;
  return query;
}

export function runNetwork(text: string, options: NetworkOptions): number {
  const store = openCorpus('network', options.db);
  if (store === null) return EXIT_FAILURE;
  try {
    if (!checkEntityRefs(store, 'network', [options.entity])) return EXIT_FAILURE;
    const network = store.network(toQuery(text, options));
    process.stdout.write((options.json ? toJson(network) : formatNetwork(network)) + '\n');
    return EXIT_OK;
  } finally {
    store.close();
  }
}

export function formatNetwork(network: Network): string {
  if (network.edges.length === 0) return 'no co-mentions';
  const names = new Map(network.nodes.map((node) => [node.id, node.name]));
  const lines = network.edges.map((edge) => `${String(edge.weight).padStart(6)}  ${names.get(edge.source) ?? edge.source} — ${names.get(edge.target) ?? edge.target}`);
  if (network.sampled) lines.push(SAMPLED_NOTE);
  return [`${network.nodes.length} entities, ${network.edges.length} edges`, 'articles  pair', ...lines].join('\n');
}
