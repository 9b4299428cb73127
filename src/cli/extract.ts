/**
 * `newsgraph extract`: documents in, records out.
 *
 * One PAGE (a file or "-") without --out prints one pretty JSON record. Anything that holds or may
 * hold several documents (several inputs, a folder, JSON Lines, WARC, feeds), or any run with --out,
 * writes JSON Lines: one line per input document, in input order, spread over worker threads.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type Command, Option } from 'commander';
import type { InputItem } from '../input/document.js';
import { type ReadOptions, readInputs } from '../input/read.js';
import { createPipeline, errorItemRecord } from '../pipeline.js';
import { isErrorRecord } from '../record/schema.js';
import { DEFAULT_TIMEOUT_SECONDS, runBatchSession } from './batch-session.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from './exit-codes.js';
import { type LineSink, openFileSink, openStdoutSink } from './line-sink.js';
import { lookahead } from './lookahead.js';
import { parsePositiveInteger, parsePositiveSeconds, parsePublished, parseUrl } from './option-parsers.js';
import { prepareResume } from './resume.js';
import { type BatchCounts, countError, emptyCounts, formatSummary } from './summary.js';

/** Container kinds that hold exactly one document: a single PAGE of these prints pretty JSON. */
const SINGLE_DOCUMENT_CONTAINERS: ReadonlySet<string> = new Set(['file', 'gzip', 'stdin']);
const PRETTY_INDENT = 2;

const EXIT_STATUS_HELP = `
Exit status:
  0  done; documents that could not be processed are error records in the output, not a failure
  1  no input yielded a single document (every input missing, unreadable or empty), or a fatal error
  2  usage error: unknown option, bad option value, --resume without --out, ...

Examples:
  newsgraph extract page.html
  newsgraph extract scrape.txt --format text --url https://example.com/a --published 2024-01-30
  curl -s https://example.com/a | newsgraph extract - --url https://example.com/a
  newsgraph extract crawl/ feeds.xml archive.warc.gz --out records.jsonl --workers 8
  newsgraph extract crawl/ --out records.jsonl --resume`;

export interface ExtractOptions {
  out?: string;
  format?: 'html' | 'text';
  url?: string;
  published?: string;
  workers: number;
  resume?: boolean;
  timeout: number;
  maxBytes?: number;
  workerMemory?: number;
  quiet?: boolean;
  progress: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract one structured record per article from HTML pages, text scrapes, JSON Lines, WARC archives and feeds.')
    .argument('<inputs...>', 'files or folders (walked recursively in sorted order), gzip or not; "-" reads standard input')
    .option('-o, --out <file>', 'write JSON Lines to this file (default: standard output)')
    .addOption(new Option('--format <format>', 'read single pages as this format instead of detecting it').choices(['html', 'text']))
    .option('--url <url>', 'the page URL, for a single document whose file does not say it', parseUrl)
    .option('--published <date>', 'the publication date (ISO 8601 date or date-time with offset), for a single document', parsePublished)
    .option('-w, --workers <n>', 'worker threads; 1 runs in-process', parsePositiveInteger, availableParallelism())
    .option('--resume', 'skip documents whose id is already in --out and append the rest')
    .option('--timeout <seconds>', 'give up on one document after this long (worker mode)', parsePositiveSeconds, DEFAULT_TIMEOUT_SECONDS)
    .option('--worker-memory <mb>', 'heap limit per worker thread; a page that needs more fails alone', parsePositiveInteger)
    .option('--max-bytes <n>', 'documents larger than this become input/too-large errors', parsePositiveInteger)
    .option('-q, --quiet', 'print no progress and no summary')
    .option('--no-progress', 'print no progress bar')
    .addHelpText('after', EXIT_STATUS_HELP)
    .action(async (inputs: string[], options: ExtractOptions) => {
      process.exitCode = await runExtract(inputs, options);
    });
}

async function isDirectory(path: string): Promise<boolean> {
  if (path === '-') return false;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function checkUsage(inputs: readonly string[], options: ExtractOptions): Promise<void> {
  if (options.resume && !options.out) {
    throw new UsageError('--resume needs --out: it appends to an existing output file');
  }
  if (options.url !== undefined || options.published !== undefined) {
    const several = inputs.length > 1 || (inputs[0] !== undefined && (await isDirectory(inputs[0])));
    if (several) throw new UsageError('--url and --published describe one document; they cannot be used with several inputs or a folder');
  }
}

export async function runExtract(inputs: readonly string[], options: ExtractOptions): Promise<number> {
  await checkUsage(inputs, options);
  const startedAt = performance.now();
  const readOptions: ReadOptions = { stdin: process.stdin };
  if (options.format) readOptions.format = options.format;
  if (options.url !== undefined) readOptions.url = options.url;
  if (options.published !== undefined) readOptions.published = options.published;
  if (options.maxBytes !== undefined) readOptions.maxBytes = options.maxBytes;
  const items = readInputs(inputs, readOptions);
  const only = inputs.length === 1 ? inputs[0] : undefined;
  if (options.out === undefined && only !== undefined && !(await isDirectory(only))) {
    const peek = await lookahead(items, 2);
    const [first] = peek.head;
    if (first !== undefined && peek.head.length === 1 && SINGLE_DOCUMENT_CONTAINERS.has(containerKind(first))) {
      return printSingle(first, options, startedAt);
    }
    return runMany(peek.all, inputs, options, startedAt);
  }
  return runMany(items, inputs, options, startedAt);
}

function containerKind(item: InputItem): string {
  return item.kind === 'document' ? item.document.source.container.kind : item.container.kind;
}

function printSingle(item: InputItem, options: ExtractOptions, startedAt: number): number {
  const output = item.kind === 'document' ? createPipeline().process(item.document) : errorItemRecord(item);
  process.stdout.write(JSON.stringify(output, null, PRETTY_INDENT) + '\n');
  const counts = emptyCounts();
  counts.documents = 1;
  if (item.kind === 'document') counts.readable = 1;
  if (isErrorRecord(output)) countError(counts, output.error.code);
  else counts.records = 1;
  return finish(counts, options, startedAt);
}

async function openSink(options: ExtractOptions): Promise<{ sink: LineSink; skipIds: ReadonlySet<string> }> {
  if (options.out === undefined) return { sink: openStdoutSink(), skipIds: new Set() };
  if (!options.resume) return { sink: openFileSink(options.out, false), skipIds: new Set() };
  const resume = await prepareResume(options.out);
  if (!options.quiet) {
    const cut = resume.truncatedBytes > 0 ? `; cut a partial last line of ${resume.truncatedBytes} bytes` : '';
    process.stderr.write(`resume: ${resume.ids.size} documents already in ${options.out}${cut}\n`);
  }
  return { sink: openFileSink(options.out, true), skipIds: resume.ids };
}

async function runMany(
  items: AsyncIterable<InputItem>,
  inputs: readonly string[],
  options: ExtractOptions,
  startedAt: number,
): Promise<number> {
  const { sink, skipIds } = await openSink(options);
  const counts = await runBatchSession({ inputs, items, sink, skipIds, startedAt }, options);
  return finish(counts, options, startedAt);
}

function finish(counts: BatchCounts, options: ExtractOptions, startedAt: number): number {
  const seconds = (performance.now() - startedAt) / 1000;
  if (!options.quiet) process.stderr.write(formatSummary(counts, seconds) + '\n');
  if (counts.readable === 0) {
    process.stderr.write('newsgraph extract: no input could be read\n');
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}
