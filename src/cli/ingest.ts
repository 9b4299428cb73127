/**
 * `newsgraph ingest`: documents in, records stored in the corpus database. Reads and extracts
 * exactly as `extract` does (same readers, worker pool and batch runner); instead of writing JSON
 * Lines, the lines go to a BatchWriter that commits them to the store in transactions.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type Command, Option } from 'commander';
import { type ReadOptions, readInputs } from '../input/read.js';
import type { ArticleRecord, OutputLine } from '../record/schema.js';
import { type PreparedArticle, attachPrepared } from '../store/sqlite/prepared-article.js';
import { BatchWriter, DEFAULT_BATCH_SIZE, formatIngestCounts } from '../store/batch-writer.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { DEFAULT_TIMEOUT_SECONDS, runBatchSession } from './batch-session.js';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import type { StoreLineSink } from './batch-runner.js';
import { parsePositiveInteger, parsePositiveSeconds } from './option-parsers.js';
import { formatSummary } from './summary.js';

export const DEFAULT_DB = 'newsgraph.db';

const HELP = `
Ingest is idempotent: a document whose id is stored, or whose text is already stored under another
id, is not stored twice; an updated version of a stored URL and a near-duplicate text (wire copy)
are stored and linked to their original. A killed run loses at most its last uncommitted batch:
run it again (with --resume to skip extraction of what is stored).

Examples:
  newsgraph ingest samples/
  newsgraph ingest crawl/ feeds.xml archive.warc.gz --db corpus.db --workers 8
  newsgraph ingest crawl/ --db corpus.db --resume`;

export interface IngestOptions {
  db: string;
  format?: 'html' | 'text';
  workers: number;
  resume?: boolean;
  timeout: number;
  maxBytes?: number;
  workerMemory?: number;
  batchSize: number;
  quiet?: boolean;
  progress: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Extract records from the inputs (as extract does) and store them in the corpus database.')
    .argument('<inputs...>', 'files or folders, gzip or not, as for extract; "-" reads standard input')
    .option('--db <file>', 'the SQLite database (created when missing)', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'read single pages as this format instead of detecting it').choices(['html', 'text']))
    .option('-w, --workers <n>', 'worker threads; 1 runs in-process', parsePositiveInteger, availableParallelism())
    .option('--resume', 'do not even extract documents whose id the database already holds')
    .option('--timeout <seconds>', 'give up on one document after this long (worker mode)', parsePositiveSeconds, DEFAULT_TIMEOUT_SECONDS)
    .option('--worker-memory <mb>', 'heap limit per worker thread', parsePositiveInteger)
    .option('--max-bytes <n>', 'documents larger than this become input/too-large failures', parsePositiveInteger)
    .option('--batch-size <n>', 'documents per transaction', parsePositiveInteger, DEFAULT_BATCH_SIZE)
    .option('-q, --quiet', 'print no progress and no summary')
    .option('--no-progress', 'print no progress bar')
    .addHelpText('after', HELP)
    .action(async (inputs: string[], options: IngestOptions) => {
      process.exitCode = await runIngest(inputs, options);
    });
}

/** The batch runner writes serialised lines; the store wants records (with their prepared form when a worker made it). */
function storeSink(writer: BatchWriter): StoreLineSink {
  return {
    write(line: string): void {
      writer.add(JSON.parse(line) as OutputLine);
    },
    writePrepared(line: string, prepared: PreparedArticle): void {
      const record = JSON.parse(line) as ArticleRecord;
      attachPrepared(record, prepared);
      writer.add(record);
    },
    close(): void {
      writer.flush();
    },
  };
}

export async function runIngest(inputs: readonly string[], options: IngestOptions): Promise<number> {
  const startedAt = performance.now();
  const store = new SqliteStore(options.db);
  try {
    const skipIds = options.resume ? store.knownIds() : new Set<string>();
    if (options.resume && !options.quiet) process.stderr.write(`resume: ${skipIds.size} documents already in ${options.db}\n`);
    const readOptions: ReadOptions = { stdin: process.stdin };
    if (options.format) readOptions.format = options.format;
    if (options.maxBytes !== undefined) readOptions.maxBytes = options.maxBytes;
    const writer = new BatchWriter(store, { batchSize: options.batchSize });
    const sink = storeSink(writer);
    const counts = await runBatchSession({ inputs, items: readInputs(inputs, readOptions), sink, skipIds, startedAt }, { ...options, forStore: true });
    if (!options.quiet) {
      const seconds = (performance.now() - startedAt) / 1000;
      process.stderr.write(`${formatSummary(counts, seconds)}\n${formatIngestCounts(writer.counts)}\n`);
    }
    if (counts.readable === 0) {
      process.stderr.write('newsgraph ingest: no input could be read\n');
      return EXIT_FAILURE;
    }
    return EXIT_OK;
  } finally {
    store.close();
  }
}
