/**
 * Speed of the NLP layer: the annotators alone and the whole text pipeline, on one core.
 *
 *   npm run bench:nlp -- DIR [--seconds 3]
 *
 * DIR holds articles: a ground-truth.json with "articleBody" texts (as in
 * shared/datasets/article-extraction-benchmark) is used when present; otherwise .txt files are read
 * as text scrapes and .html/.html.gz pages are extracted, and their clean text is what is timed.
 *
 * The annotators are found, not listed: every module in src/annotate/*.ts that exports an Annotator
 * is imported at run time, so this works before and after new annotators land. They run in an order
 * that satisfies their `requires`. Printed, for the same texts:
 *
 *   each annotator alone       annotator.run(record) on records already built
 *   text pipeline, none        createPipeline([]).process(body document): the floor annotators add to
 *   text pipeline, all         createPipeline(all found).process(body document)
 *
 * and the target line "text pipeline >= 200 articles/s per core". Figures only: nothing passes or fails.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { AnnotateContext, Annotator } from '../src/annotate/annotator.js';
import type { Document } from '../src/input/document.js';
import { createPipeline } from '../src/pipeline.js';
import { type ArticleRecord, isErrorRecord } from '../src/record/schema.js';
import { printTable } from './lib/table.js';

/** The issue's speed target for the whole text pipeline, on one core. */
const TARGET_ARTICLES_PER_SECOND = 200;
const DEFAULT_SECONDS = 3;
/** Articles run untimed first, so the JIT has compiled the hot paths. */
const WARMUP_ARTICLES = 30;
/** The contract module in src/annotate/ exports no annotator. */
const NOT_ANNOTATOR_MODULES = new Set(['annotator.js']);

interface Article {
  id: string;
  body: string;
}

interface Timing {
  name: string;
  articles: number;
  seconds: number;
  failures: number;
}

/**
 * Other NLP libraries timed side by side on the same texts. Empty for now: the entities issue adds
 * compromise here ({ name: 'compromise', load: async () => ..., run: (text) => ... }), loaded by
 * name at run time so that it stays an optional dependency.
 */
interface Comparison {
  name: string;
  load(): Promise<(text: string) => void>;
}
const COMPARISONS: readonly Comparison[] = [];

// ---------------------------------------------------------------- loading the articles

function bodyDocument(id: string, content: string, format: Document['format']): Document {
  return {
    id,
    format,
    content,
    source: { path: null, container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
    hints: {},
    warnings: [],
  };
}

function fromGroundTruth(dir: string): Article[] | null {
  const path = join(dir, 'ground-truth.json');
  if (!existsSync(path)) return null;
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: unknown }>;
  const articles = Object.entries(truth).flatMap(([id, entry]) =>
    typeof entry.articleBody === 'string' && entry.articleBody.trim().length > 0 ? [{ id, body: entry.articleBody }] : [],
  );
  return articles.length > 0 ? articles : null;
}

/** Extracts the clean text of .txt scrapes and .html(.gz) pages with the pipeline itself. */
function fromFiles(dir: string): Article[] {
  const folder = existsSync(join(dir, 'html')) && statSync(join(dir, 'html')).isDirectory() ? join(dir, 'html') : dir;
  const extractor = createPipeline([]);
  const articles: Article[] = [];
  for (const name of readdirSync(folder).sort()) {
    const isHtml = name.endsWith('.html') || name.endsWith('.html.gz');
    if (!isHtml && !name.endsWith('.txt')) continue;
    const raw = readFileSync(join(folder, name));
    const content = new TextDecoder('utf-8').decode(name.endsWith('.gz') ? gunzipSync(raw) : raw);
    const record = extractor.process(bodyDocument(name, content, isHtml ? 'html' : 'text'));
    if (!isErrorRecord(record)) articles.push({ id: basename(name), body: record.text });
  }
  return articles;
}

// ---------------------------------------------------------------- finding the annotators

function isAnnotator(value: unknown): value is Annotator {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Annotator>;
  return typeof candidate.id === 'string' && Array.isArray(candidate.fields) && typeof candidate.run === 'function';
}

/** Every Annotator exported by a module of src/annotate/ (compiled beside this script in dist/). */
async function findAnnotators(): Promise<Annotator[]> {
  const folder = fileURLToPath(new URL('../src/annotate/', import.meta.url));
  const found = new Map<string, Annotator>();
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.js') || NOT_ANNOTATOR_MODULES.has(name)) continue;
    try {
      const module = (await import(pathToFileURL(join(folder, name)).href)) as Record<string, unknown>;
      for (const value of Object.values(module)) if (isAnnotator(value) && !found.has(value.id)) found.set(value.id, value);
    } catch (err) {
      console.log(`(skipped src/annotate/${name}: ${err instanceof Error ? err.message : String(err)})`);
    }
  }
  return orderByRequires([...found.values()]);
}

/** Annotators in an order where each runs after those it requires; those whose needs are missing are left out. */
function orderByRequires(annotators: readonly Annotator[]): Annotator[] {
  const ordered: Annotator[] = [];
  const placed = new Set<string>();
  let pending = [...annotators];
  while (pending.length > 0) {
    const ready = pending.filter((a) => (a.requires ?? []).every((id) => placed.has(id)));
    if (ready.length === 0) {
      console.log(`(left out, requirements not found: ${pending.map((a) => a.id).join(', ')})`);
      break;
    }
    for (const annotator of ready) {
      ordered.push(annotator);
      placed.add(annotator.id);
    }
    pending = pending.filter((a) => !placed.has(a.id));
  }
  return ordered;
}

// ---------------------------------------------------------------- timing

/** Warms up, then runs whole passes over `items` until `budgetSeconds` is spent (at least one pass). */
function measure<T>(name: string, items: readonly T[], budgetSeconds: number, run: (item: T) => void): Timing {
  const once = (item: T): boolean => {
    try {
      run(item);
      return true;
    } catch {
      return false;
    }
  };
  for (const item of items.slice(0, WARMUP_ARTICLES)) once(item);
  let articles = 0;
  let failures = 0;
  const start = performance.now();
  let seconds = 0;
  do {
    for (const item of items) {
      if (!once(item)) failures++;
      articles++;
    }
    seconds = (performance.now() - start) / 1000;
  } while (seconds < budgetSeconds);
  return { name, articles, seconds, failures };
}

function rate(timing: Timing): number {
  return timing.articles / timing.seconds;
}

function printTimings(timings: readonly Timing[]): void {
  const rows = timings.map((t) => [
    t.name,
    String(t.articles),
    t.seconds.toFixed(2),
    rate(t).toFixed(0),
    ((t.seconds * 1e6) / t.articles).toFixed(0),
    String(t.failures),
  ]);
  printTable(['measured', 'articles', 'seconds', 'articles/s', 'µs/article', 'failures'], rows);
}

// ---------------------------------------------------------------- main

function parseOptions(): { dir: string; seconds: number } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seconds: { type: 'string', default: String(DEFAULT_SECONDS) } },
  });
  const dir = positionals[0];
  const seconds = Number(values.seconds);
  if (!dir || !(seconds > 0)) {
    console.error('usage: bench-nlp DIR [--seconds 3]');
    process.exit(2);
  }
  return { dir, seconds };
}

function buildRecords(articles: readonly Article[]): ArticleRecord[] {
  const bare = createPipeline([]);
  return articles.flatMap((article) => {
    const record = bare.process(bodyDocument(article.id, article.body, 'body'));
    return isErrorRecord(record) ? [] : [record];
  });
}

async function main(): Promise<void> {
  const options = parseOptions();
  const articles = fromGroundTruth(options.dir) ?? fromFiles(options.dir);
  if (articles.length === 0) {
    console.error(`no articles in ${options.dir} (ground-truth.json articleBody, .txt, .html or .html.gz)`);
    process.exit(1);
  }
  const chars = articles.reduce((sum, article) => sum + article.body.length, 0);
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, one core for the timings`);
  console.log(`${articles.length} articles, ${(chars / articles.length).toFixed(0)} characters each on average`);

  const annotators = await findAnnotators();
  console.log(`annotators found: ${annotators.map((a) => a.id).join(', ') || 'none'}\n`);

  const records = buildRecords(articles);
  const context: AnnotateContext = { published: null };
  const timings: Timing[] = annotators.map((annotator) =>
    measure(`${annotator.id} alone`, records, options.seconds, (record) => void annotator.run(record, context)),
  );
  for (const comparison of COMPARISONS) {
    const run = await comparison.load();
    timings.push(measure(comparison.name, articles, options.seconds, (article) => run(article.body)));
  }
  const documents = articles.map((article) => bodyDocument(article.id, article.body, 'body'));
  const none = createPipeline([]);
  timings.push(measure('text pipeline, no annotators', documents, options.seconds, (doc) => void none.process(doc)));
  const all = createPipeline(annotators);
  const whole = measure('text pipeline, all annotators', documents, options.seconds, (doc) => {
    const line = all.process(doc);
    if (isErrorRecord(line)) throw new Error(line.error.message);
  });
  timings.push(whole);
  printTimings(timings);

  const verdict = rate(whole) >= TARGET_ARTICLES_PER_SECOND ? 'met' : 'NOT met';
  console.log(`\ntarget: text pipeline >= ${TARGET_ARTICLES_PER_SECOND} articles/s per core: ${rate(whole).toFixed(0)} articles/s, ${verdict}`);
}

await main();
