/**
 * Scores place resolution on a JSON Lines file of hand-annotated passages:
 *
 *   node dist/scripts/eval-geo.js FILE [--verbose] [--worst N]
 *
 * Each line is { text, toponyms: [{ start, end, lat, lon, name? }], published?, title? }. Every
 * text goes through the product path: a body document through createPipeline() with the default
 * annotators; the predicted toponyms are the mentions on layer "text" of the record's location
 * entities (nationality words left out), located by the entity's `geo`.
 *
 * Prints recognition precision, recall and F1 (spans overlap), accuracy within 161 km over all
 * gold toponyms and over the recognized ones, and the mean and median error in km. --verbose lists
 * the misses, the worst first.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { type LinkQuery, linkEntities } from '../src/annotate/entities/link.js';
import type { Document } from '../src/input/document.js';
import { loadKnowledgeBase, normalizeName } from '../src/kb/index.js';
import { recognizeEntities } from '../src/nlp/tagger/index.js';
import { createPipeline } from '../src/pipeline.js';
import type { ArticleRecord, OutputLine } from '../src/record/schema.js';
import {
  ACCURACY_KM,
  type GeoPassage,
  type Pair,
  type PredictedToponym,
  addPassage,
  alignToponyms,
  emptyTally,
  geoFigures,
  parseGeoPassages,
} from './lib/geo-score.js';

const DEFAULT_WORST = 25;
const CONTEXT = 60;

function bodyDocument(passage: GeoPassage, file: string, index: number): Document {
  const hints = { ...(passage.published !== undefined ? { published: passage.published } : {}), ...(passage.title !== undefined ? { title: passage.title } : {}) };
  return {
    id: `geo-${index + 1}`,
    format: 'body',
    content: passage.text,
    source: { path: file, container: { kind: 'jsonl', index }, encoding: null, encodingFrom: null },
    hints,
    warnings: [],
  };
}

function isRecord(line: OutputLine): line is ArticleRecord {
  return !('error' in line);
}

/** The record's place mentions in the body, located by their entity's point. */
function recordToponyms(record: ArticleRecord): PredictedToponym[] {
  const out: PredictedToponym[] = [];
  for (const entity of record.entities) {
    if (entity.type !== 'location' && entity.geo === null) continue;
    for (const mention of entity.mentions) {
      if (mention.layer !== 'text' || mention.form === 'demonym') continue;
      out.push({ start: mention.start, end: mention.end, text: mention.text, lat: entity.geo?.lat ?? null, lon: entity.geo?.lon ?? null, id: entity.id });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Until the entities annotator is in the pipeline: the tagger's place mentions, grouped by name and
 * linked with linkEntities, so the linker can be measured on its own.
 */
function adapterToponyms(text: string): PredictedToponym[] {
  const groups = new Map<string, { name: string; mentions: LinkQuery['mentions'][number][] }>();
  for (const m of recognizeEntities(text)) {
    if (m.type !== 'LOC') continue;
    const key = normalizeName(m.text);
    const group = groups.get(key) ?? { name: m.text, mentions: [] };
    group.mentions.push({ layer: 'text', start: m.start, end: m.end, text: m.text, before: text.slice(Math.max(0, m.start - CONTEXT), m.start), after: text.slice(m.end, m.end + CONTEXT) });
    groups.set(key, group);
  }
  const queries: LinkQuery[] = [...groups.values()].map((g) => ({ type: 'location', names: [g.name], mentions: g.mentions, demonym: false }));
  const choices = linkEntities(queries, loadKnowledgeBase());
  return queries
    .flatMap((q, i) => {
      const entry = choices[i]?.entry;
      const located = entry?.type === 'location' ? entry : undefined;
      return q.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, lat: located?.lat ?? null, lon: located?.lon ?? null, id: entry?.id ?? null }));
    })
    .sort((a, b) => a.start - b.start);
}

function pct(value: number): string {
  return Number.isNaN(value) ? '  n/a' : (value * 100).toFixed(1).padStart(5);
}

function km(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} km`;
}

interface Miss {
  readonly passage: number;
  readonly pair: Pair;
  readonly text: string;
}

function describeMiss(miss: Miss): string {
  const { gold, predicted, km: distance } = miss.pair;
  const name = miss.text.slice(gold.start, gold.end);
  if (predicted === null) return `#${miss.passage} "${name}" not recognized`;
  if (distance === null) return `#${miss.passage} "${name}" recognized as "${predicted.text}" (${predicted.id ?? 'unlinked'}), no point`;
  return `#${miss.passage} "${name}" -> ${predicted.id ?? '?'} ${distance.toFixed(0)} km off (gold ${gold.lat},${gold.lon})`;
}

function missWeight(pair: Pair): number {
  if (pair.predicted === null) return Number.MAX_SAFE_INTEGER - 1;
  return pair.km ?? Number.MAX_SAFE_INTEGER;
}

function main(): void {
  const program = new Command()
    .argument('<file>', 'JSON Lines: { text, toponyms: [{ start, end, lat, lon }] }')
    .option('--verbose', 'list the misses, worst first, and the spurious toponyms')
    .option('--worst <n>', 'how many misses --verbose lists', String(DEFAULT_WORST));
  program.parse();
  const [file] = program.args;
  if (file === undefined) throw new Error('usage: eval-geo FILE [--verbose] [--worst N]');
  const options = program.opts<{ verbose?: boolean; worst: string }>();
  const passages = parseGeoPassages(readFileSync(file, 'utf8'), file);
  const pipeline = createPipeline();
  const inPipeline = pipeline.annotators.some((annotator) => annotator.id === 'entities');
  if (!inPipeline) console.log('note: no entities annotator in the pipeline yet; using the tagger and linkEntities directly');
  const tally = emptyTally();
  const misses: Miss[] = [];
  const spurious: string[] = [];
  const started = performance.now();
  passages.forEach((passage, index) => {
    const line = pipeline.process(bodyDocument(passage, file, index));
    if (!isRecord(line)) console.log(`${file}:${index + 1}: error record, scored as no toponyms: ${line.error.message}`);
    const predicted = !isRecord(line) ? [] : inPipeline ? recordToponyms(line) : adapterToponyms(line.text);
    const pairs = alignToponyms(passage.toponyms, predicted);
    addPassage(tally, pairs, predicted.length);
    for (const pair of pairs) if (pair.predicted === null || pair.km === null || pair.km > ACCURACY_KM) misses.push({ passage: index + 1, pair, text: passage.text });
    for (const p of predicted) {
      if (!passage.toponyms.some((g) => g.start < p.end && p.start < g.end)) spurious.push(`#${index + 1} "${p.text}" -> ${p.id ?? 'unlinked'}`);
    }
  });
  const elapsed = performance.now() - started;
  const f = geoFigures(tally);
  console.log(`${file}: ${passages.length} passages, ${tally.gold} gold toponyms, ${tally.predicted} predicted, ${tally.matched} matched (${(elapsed / passages.length).toFixed(1)} ms/passage)`);
  console.log(`recognition    P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${pct(f.f1)}`);
  console.log(`accuracy@${ACCURACY_KM}km ${pct(f.accuracy)} of gold toponyms, ${pct(f.accuracyRecognized)} of recognized ones`);
  console.log(`error          mean ${km(f.meanKm)}, median ${km(f.medianKm)} over ${tally.located} located matches`);
  if (options.verbose === true) {
    const worst = Number.parseInt(options.worst, 10);
    console.log(`\nmisses (${misses.length}), worst first:`);
    for (const miss of [...misses].sort((a, b) => missWeight(b.pair) - missWeight(a.pair)).slice(0, worst)) console.log(`  ${describeMiss(miss)}`);
    console.log(`\nspurious (${spurious.length}):`);
    for (const line of spurious) console.log(`  ${line}`);
  }
}

main();
