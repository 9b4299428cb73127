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
 *   compromise                 people(), places(), organizations() on the same texts: the peer of
 *                              the entities annotator, with the ratio of their throughputs
 *
 * first the time and memory to load the knowledge base and the tagger's model, and at the end the
 * target lines "text pipeline >= 200 articles/s per core" and "entities >= 3x compromise". Figures
 * only: nothing passes or fails.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { AnnotateContext, Annotator } from '../src/annotate/annotator.js';
import { loadKnowledgeBase } from '../src/kb/index.js';
import { loadRecognizer } from '../src/nlp/tagger/index.js';
import { createPipeline } from '../src/pipeline.js';
import { type ArticleRecord, isErrorRecord } from '../src/record/schema.js';
import { bodyDocument } from './lib/body-document.js';
import { printTable } from './lib/table.js';

/** The issue's speed target for the whole text pipeline, on one core. */
const TARGET_ARTICLES_PER_SECOND = 200;
/** The entities issue's target: the entity annotator at least this many times compromise's throughput. */
const TARGET_PEER_RATIO = 3;
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
 * Other NLP libraries timed side by side on the same texts, each doing the job of one of our
 * annotators (`peerOf`), so the two can be put in a ratio. Loaded by name at run time, so a missing
 * optional dependency skips the comparison instead of failing the benchmark.
 */
interface Comparison {
  name: string;
  /** The id of our annotator that does the same job. */
  peerOf: string;
  load(): Promise<(text: string) => void>;
}

/** The slice of compromise's API used here (its own types describe far more). */
type CompromiseView = { out(format: 'array'): string[] };
type CompromiseDoc = { people(): CompromiseView; places(): CompromiseView; organizations(): CompromiseView };

const COMPARISONS: readonly Comparison[] = [
  {
    // The plain-JavaScript library a Node user would pick for people, places and organizations.
    name: 'compromise people+places+organizations',
    peerOf: 'entities',
    async load() {
      const moduleName = 'compromise';
      const loaded = (await import(moduleName)) as { default: (text: string) => CompromiseDoc };
      const nlp = loaded.default;
      return (text) => {
        const doc = nlp(text);
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
      };
    },
  },
];

// ---------------------------------------------------------------- loading the articles


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

// ---------------------------------------------------------------- loading the knowledge

/**
 * Time and memory to load the knowledge base and the tagger's model, the first time in this
 * process (the issue's target: under a second and under 300 MB). Heap is measured after a GC when
 * node runs with --expose-gc, else as is.
 */
function measureKnowledgeLoad(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  loadKnowledgeBase();
  const kbMs = performance.now() - start;
  loadRecognizer();
  const totalMs = performance.now() - start;
  gc?.();
  const after = process.memoryUsage();
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
  console.log(
    `knowledge loaded: KB ${kbMs.toFixed(0)} ms, KB + tagger model ${totalMs.toFixed(0)} ms; ` +
      `heap +${mb(after.heapUsed - before.heapUsed)} MB, RSS ${mb(after.rss)} MB${gc ? '' : ' (run node with --expose-gc for exact heap)'}`,
  );
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

  measureKnowledgeLoad();
  const annotators = await findAnnotators();
  console.log(`annotators found: ${annotators.map((a) => a.id).join(', ') || 'none'}\n`);

  const records = buildRecords(articles);
  const context: AnnotateContext = { published: null };
  const timings: Timing[] = annotators.map((annotator) =>
    measure(`${annotator.id} alone`, records, options.seconds, (record) => void annotator.run(record, context)),
  );
  const ratios: string[] = [];
  for (const comparison of COMPARISONS) {
    let run: (text: string) => void;
    try {
      run = await comparison.load();
    } catch (err) {
      console.log(`(skipped ${comparison.name}: ${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    const theirs = measure(comparison.name, articles, options.seconds, (article) => run(article.body));
    timings.push(theirs);
    const ours = timings.find((t) => t.name === `${comparison.peerOf} alone`);
    if (ours) ratios.push(`${comparison.peerOf} / ${comparison.name}: ${(rate(ours) / rate(theirs)).toFixed(1)}x the throughput`);
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

  for (const line of ratios) console.log(`\n${line} (target for entities: >= ${TARGET_PEER_RATIO}x)`);
  const verdict = rate(whole) >= TARGET_ARTICLES_PER_SECOND ? 'met' : 'NOT met';
  console.log(`\ntarget: text pipeline >= ${TARGET_ARTICLES_PER_SECOND} articles/s per core: ${rate(whole).toFixed(0)} articles/s, ${verdict}`);
}

await main();
