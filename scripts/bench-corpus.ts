/**
 * Corpus benchmark: ingest speed, database size and query latency on a synthetic corpus.
 *
 *   npm run bench:corpus -- [--articles 100000] [--workers 2] [--db PATH] [--keep] [--input FILE]
 *                           [--seed 1] [--extract-sample 2000] [--queries 200] [--json]
 *   npm run bench:corpus -- --queries-only --db PATH [--queries 200] [--json]
 *   npm run bench:corpus -- --articles 1000000 --work DIR [--db PATH]   (resumable)
 *
 * In one run, on the same documents:
 *
 *   synth             `newsgraph synth` writes the corpus (skipped with --input FILE)
 *   extract 1 thread  createPipeline().process over the first --extract-sample documents, in this
 *                     thread, nothing stored: the pipeline's own speed on one core
 *   extract N workers the same documents through the batch runner that `extract` and `ingest`
 *                     share (--workers threads), lines thrown away: extraction without storage
 *   ingest            every document through runIngest, the code behind `newsgraph ingest`
 *                     (same workers, batch writer, SQLite store)
 *
 * then the database size per stored article (WAL checkpointed first), duplicate links against the
 * synth ground truth, and --queries mixed queries (search with words, phrases, filters and paging,
 * entity profiles, quotes, timelines) whose terms are drawn, with a fixed seed, from what the
 * database holds: p50/p95/max per kind and overall. Figures only: nothing here passes or fails.
 * The issue's targets are printed beside them: p95 < 50 ms at 100,000 articles, and ingest within
 * 1.5x of extract-only speed.
 *
 * --queries-only --db PATH skips synth, extraction and ingest: it times the same query mix against an
 * existing database (one a previous run kept, or any corpus) and prints the same latency table.
 *
 * --work DIR makes a long run resumable across sessions: the corpus, ground truth, extract figures and
 * ingest progress live in DIR (kept; state.json holds the figures so far), and running the same
 * command again skips the finished steps and resumes the ingest where it stopped (the ingest's own
 * --resume). Ingest time and CPU are summed over the runs; a run killed mid-ingest is counted up to
 * its last heartbeat (every HEARTBEAT_SECONDS), with the documents it stored counted from the
 * database on the next start.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { runBatchSession } from '../src/cli/batch-session.js';
import { runIngest } from '../src/cli/ingest.js';
import { openFileSink } from '../src/cli/line-sink.js';
import type { Document } from '../src/input/document.js';
import { readInputs } from '../src/input/read.js';
import { createPipeline } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { SearchQuery, Store } from '../src/store/store.js';
import { DEFAULT_SYNTH_OPTIONS } from '../src/synth/corpus.js';
import type { DuplicateTruth } from '../src/synth/duplicates.js';
import { Random } from '../src/synth/prng.js';
import { writeCorpus } from '../src/synth/write-corpus.js';
import { printTable } from './lib/table.js';

const DEFAULT_ARTICLES = 100_000;
const DEFAULT_WORKERS = 2;
const DEFAULT_EXTRACT_SAMPLE = 2000;
const DEFAULT_QUERIES = 200;
/** Documents run untimed before the one-thread extract is measured (JIT warm-up). */
const WARMUP_DOCUMENTS = 20;
/** Queries run untimed first, with another seed, so the first timed ones do not pay for opening. */
const WARMUP_QUERIES = 10;
/** Articles sampled from the database to draw query terms from. */
const TERM_SAMPLE = 400;
const QUERY_SEED = 'bench-corpus-queries';
const TARGET_P95_MS = 50;
const TARGET_INGEST_RATIO = 1.5;
const TIMEOUT_SECONDS = 60;
const BATCH_SIZE = 64;
const MIB = 1024 * 1024;
/** How often a --work run records its ingest time so far, so that a killed run loses at most this much. */
const HEARTBEAT_SECONDS = 10;

interface Options {
  articles: number;
  workers: number;
  db: string | null;
  keep: boolean;
  input: string | null;
  seed: string;
  extractSample: number;
  queries: number;
  json: boolean;
  queriesOnly: boolean;
  /** --work DIR: a kept, resumable working directory (null: a fresh temporary one). */
  work: string | null;
}

const USAGE =
  'usage: bench-corpus [--articles 100000] [--workers 2] [--db PATH] [--keep] [--input FILE] [--seed 1] ' +
  '[--extract-sample 2000] [--queries 200] [--json]\n' +
  '       bench-corpus --queries-only --db PATH [--queries 200] [--json]\n' +
  '       bench-corpus --work DIR [...]   (resumable: run the same command again to continue)';

/** parseArgs, with a usage line instead of a stack trace for --help and unknown options. */
function readArgs(): ReturnType<typeof parseArgs<{ options: typeof OPTION_SPEC }>> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  try {
    return parseArgs({ options: OPTION_SPEC });
  } catch (err) {
    console.error(`bench-corpus: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    process.exit(2);
  }
}

const OPTION_SPEC = {
  articles: { type: 'string', default: String(DEFAULT_ARTICLES) },
  workers: { type: 'string', default: String(DEFAULT_WORKERS) },
  db: { type: 'string' },
  keep: { type: 'boolean', default: false },
  input: { type: 'string' },
  seed: { type: 'string', default: DEFAULT_SYNTH_OPTIONS.seed },
  'extract-sample': { type: 'string', default: String(DEFAULT_EXTRACT_SAMPLE) },
  queries: { type: 'string', default: String(DEFAULT_QUERIES) },
  json: { type: 'boolean', default: false },
  'queries-only': { type: 'boolean', default: false },
  work: { type: 'string' },
} as const;

function parseOptions(): Options {
  const { values } = readArgs();
  const options: Options = {
    articles: Number(values.articles),
    workers: Number(values.workers),
    db: values.db ?? null,
    keep: values.keep ?? false,
    input: values.input ?? null,
    seed: values.seed ?? DEFAULT_SYNTH_OPTIONS.seed,
    extractSample: Number(values['extract-sample']),
    queries: Number(values.queries),
    json: values.json ?? false,
    queriesOnly: values['queries-only'] ?? false,
    work: values.work ?? null,
  };
  const whole = (n: number): boolean => Number.isSafeInteger(n) && n >= 1;
  if (!whole(options.articles) || !whole(options.workers) || !whole(options.extractSample) || !whole(options.queries)) {
    console.error(USAGE);
    process.exit(2);
  }
  if (options.queriesOnly && options.db === null) {
    console.error(`bench-corpus: --queries-only needs --db PATH (an existing database)\n${USAGE}`);
    process.exit(2);
  }
  return options;
}

/** Progress lines go to standard error, so that --json leaves standard output to the figures. */
function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

// ---------------------------------------------------------------- the corpus

interface CorpusFiles {
  corpus: string;
  truth: string | null;
  /** The first --extract-sample lines of the corpus, for the extract-only runs. */
  sample: string;
  documents: number;
  synthSeconds: number | null;
}

async function copyFirstLines(from: string, to: string, count: number): Promise<number> {
  const out = createWriteStream(to);
  let copied = 0;
  const lines = createInterface({ input: createReadStream(from), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    if (++copied >= count) break;
  }
  lines.close();
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return copied;
}

async function prepareCorpus(options: Options, scratch: string): Promise<CorpusFiles> {
  const sample = join(scratch, 'sample.jsonl');
  if (options.input) {
    await copyFirstLines(options.input, sample, options.extractSample);
    let documents = 0;
    for await (const line of createInterface({ input: createReadStream(options.input), crlfDelay: Infinity })) if (line.trim()) documents++;
    return { corpus: options.input, truth: null, sample, documents, synthSeconds: null };
  }
  const corpus = join(scratch, 'corpus.jsonl');
  const truth = join(scratch, 'truth.jsonl');
  note(`synth: ${options.articles} articles (seed ${options.seed})...`);
  const start = performance.now();
  const out = openFileSink(corpus, false);
  const truthSink = openFileSink(truth, false);
  try {
    writeCorpus({ ...DEFAULT_SYNTH_OPTIONS, articles: options.articles, seed: options.seed }, out, truthSink);
  } finally {
    out.close();
    truthSink.close();
  }
  const synthSeconds = (performance.now() - start) / 1000;
  await copyFirstLines(corpus, sample, options.extractSample);
  return { corpus, truth, sample, documents: options.articles, synthSeconds };
}

// ---------------------------------------------------------------- extraction and ingest

interface Speed {
  documents: number;
  seconds: number;
  /** CPU seconds of this process, worker threads included (user + system), over the same span. */
  cpuSeconds: number;
}

/** CPU seconds this process (every thread) has used so far. */
function cpuSecondsNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** CPU milliseconds per document: unlike the rate, what other programs on the machine do barely moves it. */
function cpuPerDocument(speed: Speed): number {
  return (1000 * speed.cpuSeconds) / Math.max(1, speed.documents);
}

function rate(speed: Speed): number {
  return speed.documents / speed.seconds;
}

async function loadDocuments(path: string): Promise<Document[]> {
  const documents: Document[] = [];
  for await (const item of readInputs([path])) if (item.kind === 'document') documents.push(item.document);
  return documents;
}

async function extractOneThread(path: string): Promise<Speed> {
  const documents = await loadDocuments(path);
  const pipeline = createPipeline();
  for (const document of documents.slice(0, WARMUP_DOCUMENTS)) pipeline.process(document);
  const start = performance.now();
  const cpuStart = cpuSecondsNow();
  for (const document of documents) pipeline.process(document);
  return { documents: documents.length, seconds: (performance.now() - start) / 1000, cpuSeconds: cpuSecondsNow() - cpuStart };
}

async function extractWithWorkers(path: string, workers: number): Promise<Speed> {
  let lines = 0;
  const startedAt = performance.now();
  const cpuStart = cpuSecondsNow();
  const counts = await runBatchSession(
    {
      inputs: [path],
      items: readInputs([path]),
      sink: { write: () => void lines++, close: () => {} },
      skipIds: new Set(),
      startedAt,
    },
    { workers, timeout: TIMEOUT_SECONDS, quiet: true, progress: false },
  );
  return { documents: counts.readable > 0 ? lines : 0, seconds: (performance.now() - startedAt) / 1000, cpuSeconds: cpuSecondsNow() - cpuStart };
}

async function ingest(corpus: string, db: string, workers: number, documents: number): Promise<Speed> {
  const start = performance.now();
  const cpuStart = cpuSecondsNow();
  const code = await runIngest([corpus], {
    db,
    workers,
    timeout: TIMEOUT_SECONDS,
    batchSize: BATCH_SIZE,
    quiet: true,
    progress: false,
  });
  if (code !== 0) throw new Error(`ingest exited with ${code}`);
  return { documents, seconds: (performance.now() - start) / 1000, cpuSeconds: cpuSecondsNow() - cpuStart };
}

// ---------------------------------------------------------------- a resumable run (--work DIR)

/** What a --work directory remembers between runs: finished steps and their figures. */
interface WorkState {
  /** The options that made the corpus: a second run with other ones is refused. */
  made: { articles: number; seed: string; input: string | null; extractSample: number };
  corpus?: CorpusFiles;
  oneThread?: Speed;
  workers?: Speed;
  ingest: {
    /** Finished (or killed and since counted) ingest runs. */
    segments: Speed[];
    /** The run in progress, as of its last heartbeat: if the process dies, the next start counts it. */
    running?: { seconds: number; cpuSeconds: number; storedBefore: number };
    done: boolean;
  };
}

class WorkDirectory {
  readonly state: WorkState;
  readonly #file: string;

  constructor(
    readonly dir: string,
    options: Options,
  ) {
    mkdirSync(dir, { recursive: true });
    this.#file = join(dir, 'state.json');
    const made = { articles: options.articles, seed: options.seed, input: options.input, extractSample: options.extractSample };
    if (existsSync(this.#file)) {
      this.state = JSON.parse(readFileSync(this.#file, 'utf8')) as WorkState;
      if (JSON.stringify(this.state.made) !== JSON.stringify(made)) {
        console.error(`bench-corpus: ${dir} holds a run made with ${JSON.stringify(this.state.made)}; use the same options or another --work`);
        process.exit(2);
      }
      note(`resuming the run in ${dir}`);
    } else {
      this.state = { made, ingest: { segments: [], done: false } };
      this.save();
    }
  }

  /** Written to a side file and renamed, so that a kill never leaves half a state file. */
  save(): void {
    writeFileSync(`${this.#file}.tmp`, JSON.stringify(this.state, null, 1));
    renameSync(`${this.#file}.tmp`, this.#file);
  }

  /** Has an ingest into the database started in an earlier run? */
  get ingestStarted(): boolean {
    return this.state.ingest.segments.length > 0 || this.state.ingest.running !== undefined;
  }
}

/** Documents the database has accounted for: stored articles, same-text sightings and failures. */
function storedDocuments(path: string): number {
  if (!existsSync(path)) return 0;
  const db = new Database(path);
  try {
    const count = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return count('articles') + count('sightings') + count('failures');
  } catch {
    return 0; // a database created but killed before its first migration finished
  } finally {
    db.close();
  }
}

function sumSpeeds(speeds: readonly Speed[]): Speed {
  return speeds.reduce((a, b) => ({ documents: a.documents + b.documents, seconds: a.seconds + b.seconds, cpuSeconds: a.cpuSeconds + b.cpuSeconds }), {
    documents: 0,
    seconds: 0,
    cpuSeconds: 0,
  });
}

/** The ingest step of a --work run: resumes where the last run stopped; figures summed over runs. */
async function resumableIngest(corpus: string, dbPath: string, workers: number, work: WorkDirectory): Promise<Speed> {
  const ingest = work.state.ingest;
  if (ingest.running) {
    const { running } = ingest;
    const documents = storedDocuments(dbPath) - running.storedBefore;
    note(`the last run stopped mid-ingest: counting its ${documents} documents in ${running.seconds.toFixed(0)} s`);
    ingest.segments.push({ documents, seconds: running.seconds, cpuSeconds: running.cpuSeconds });
    delete ingest.running;
    work.save();
  }
  if (!ingest.done) {
    const storedBefore = storedDocuments(dbPath);
    const start = performance.now();
    const cpuStart = cpuSecondsNow();
    const heartbeat = (): void => {
      ingest.running = { storedBefore, seconds: (performance.now() - start) / 1000, cpuSeconds: cpuSecondsNow() - cpuStart };
      work.save();
    };
    heartbeat();
    const timer = setInterval(heartbeat, HEARTBEAT_SECONDS * 1000);
    let code: number;
    try {
      code = await runIngest([corpus], {
        db: dbPath,
        workers,
        timeout: TIMEOUT_SECONDS,
        batchSize: BATCH_SIZE,
        resume: storedBefore > 0,
        quiet: false,
        progress: true,
      });
    } finally {
      clearInterval(timer);
    }
    if (code !== 0) throw new Error(`ingest exited with ${code}`);
    const seconds = (performance.now() - start) / 1000;
    const cpuSeconds = cpuSecondsNow() - cpuStart;
    ingest.segments.push({ documents: storedDocuments(dbPath) - storedBefore, seconds, cpuSeconds });
    delete ingest.running;
    ingest.done = true;
    work.save();
  }
  return sumSpeeds(ingest.segments);
}

// ---------------------------------------------------------------- the database

interface DatabaseFigures {
  bytes: number;
  articles: number;
  failures: number;
  sightings: number;
  sameUrl: number;
  nearDuplicates: number;
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

function measureDatabase(path: string): DatabaseFigures {
  const db = new Database(path);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    const figures = {
      articles: count('SELECT COUNT(*) AS n FROM articles'),
      failures: count('SELECT COUNT(*) AS n FROM failures'),
      sightings: count('SELECT COUNT(*) AS n FROM sightings'),
      sameUrl: count("SELECT COUNT(*) AS n FROM articles WHERE duplicate_reason = 'same-url'"),
      nearDuplicates: count("SELECT COUNT(*) AS n FROM articles WHERE duplicate_reason = 'near-duplicate'"),
    };
    return { ...figures, bytes: fileSize(path) + fileSize(`${path}-wal`) + fileSize(`${path}-shm`) };
  } finally {
    db.close();
  }
}

interface DedupFigures {
  /** Copies in the ground truth, by kind. */
  expected: Record<string, number>;
  /** Copies linked to their true original (stored as a linked duplicate, or noted as the same text). */
  found: Record<string, number>;
  /** Links the ground truth does not have (an original linked to something, or a copy to the wrong original). */
  wrongLinks: number;
}

async function checkDuplicates(dbPath: string, truthPath: string): Promise<DedupFigures> {
  const truth = new Map<string, DuplicateTruth>();
  for await (const line of createInterface({ input: createReadStream(truthPath), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as DuplicateTruth;
    truth.set(entry.id, entry);
  }
  const expected: Record<string, number> = {};
  const found: Record<string, number> = {};
  for (const entry of truth.values()) {
    expected[entry.kind] = (expected[entry.kind] ?? 0) + 1;
    found[entry.kind] ??= 0;
  }
  let wrongLinks = 0;
  const db = new Database(dbPath, { readonly: true });
  try {
    const links = db
      .prepare(
        'SELECT a.id AS id, o.id AS of FROM articles a JOIN articles o ON o.key = a.duplicate_of ' +
          'UNION ALL SELECT s.id AS id, o.id AS of FROM sightings s JOIN articles o ON o.key = s.article',
      )
      .iterate() as Iterable<{ id: string; of: string }>;
    for (const link of links) {
      const entry = truth.get(link.id);
      if (entry && entry.of === link.of) found[entry.kind] = (found[entry.kind] ?? 0) + 1;
      else wrongLinks++;
    }
  } finally {
    db.close();
  }
  return { expected, found, wrongLinks };
}

// ---------------------------------------------------------------- queries

interface Terms {
  words: string[];
  phrases: string[];
  sites: string[];
  authors: string[];
  days: string[];
  speakers: string[];
  names: string[];
}

/** Words of four letters or more from a title: common ones included, since real users type them too. */
function titleWords(title: string): string[] {
  return title.split(/[^\p{L}\p{N}'-]+/u).filter((word) => word.length >= 4);
}

function drawTerms(dbPath: string, random: Random): Terms {
  const db = new Database(dbPath, { readonly: true });
  try {
    const maxKey = (db.prepare('SELECT MAX(key) AS n FROM articles').get() as { n: number | null }).n ?? 0;
    const keys = Array.from({ length: TERM_SAMPLE }, () => random.int(1, Math.max(1, maxKey)));
    const placeholders = keys.map(() => '?').join(',');
    const rows = db
      .prepare(`SELECT key, title, site_domain AS site, published_day AS day FROM articles WHERE key IN (${placeholders})`)
      .all(...keys) as { key: number; title: string | null; site: string | null; day: string | null }[];
    const authors = db.prepare(`SELECT DISTINCT name FROM authors WHERE article IN (${placeholders})`).pluck().all(...keys) as string[];
    const speakers = db
      .prepare(`SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL AND article IN (${placeholders})`)
      .pluck()
      .all(...keys) as string[];
    const words: string[] = [];
    const phrases: string[] = [];
    const names: string[] = [];
    for (const row of rows) {
      const list = titleWords(row.title ?? '');
      words.push(...list.map((word) => word.toLowerCase()));
      for (let i = 0; i + 1 < list.length; i++) phrases.push(`"${list[i]} ${list[i + 1]}"`);
      names.push(...list.filter((word) => /^\p{Lu}/u.test(word)));
    }
    return {
      words,
      phrases,
      sites: [...new Set(rows.map((row) => row.site).filter((site): site is string => site !== null))],
      authors,
      days: rows.map((row) => row.day).filter((day): day is string => day !== null),
      speakers,
      names: [...new Set([...names, ...speakers])],
    };
  } finally {
    db.close();
  }
}

interface QueryKind {
  name: string;
  /** Runs one query of this kind; returns how many results it found. */
  run(store: Store, terms: Terms, random: Random): number;
}

function pickOr(random: Random, list: readonly string[], fallback: string): string {
  return list.length > 0 ? random.pick(list) : fallback;
}

function searchWith(store: Store, query: Partial<SearchQuery>): number {
  return store.search({ text: '', limit: 20, offset: 0, ...query }).total;
}

/** The month of a day and the month after it: a two-month window. */
function monthWindow(day: string): { from: string; to: string } {
  const [year, month] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 2020, month ?? 1, 1)).toISOString().slice(0, 7);
  return { from: day.slice(0, 7), to: next };
}

const QUERY_KINDS: readonly QueryKind[] = [
  { name: 'search: one word', run: (store, terms, random) => searchWith(store, { text: pickOr(random, terms.words, 'minister') }) },
  {
    name: 'search: two words',
    run: (store, terms, random) => searchWith(store, { text: `${pickOr(random, terms.words, 'talks')} ${pickOr(random, terms.words, 'city')}` }),
  },
  { name: 'search: phrase', run: (store, terms, random) => searchWith(store, { text: pickOr(random, terms.phrases, '"death toll"') }) },
  {
    name: 'search: word+site+dates',
    run: (store, terms, random) =>
      searchWith(store, {
        text: pickOr(random, terms.words, 'minister'),
        site: pickOr(random, terms.sites, 'example'),
        from: pickOr(random, terms.days, '2024-01-01').slice(0, 4),
        to: pickOr(random, terms.days, '2024-01-01').slice(0, 4),
      }),
  },
  {
    name: 'search: author+has',
    run: (store, terms, random) => searchWith(store, { author: pickOr(random, terms.authors, 'a'), has: ['quotes'] }),
  },
  {
    name: 'search: empty+dates',
    run: (store, terms, random) => searchWith(store, { ...monthWindow(pickOr(random, terms.days, '2024-01-01')) }),
  },
  {
    name: 'search: paging',
    run: (store, terms, random) =>
      store.search({ text: pickOr(random, terms.words, 'minister'), limit: 20, offset: random.int(5, 50) * 20 }).hits.length,
  },
  {
    name: 'entity profile',
    run(store, terms, random) {
      const match = store.resolveEntity(pickOr(random, terms.names, 'Japan'))[0];
      if (!match) return 0;
      const profile = store.entityProfile({ id: match.id, interval: 'month', limitCoMentions: 10, limitArticles: 10 });
      return profile ? profile.articles : 0;
    },
  },
  {
    name: 'quotes: speaker',
    run: (store, terms, random) => store.quotes({ speaker: pickOr(random, terms.speakers, 'minister'), limit: 20, offset: 0 }).total,
  },
  {
    name: 'timeline',
    run(store, terms, random) {
      const query = random.chance(0.5) ? { entity: pickOr(random, terms.names, 'Japan') } : { query: pickOr(random, terms.words, 'talks') };
      return store.timeline({ ...query, limit: 50 }).events.length;
    },
  },
];

interface Latencies {
  kind: string;
  ms: number[];
  /** Queries that found something. */
  hits: number;
  errors: number;
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
}

function runQueries(dbPath: string, count: number): { kinds: Latencies[]; firstError: string | null } {
  const store = new SqliteStore(dbPath, { readonly: true });
  const terms = drawTerms(dbPath, new Random(`${QUERY_SEED}#terms`));
  const latencies = QUERY_KINDS.map((kind): Latencies => ({ kind: kind.name, ms: [], hits: 0, errors: 0 }));
  let firstError: string | null = null;
  try {
    const warm = new Random(`${QUERY_SEED}#warmup`);
    for (let i = 0; i < WARMUP_QUERIES; i++) {
      try {
        QUERY_KINDS[i % QUERY_KINDS.length]?.run(store, terms, warm);
      } catch {
        // Failures are counted in the timed run.
      }
    }
    const random = new Random(QUERY_SEED);
    for (let i = 0; i < count; i++) {
      const index = i % QUERY_KINDS.length;
      const kind = QUERY_KINDS[index];
      const slot = latencies[index];
      if (!kind || !slot) continue;
      const start = performance.now();
      try {
        if (kind.run(store, terms, random) > 0) slot.hits++;
      } catch (error) {
        slot.errors++;
        firstError ??= `${kind.name}: ${error instanceof Error ? error.message : String(error)}`;
      }
      slot.ms.push(performance.now() - start);
    }
  } finally {
    store.close();
  }
  return { kinds: latencies, firstError };
}

// ---------------------------------------------------------------- report

interface LatencySummary {
  kind: string;
  queries: number;
  hits: number;
  errors: number;
  p50: number;
  p95: number;
  max: number;
}

function summarize(kind: string, ms: readonly number[], hits: number, errors: number): LatencySummary {
  const sorted = [...ms].sort((a, b) => a - b);
  return { kind, queries: ms.length, hits, errors, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
}

function printLatencies(rows: readonly LatencySummary[]): void {
  printTable(
    ['query kind', 'queries', 'found', 'errors', 'p50 ms', 'p95 ms', 'max ms'],
    rows.map((row) => [row.kind, String(row.queries), String(row.hits), String(row.errors), row.p50.toFixed(1), row.p95.toFixed(1), row.max.toFixed(1)]),
  );
}

interface QueryFigures {
  overall: LatencySummary;
  perKind: LatencySummary[];
  firstError: string | null;
}

function timeQueries(dbPath: string, count: number): QueryFigures {
  note(`${count} queries...`);
  const { kinds, firstError } = runQueries(dbPath, count);
  const perKind = kinds.map((k) => summarize(k.kind, k.ms, k.hits, k.errors));
  const overall = summarize(
    'all',
    kinds.flatMap((k) => k.ms),
    kinds.reduce((sum, k) => sum + k.hits, 0),
    kinds.reduce((sum, k) => sum + k.errors, 0),
  );
  return { overall, perKind, firstError };
}

function printQueryFigures({ overall, perKind, firstError }: QueryFigures): void {
  const verdict = overall.p95 < TARGET_P95_MS ? 'meets' : 'MISSES';
  printLatencies([...perKind, overall]);
  console.log(`p95 over all queries: ${overall.p95.toFixed(1)} ms (${verdict} the ${TARGET_P95_MS} ms target)`);
  if (firstError) console.log(`first query error: ${firstError}`);
}

/** --queries-only: the query mix against an existing database, nothing else. */
function queriesOnly(options: Options & { db: string }): void {
  if (!existsSync(options.db)) {
    console.error(`bench-corpus: no database at ${options.db}`);
    process.exit(2);
  }
  const db = new Database(options.db, { readonly: true });
  const articles = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  db.close();
  const figures = timeQueries(options.db, options.queries);
  if (options.json) {
    console.log(JSON.stringify({ node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, articles, queries: figures }));
    return;
  }
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores; ${articles} articles in ${options.db}`);
  printQueryFigures(figures);
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (options.queriesOnly && options.db !== null) {
    queriesOnly({ ...options, db: options.db });
    return;
  }
  const work = options.work === null ? null : new WorkDirectory(options.work, options);
  const scratch = work?.dir ?? mkdtempSync(join(tmpdir(), 'newsgraph-bench-corpus-'));
  const dbPath = options.db ?? join(scratch, 'bench.db');
  if (existsSync(dbPath) && !work?.ingestStarted) {
    console.error(`${dbPath} exists: the benchmark ingests into a new database (remove it or choose another --db)`);
    process.exit(2);
  }
  try {
    const files = work?.state.corpus ?? (await prepareCorpus(options, scratch));
    if (work && !work.state.corpus) {
      work.state.corpus = files;
      work.save();
    }
    let oneThread = work?.state.oneThread;
    if (!oneThread) {
      note(`extract, one thread, ${Math.min(options.extractSample, files.documents)} documents...`);
      oneThread = await extractOneThread(files.sample);
      if (work) work.state.oneThread = oneThread;
      work?.save();
    }
    let workers = work?.state.workers;
    if (!workers) {
      note(`extract, ${options.workers} workers...`);
      workers = await extractWithWorkers(files.sample, options.workers);
      if (work) work.state.workers = workers;
      work?.save();
    }
    note(`ingest, ${options.workers} workers, ${files.documents} documents into ${dbPath}...`);
    const ingested = work
      ? await resumableIngest(files.corpus, dbPath, options.workers, work)
      : await ingest(files.corpus, dbPath, options.workers, files.documents);
    const size = measureDatabase(dbPath);
    const dedup = files.truth ? await checkDuplicates(dbPath, files.truth) : null;
    const queries = timeQueries(dbPath, options.queries);
    const bytesPerArticle = size.bytes / Math.max(1, size.articles);
    const ratio = rate(workers) / rate(ingested);
    const cpuRatio = cpuPerDocument(ingested) / cpuPerDocument(workers);
    const report = {
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      documents: files.documents,
      workers: options.workers,
      synth: files.synthSeconds === null ? null : { seconds: files.synthSeconds, perSecond: files.documents / files.synthSeconds },
      extractOneThread: { documents: oneThread.documents, perSecond: rate(oneThread), cpuMsPerDocument: cpuPerDocument(oneThread) },
      extractWorkers: { documents: workers.documents, perSecond: rate(workers), cpuMsPerDocument: cpuPerDocument(workers) },
      ingest: { documents: ingested.documents, seconds: ingested.seconds, perSecond: rate(ingested), cpuMsPerDocument: cpuPerDocument(ingested) },
      extractToIngestRatio: ratio,
      ingestToExtractCpuRatio: cpuRatio,
      database: { ...size, bytesPerArticle },
      duplicates: dedup,
      queries,
    };
    if (options.json) {
      console.log(JSON.stringify(report));
      return;
    }
    console.log(`node ${report.node}, ${report.cpu}, ${report.cores} cores; ${files.documents} documents, ${options.workers} workers`);
    if (report.synth) console.log(`synth: ${report.synth.perSecond.toFixed(0)} documents/s`);
    printTable(
      ['stage', 'documents', 'seconds', 'docs/s', 'CPU ms/doc'],
      [
        ['extract, 1 thread (pipeline)', String(oneThread.documents), oneThread.seconds.toFixed(1), rate(oneThread).toFixed(1), cpuPerDocument(oneThread).toFixed(1)],
        [`extract, ${options.workers} workers (no store)`, String(workers.documents), workers.seconds.toFixed(1), rate(workers).toFixed(1), cpuPerDocument(workers).toFixed(1)],
        [`ingest, ${options.workers} workers`, String(ingested.documents), ingested.seconds.toFixed(1), rate(ingested).toFixed(1), cpuPerDocument(ingested).toFixed(1)],
      ],
    );
    const verdict = (ok: boolean): string => (ok ? 'meets' : 'MISSES');
    console.log(
      `extract/ingest (same workers): ${ratio.toFixed(2)}x (${verdict(ratio <= TARGET_INGEST_RATIO)} the ${TARGET_INGEST_RATIO}x target); ` +
        `1-thread pipeline/ingest: ${(rate(oneThread) / rate(ingested)).toFixed(2)}x; ` +
        `CPU per document, ingest/extract: ${cpuRatio.toFixed(2)}x (the same ratio in CPU time, which other load on the machine barely moves)`,
    );
    console.log(
      `database: ${(size.bytes / MIB).toFixed(1)} MiB for ${size.articles} articles = ${(bytesPerArticle / 1024).toFixed(1)} KiB/article ` +
        `(WAL checkpointed); ${size.nearDuplicates} near-duplicates and ${size.sameUrl} same-URL updates linked, ` +
        `${size.sightings} same-text sightings, ${size.failures} failures`,
    );
    if (dedup) {
      const kinds = Object.keys(dedup.expected).sort();
      const found = kinds.map((k) => `${k} ${dedup.found[k] ?? 0}/${dedup.expected[k] ?? 0}`).join(', ');
      console.log(
        kinds.length === 0
          ? 'duplicates vs ground truth: the corpus has no copies'
          : `duplicates vs ground truth: ${found}; links not in the truth: ${dedup.wrongLinks}`,
      );
    }
    console.log('');
    printQueryFigures(queries);
  } finally {
    if (!options.keep && !work) rmSync(scratch, { recursive: true, force: true });
    else note(`kept: ${scratch}${options.db ? ` and ${dbPath}` : ''}`);
  }
}

await main();
