/**
 * Scored evaluation of the HTML extractor on a benchmark laid out like article-extraction-benchmark
 * (ground-truth.json + html/<id>.html.gz), with a quality gate:
 *
 *   node dist/scripts/eval-extract.js DIR [--baseline eval/extract-baseline.json] [--update]
 *        [--allow-regression] [--show-worst N] [--split] [--show ID] [--time]
 *
 * With --baseline the run fails when F1 falls below the stored floor; --update raises the floor to
 * the new F1 (rounded down to 3 decimals) and refuses to lower it unless --allow-regression is given.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Command } from 'commander';
import { parseDocument } from 'htmlparser2';
import { extractHtml } from '../src/extract/html/index.js';
import { decodeHtml } from '../src/input/decode.js';
import { type CorpusScore, type PageMatch, matchPage, pageF1, scoreCorpus } from './lib/shingle-score.js';

/** Decimals the floor keeps: the floor is the F1 rounded down to this many. */
const FLOOR_DECIMALS = 3;
/** Id prefixes of the two halves watched separately to check that tuning generalizes. */
const FIRST_HALF = /^[0-7]/;
/** Alternating timed passes over the corpus; the best of each is kept. */
const TIMING_ROUNDS = 5;

interface TruthEntry {
  articleBody: string;
  url: string;
}

interface PageResult {
  id: string;
  match: PageMatch;
  prediction: string;
  stage: string;
}

interface Baseline {
  dataset: string;
  corpusHash: string;
  floor: { f1: number };
  measured?: Record<string, unknown>;
}

interface Options {
  baseline?: string;
  update?: boolean;
  allowRegression?: boolean;
  showWorst?: string;
  split?: boolean;
  show?: string;
  time?: boolean;
}

function loadTruth(dir: string): { truth: Record<string, TruthEntry>; hash: string } {
  const raw = readFileSync(join(dir, 'ground-truth.json'));
  return { truth: JSON.parse(raw.toString('utf8')) as Record<string, TruthEntry>, hash: createHash('sha256').update(raw).digest('hex') };
}

/** Reads one page the way the input path does for a gzipped HTML file: gunzip, then the HTML decoder (BOM, declared charset, detection). */
function loadPage(dir: string, id: string): string {
  const bytes = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)));
  return decodeHtml(bytes).text;
}

function predict(html: string, url: string): { text: string; stage: string } {
  try {
    const article = extractHtml(html, { url });
    return { text: article.blocks.map((b) => b.text).join('\n\n'), stage: article.stage };
  } catch (err) {
    return { text: '', stage: `error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function format(score: CorpusScore): string {
  const f = (n: number): string => n.toFixed(4);
  return `precision ${f(score.precision)}  recall ${f(score.recall)}  F1 ${f(score.f1)}  accuracy ${f(score.accuracy)}  pages ${score.pages}`;
}

function floorOf(f1: number): number {
  const scale = 10 ** FLOOR_DECIMALS;
  return Math.floor(f1 * scale) / scale;
}

/**
 * Pages per second of the extractor and of the bare parse over the same pages. The two are timed in
 * alternating rounds and the best round of each is kept, so a busy machine skews both alike.
 */
function timeCorpus(pages: readonly { html: string; url: string }[]): { extractPagesPerSecond: number; parsePagesPerSecond: number; ratio: number } {
  const pass = (fn: (p: { html: string; url: string }) => void): number => {
    const start = process.hrtime.bigint();
    for (const p of pages) fn(p);
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  let parseBest = Number.POSITIVE_INFINITY;
  let extractBest = Number.POSITIVE_INFINITY;
  pass((p) => parseDocument(p.html)); // warm-up
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    parseBest = Math.min(parseBest, pass((p) => parseDocument(p.html)));
    extractBest = Math.min(extractBest, pass((p) => predict(p.html, p.url)));
  }
  return { extractPagesPerSecond: pages.length / extractBest, parsePagesPerSecond: pages.length / parseBest, ratio: extractBest / parseBest };
}

function gate(options: Options, score: CorpusScore, hash: string, measured: Record<string, unknown>): number {
  if (!options.baseline) return 0;
  const existing = existsSync(options.baseline) ? (JSON.parse(readFileSync(options.baseline, 'utf8')) as Baseline) : null;
  if (existing && existing.corpusHash !== hash) console.warn('warning: the corpus differs from the one the baseline was measured on');
  const floor = floorOf(score.f1);
  if (options.update) {
    if (existing && floor < existing.floor.f1 && !options.allowRegression) {
      console.error(`refusing to lower the F1 floor from ${existing.floor.f1} to ${floor} (pass --allow-regression)`);
      return 1;
    }
    const next: Baseline = { dataset: 'article-extraction-benchmark', corpusHash: hash, floor: { f1: floor }, measured };
    writeFileSync(options.baseline, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`baseline written: F1 floor ${floor}`);
    return 0;
  }
  if (!existing) {
    console.error(`no baseline at ${options.baseline} (run with --update to create it)`);
    return 1;
  }
  if (score.f1 < existing.floor.f1) {
    console.error(`F1 ${score.f1.toFixed(4)} is below the floor ${existing.floor.f1}`);
    return 1;
  }
  console.log(`gate passed: F1 ${score.f1.toFixed(4)} >= floor ${existing.floor.f1}`);
  return 0;
}

function main(argv: readonly string[]): number {
  const program = new Command()
    .name('eval-extract')
    .argument('<dir>', 'benchmark folder (ground-truth.json + html/<id>.html.gz)')
    .option('--baseline <file>', 'baseline JSON with the F1 floor')
    .option('--update', 'write the new floor to the baseline')
    .option('--allow-regression', 'let --update lower the floor')
    .option('--show-worst <n>', 'list the n worst pages by F1')
    .option('--split', 'also score ids 0-7 and 8-f separately')
    .option('--show <id>', 'print the prediction and the truth of one page')
    .option('--time', 'time the extractor against the bare parse')
    .parse(argv as string[]);
  const dir = program.args[0] as string;
  const options = program.opts<Options>();
  const { truth, hash } = loadTruth(dir);
  const ids = Object.keys(truth).sort();
  const pages = ids.map((id) => ({ id, html: loadPage(dir, id), url: (truth[id] as TruthEntry).url }));
  const results: PageResult[] = pages.map((p) => {
    const out = predict(p.html, p.url);
    return { id: p.id, match: matchPage((truth[p.id] as TruthEntry).articleBody, out.text), prediction: out.text, stage: out.stage };
  });
  const score = scoreCorpus(results.map((r) => r.match));
  console.log(`all      ${format(score)}`);
  const measured: Record<string, unknown> = { ...score };
  if (options.split) {
    const first = scoreCorpus(results.filter((r) => FIRST_HALF.test(r.id)).map((r) => r.match));
    const second = scoreCorpus(results.filter((r) => !FIRST_HALF.test(r.id)).map((r) => r.match));
    console.log(`ids 0-7  ${format(first)}`);
    console.log(`ids 8-f  ${format(second)}`);
    measured['split'] = { '0-7': first, '8-f': second };
  }
  if (options.showWorst) {
    const worst = [...results].sort((a, b) => pageF1(a.match) - pageF1(b.match)).slice(0, Number(options.showWorst));
    for (const r of worst) console.log(`${pageF1(r.match).toFixed(3)}  ${r.id}  tp ${r.match.tp} fp ${r.match.fp} fn ${r.match.fn}  ${r.stage}`);
  }
  if (options.show) {
    const r = results.find((x) => x.id.startsWith(options.show as string));
    if (r) console.log(`--- prediction (${r.stage})\n${r.prediction}\n--- truth\n${(truth[r.id] as TruthEntry).articleBody}`);
  }
  if (options.time) {
    const speed = timeCorpus(pages);
    console.log(`speed    extract ${speed.extractPagesPerSecond.toFixed(1)} pages/s, bare parse ${speed.parsePagesPerSecond.toFixed(1)} pages/s (extract takes ${speed.ratio.toFixed(2)}x the parse time)`);
    measured['speed'] = speed;
  }
  return gate(options, score, hash, measured);
}

process.exitCode = main(process.argv);
