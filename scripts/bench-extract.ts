/**
 * Speed and memory benchmark of the HTML extractor.
 *
 *   npm run bench:extract -- DIR [--docs 100000] [--seconds 5] [--jsdom-pages 40] [--no-cli]
 *
 * DIR holds HTML pages (.html or .html.gz), directly or in an html/ subfolder; a ground-truth.json
 * beside html/ ({"<id>": {"url": ...}}) supplies each page's URL as a hint. All pages are loaded and
 * decoded first, then each tool runs on ONE core (this thread, sequentially) over the same pages:
 *
 *   bare-parse             htmlparser2 parseDocument: the floor any DOM-based extractor pays
 *   newsgraph              extractHtml
 *   readability-linkedom   @mozilla/readability on a linkedom document
 *   readability-jsdom      @mozilla/readability on a jsdom document (slow: a subset of pages)
 *
 * Then a memory run: extractHtml over --docs documents (cycling through the pages), sampling RSS,
 * to show whether memory stays flat. Optionally, the end-to-end CLI with all workers. Figures only:
 * nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { extractHtml } from '../src/extract/html/index.js';
import { printTable } from './lib/table.js';

/** Pages run untimed before a tool is measured, so the JIT has compiled its hot paths. */
const WARMUP_PAGES = 20;
const DEFAULT_SECONDS = 5;
const DEFAULT_DOCS = 100_000;
/** jsdom takes tens of milliseconds a page: it is measured on this many pages by default. */
const DEFAULT_JSDOM_PAGES = 40;
/** RSS samples taken during the memory run. */
const MEMORY_SAMPLES = 200;
/** The share of the memory run at each end compared to decide whether memory stays flat. */
const EDGE_SHARE = 0.1;
/** Peak RSS in the last tenth may exceed the first tenth's by this share before we call it growth. */
const FLAT_TOLERANCE = 0.15;
const MB = 1024 * 1024;
/** newsgraph timed on the jsdom subset. */
const SUBSET_NAME = 'newsgraph (jsdom subset)';

interface Page {
  id: string;
  html: string;
  url: string | undefined;
}

interface Tool {
  name: string;
  run(page: Page): void;
}

interface Timing {
  tool: string;
  pages: number;
  seconds: number;
  failures: number;
}

// ---------------------------------------------------------------- loading

function pageFolder(dir: string): string {
  const html = join(dir, 'html');
  return existsSync(html) && statSync(html).isDirectory() ? html : dir;
}

function loadUrls(folder: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const candidate of [join(dirname(folder), 'ground-truth.json'), join(folder, 'ground-truth.json')]) {
    if (!existsSync(candidate)) continue;
    const truth = JSON.parse(readFileSync(candidate, 'utf8')) as Record<string, { url?: unknown }>;
    for (const [id, entry] of Object.entries(truth)) if (typeof entry.url === 'string') urls.set(id, entry.url);
    break;
  }
  return urls;
}

function loadPages(dir: string): Page[] {
  const folder = pageFolder(dir);
  const urls = loadUrls(folder);
  const decoder = new TextDecoder('utf-8');
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.html') || name.endsWith('.html.gz'))
    .sort();
  return names.map((name) => {
    const raw = readFileSync(join(folder, name));
    const bytes = name.endsWith('.gz') ? gunzipSync(raw) : raw;
    const id = basename(basename(name, '.gz'), '.html');
    return { id, html: decoder.decode(bytes), url: urls.get(id) };
  });
}

// ---------------------------------------------------------------- tools

interface ReadabilityModule {
  Readability: new (document: unknown) => { parse(): unknown };
}
interface LinkedomModule {
  parseHTML(html: string): { document: unknown };
}
interface JsdomWindow {
  document: unknown;
  close(): void;
}
interface JsdomModule {
  JSDOM: new (html: string, options: { url?: string; virtualConsole: unknown }) => { window: JsdomWindow };
  VirtualConsole: new () => unknown;
}

/**
 * The comparison libraries are loaded by name at run time: their type declarations pull the DOM
 * library into the whole program, which src/ must never see. Only these few members are used.
 */
async function loadModule<T>(specifier: string): Promise<T> {
  return (await import(specifier)) as T;
}

async function makeTools(): Promise<{ fast: Tool[]; jsdom: Tool }> {
  const { Readability } = await loadModule<ReadabilityModule>('@mozilla/readability');
  const { parseHTML } = await loadModule<LinkedomModule>('linkedom');
  const { JSDOM, VirtualConsole } = await loadModule<JsdomModule>('jsdom');
  const fast: Tool[] = [
    { name: 'bare-parse', run: (page) => void parseDocument(page.html) },
    { name: 'newsgraph', run: (page) => void extractHtml(page.html, page.url ? { url: page.url } : {}) },
    { name: 'readability-linkedom', run: (page) => void new Readability(parseHTML(page.html).document).parse() },
  ];
  const jsdom: Tool = {
    name: 'readability-jsdom',
    run(page) {
      // A silent console: jsdom otherwise prints every stylesheet it cannot parse.
      const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
      try {
        new Readability(dom.window.document).parse();
      } finally {
        dom.window.close();
      }
    },
  };
  return { fast, jsdom };
}

// ---------------------------------------------------------------- timing

function runOnce(tool: Tool, page: Page): boolean {
  try {
    tool.run(page);
    return true;
  } catch {
    return false;
  }
}

/** Warms up, then runs whole passes over `pages` until `budgetSeconds` is spent (at least one pass). */
function measure(tool: Tool, pages: readonly Page[], budgetSeconds: number): Timing {
  for (const page of pages.slice(0, WARMUP_PAGES)) runOnce(tool, page);
  let done = 0;
  let failures = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const page of pages) {
      if (!runOnce(tool, page)) failures++;
      done++;
    }
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < budgetSeconds);
  return { tool: tool.name, pages: done, seconds: elapsed, failures };
}

function rate(timing: Timing): number {
  return timing.pages / timing.seconds;
}

function printTimings(timings: readonly Timing[]): void {
  const rows = timings.map((t) => [
    t.tool,
    String(t.pages),
    t.seconds.toFixed(2),
    rate(t).toFixed(1),
    ((t.seconds * 1000) / t.pages).toFixed(2),
    String(t.failures),
  ]);
  printTable(['tool', 'pages', 'seconds', 'pages/s', 'ms/page', 'failures'], rows);
}

function printRatios(timings: readonly Timing[]): void {
  const byName = new Map(timings.map((t) => [t.tool, t]));
  const pairs: [string, string][] = [
    ['newsgraph', 'readability-linkedom'],
    [SUBSET_NAME, 'readability-jsdom'],
    ['newsgraph', 'bare-parse'],
  ];
  for (const [oursName, other] of pairs) {
    const ours = byName.get(oursName);
    const theirs = byName.get(other);
    if (ours && theirs) console.log(`newsgraph/${other}: ${(rate(ours) / rate(theirs)).toFixed(2)}x the pages per second`);
  }
}

// ---------------------------------------------------------------- memory

interface MemoryReport {
  docs: number;
  seconds: number;
  startMb: number;
  midMb: number;
  peakMb: number;
  endMb: number;
  firstTenthPeakMb: number;
  lastTenthPeakMb: number;
}

function rssMb(): number {
  return process.memoryUsage.rss() / MB;
}

function memoryRun(pages: readonly Page[], docs: number): MemoryReport {
  const every = Math.max(1, Math.floor(docs / MEMORY_SAMPLES));
  const edge = Math.max(1, Math.floor(docs * EDGE_SHARE));
  const startMb = rssMb();
  let midMb = startMb;
  let peakMb = startMb;
  let firstTenthPeakMb = 0;
  let lastTenthPeakMb = 0;
  const start = performance.now();
  for (let i = 0; i < docs; i++) {
    const page = pages[i % pages.length];
    if (page) extractHtml(page.html, page.url ? { url: page.url } : {});
    if ((i + 1) % every !== 0 && i !== docs - 1) continue;
    const rss = rssMb();
    peakMb = Math.max(peakMb, rss);
    if (i < edge) firstTenthPeakMb = Math.max(firstTenthPeakMb, rss);
    if (i >= docs - edge) lastTenthPeakMb = Math.max(lastTenthPeakMb, rss);
    if (i < docs / 2) midMb = rss;
  }
  return {
    docs,
    seconds: (performance.now() - start) / 1000,
    startMb,
    midMb,
    peakMb,
    endMb: rssMb(),
    firstTenthPeakMb,
    lastTenthPeakMb,
  };
}

function printMemory(report: MemoryReport): void {
  const mb = (value: number): string => `${value.toFixed(0)} MB`;
  console.log(`documents: ${report.docs} in ${report.seconds.toFixed(1)} s (${(report.docs / report.seconds).toFixed(1)} pages/s)`);
  console.log(`RSS start ${mb(report.startMb)}, mid ${mb(report.midMb)}, peak ${mb(report.peakMb)}, end ${mb(report.endMb)}`);
  const growth = report.lastTenthPeakMb / report.firstTenthPeakMb - 1;
  const verdict = growth <= FLAT_TOLERANCE ? 'flat' : 'GROWING';
  console.log(
    `peak in first ${EDGE_SHARE * 100}%: ${mb(report.firstTenthPeakMb)}, in last ${EDGE_SHARE * 100}%: ${mb(report.lastTenthPeakMb)} ` +
      `(${(growth * 100).toFixed(1)}%): ${verdict} (tolerance ${FLAT_TOLERANCE * 100}%)`,
  );
}

// ---------------------------------------------------------------- end to end

function cliThroughput(dir: string, pageCount: number): void {
  const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  const workers = availableParallelism();
  const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const start = performance.now();
    const result = spawnSync(process.execPath, [cli, 'extract', pageFolder(dir), '--out', join(scratch, 'out.jsonl'), '--quiet', '--workers', String(workers)], {
      encoding: 'utf8',
    });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) {
      console.log(`CLI run failed (exit ${result.status}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      return;
    }
    const lines = readFileSync(join(scratch, 'out.jsonl'), 'utf8').split('\n').filter(Boolean).length;
    console.log(
      `newsgraph extract, ${workers} workers: ${lines} lines for ${pageCount} pages in ${seconds.toFixed(2)} s ` +
        `(${(lines / seconds).toFixed(1)} pages/s, process start and worker start-up included)`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

function parseOptions(): { dir: string; docs: number; seconds: number; jsdomPages: number; cli: boolean } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      docs: { type: 'string', default: String(DEFAULT_DOCS) },
      seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
      'jsdom-pages': { type: 'string', default: String(DEFAULT_JSDOM_PAGES) },
      'no-cli': { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0];
  const docs = Number(values.docs);
  const seconds = Number(values.seconds);
  const jsdomPages = Number(values['jsdom-pages']);
  if (!dir || !(docs >= 0) || !(seconds > 0) || !(jsdomPages > 0)) {
    console.error('usage: bench-extract DIR [--docs 100000] [--seconds 5] [--jsdom-pages 40] [--no-cli]');
    process.exit(2);
  }
  return { dir, docs, seconds, jsdomPages, cli: !values['no-cli'] };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const pages = loadPages(options.dir);
  if (pages.length === 0) {
    console.error(`no .html or .html.gz pages in ${options.dir}`);
    process.exit(1);
  }
  const chars = pages.reduce((sum, page) => sum + page.html.length, 0);
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, one core for the timings`);
  console.log(`${pages.length} pages loaded (${(chars / MB).toFixed(1)} M characters), ${pages.filter((p) => p.url).length} with a URL hint\n`);

  const { fast, jsdom } = await makeTools();
  const timings = fast.map((tool) => measure(tool, pages, options.seconds));
  // jsdom only sees a subset; newsgraph is timed on the same subset so that ratio compares like with like.
  const subset = pages.slice(0, options.jsdomPages);
  const newsgraph = fast.find((tool) => tool.name === 'newsgraph');
  if (newsgraph) timings.push(measure({ name: SUBSET_NAME, run: newsgraph.run }, subset, options.seconds));
  timings.push(measure(jsdom, subset, options.seconds));
  printTimings(timings);
  console.log(`(readability-jsdom and ${SUBSET_NAME} ran on the first ${subset.length} pages only)\n`);
  printRatios(timings);

  if (options.docs > 0) {
    console.log('\nmemory: extractHtml in-process');
    printMemory(memoryRun(pages, options.docs));
  }
  if (options.cli) {
    console.log('\nend to end');
    cliThroughput(options.dir, pages.length);
  }
}

await main();
