/**
 * Measures near-duplicate linking in the real store.
 *
 *   node dist/scripts/eval-dedup.js [GROUND_TRUTH_JSON] [--min-words N]
 *
 * Takes article bodies (by default the 181 of the article-extraction benchmark), stores the first
 * half as originals in a fresh SQLite file, then stores edited copies of them (see
 * scripts/lib/dedup-edits.ts) and, as negatives, the second half (unrelated stories) and second-half
 * stories that borrow one paragraph of an original. Prints precision and recall of the links the
 * store makes, overall and per edit kind, and the ingest rate.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { SCHEMA_NAME, SCHEMA_VERSION, type ArticleRecord } from '../src/record/schema.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { EDIT_KINDS, type EditKind, borrowParagraph, editCopy, seededRandom } from './lib/dedup-edits.js';

const DEFAULT_GROUND_TRUTH = '../shared/datasets/article-extraction-benchmark/ground-truth.json';
/** Bodies shorter than this are teasers: too short to say anything about copying. */
const DEFAULT_MIN_WORDS = 100;
const SEED = 20241023;

interface Case {
  kind: EditKind | 'unrelated' | 'borrowed-paragraph';
  /** The original it must be linked to, or null when it must stay unlinked. */
  expected: string | null;
  record: ArticleRecord;
}

function bodyRecord(id: string, text: string): ArticleRecord {
  return {
    schema: { name: SCHEMA_NAME, version: SCHEMA_VERSION },
    id,
    source: { path: null, url: `https://eval.example/${id}`, format: 'body', container: { kind: 'jsonl', index: null }, encoding: null, encodingFrom: null },
    title: null,
    authors: [],
    published: null,
    modified: null,
    site: { name: null, domain: 'eval.example' },
    language: 'en',
    description: null,
    text,
    paragraphs: [],
    media: [],
    boilerplate: [],
    warnings: [],
    entities: [],
    dates: [],
    quotes: [],
    terms: [],
    amounts: [],
    extraction: { extractor: 'body', stage: 'eval', version: 'eval' },
  };
}

function readBodies(path: string, minWords: number): string[] {
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.values(truth)
    .map((entry) => entry.articleBody ?? '')
    .filter((body) => body.split(/\s+/).length >= minWords);
}

function buildCases(originals: readonly string[], others: readonly string[]): Case[] {
  const random = seededRandom(SEED);
  const cases: Case[] = [];
  originals.forEach((text, i) => {
    const donor = others[i % others.length] ?? '';
    for (const kind of EDIT_KINDS) cases.push({ kind, expected: `orig-${i}`, record: bodyRecord(`${kind}-${i}`, editCopy(kind, text, donor, random)) });
  });
  // Each other story is used once, as an unrelated story or as one that borrows a paragraph: used
  // twice, the second use would rightly be linked to the first.
  others.forEach((text, i) => {
    const borrowed = originals[i % originals.length] ?? '';
    cases.push(
      i % 2 === 0
        ? { kind: 'unrelated', expected: null, record: bodyRecord(`other-${i}`, text) }
        : { kind: 'borrowed-paragraph', expected: null, record: bodyRecord(`borrow-${i}`, borrowParagraph(text, borrowed, random)) },
    );
  });
  return cases;
}

interface Tally {
  cases: number;
  correct: number;
  wrong: number;
  missed: number;
}

function score(store: SqliteStore, cases: readonly Case[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const c of cases) {
    const [result] = store.put([c.record]);
    const tally = tallies.get(c.kind) ?? { cases: 0, correct: 0, wrong: 0, missed: 0 };
    tally.cases++;
    const linked = result?.duplicateOf ?? null;
    if (linked !== null && linked !== c.expected && process.env.EVAL_DEDUP_VERBOSE) console.log(`wrong link: ${c.record.id} -> ${linked}`);
    if (linked !== null && linked === c.expected) tally.correct++;
    else if (linked !== null) tally.wrong++;
    else if (c.expected !== null) tally.missed++;
    tallies.set(c.kind, tally);
  }
  return tallies;
}

function ratio(a: number, b: number): string {
  return b === 0 ? 'n/a' : (a / b).toFixed(3);
}

function report(tallies: Map<string, Tally>): void {
  let correct = 0;
  let wrong = 0;
  let positives = 0;
  for (const [kind, t] of tallies) {
    const isPositive = (EDIT_KINDS as readonly string[]).includes(kind);
    if (isPositive) positives += t.cases;
    correct += t.correct;
    wrong += t.wrong;
    const recall = isPositive ? ` recall ${ratio(t.correct, t.cases)}` : '';
    console.log(`${kind.padEnd(20)} cases ${String(t.cases).padStart(4)}  linked right ${t.correct}  linked wrong ${t.wrong}  missed ${t.missed}${recall}`);
  }
  console.log(`precision ${ratio(correct, correct + wrong)}  recall ${ratio(correct, positives)}  (links ${correct + wrong}, positives ${positives})`);
}

function main(): void {
  const program = new Command('eval-dedup')
    .argument('[groundTruth]', 'a ground-truth.json with articleBody fields', DEFAULT_GROUND_TRUTH)
    .option('--min-words <n>', 'skip bodies shorter than this', (v) => Number(v), DEFAULT_MIN_WORDS)
    .parse();
  const [path = DEFAULT_GROUND_TRUTH] = program.args;
  const bodies = readBodies(path, program.opts<{ minWords: number }>().minWords);
  const half = Math.ceil(bodies.length / 2);
  const originals = bodies.slice(0, half);
  const others = bodies.slice(half);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-dedup-'));
  const store = new SqliteStore(join(dir, 'eval.db'));
  try {
    const startedAt = performance.now();
    store.put(originals.map((text, i) => bodyRecord(`orig-${i}`, text)));
    const cases = buildCases(originals, others);
    const tallies = score(store, cases);
    const seconds = (performance.now() - startedAt) / 1000;
    console.log(`bodies ${bodies.length} (originals ${originals.length}, others ${others.length}); ${cases.length + originals.length} documents stored in ${seconds.toFixed(2)} s`);
    report(tallies);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
