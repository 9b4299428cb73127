/**
 * `newsgraph export`: the stored corpus as JSON Lines, CSV tables, GeoJSON places or GDELT GKG 2.1
 * lines (src/export/). Records are read one at a time in storage order and written as they come,
 * so an export's memory does not grow with the corpus (GeoJSON keeps one tally per place).
 */
import { existsSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError } from 'commander';
import type { ArticleRecord } from '../record/schema.js';
import { exportCsv } from '../export/csv.js';
import { EXPORT_FORMATS, type ExportFormat, FORMAT_DESCRIPTIONS, isExportFormat } from '../export/formats.js';
import { exportGeoJson } from '../export/geojson.js';
import { exportGkg } from '../export/gkg.js';
import { exportJsonl } from '../export/jsonl.js';
import { type OpenOutput, STDOUT_PATH, openCsvFolder, openOutput } from '../export/outputs.js';
import { TextWriter } from '../export/text-writer.js';
import type { RecordFilter, Store } from '../store/store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from './exit-codes.js';
import { DEFAULT_DB } from './ingest.js';
import { NO_PROGRESS, type Progress, createTerminalProgress } from './progress.js';

const DAY_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const HELP = `
Formats:
${EXPORT_FORMATS.map((format) => `  ${format.padEnd(8)} ${FORMAT_DESCRIPTIONS[format]}`).join('\n')}

--out is a file, or - for standard output (the default); for csv it is a folder (created when
missing) that receives articles.csv, entities.csv, mentions.csv, quotes.csv, dates.csv and
amounts.csv. Duplicates linked to an original are left out unless --include-duplicates is given.

Examples:
  newsgraph export --format jsonl --out corpus.jsonl
  newsgraph export --format csv --out tables/ --from 2025-02 --to 2025-03
  newsgraph export --format geojson --out places.geojson
  newsgraph export --format gkg --db corpus.db > corpus.gkg.csv`;

export interface ExportOptions {
  db: string;
  format: ExportFormat;
  out: string;
  from?: string;
  to?: string;
  includeDuplicates?: boolean;
  quiet?: boolean;
  progress: boolean;
}

function parseFormat(value: string): ExportFormat {
  if (!isExportFormat(value)) throw new InvalidArgumentError(`expected one of ${EXPORT_FORMATS.join(', ')}.`);
  return value;
}

function parseDay(value: string): string {
  if (!DAY_PREFIX.test(value)) throw new InvalidArgumentError('expected a date such as 2025-02-12, 2025-02 or 2025.');
  return value;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export the corpus database as JSON Lines, CSV tables, GeoJSON places or GDELT GKG 2.1.')
    .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, parseFormat)
    .option('-o, --out <path>', 'a file, - for standard output; a folder for csv', STDOUT_PATH)
    .option('--db <file>', 'the SQLite database written by ingest', DEFAULT_DB)
    .option('--from <date>', 'published on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)', parseDay)
    .option('--to <date>', 'published on or before this day (a month or year includes all of it)', parseDay)
    .option('--include-duplicates', 'also export articles linked as duplicates of another')
    .option('-q, --quiet', 'print no progress and no summary')
    .option('--no-progress', 'print no progress line')
    .addHelpText('after', HELP)
    .action(async (options: ExportOptions) => {
      process.exitCode = await runExport(options);
    });
}

function recordFilter(options: ExportOptions): RecordFilter {
  const filter: RecordFilter = { includeDuplicates: options.includeDuplicates ?? false };
  if (options.from !== undefined) filter.from = options.from;
  if (options.to !== undefined) filter.to = options.to;
  return filter;
}

/** How many records the export will read, when the store can say without reading them (no date bounds). */
function expectedTotal(store: Store, filter: RecordFilter): number | null {
  if (filter.from !== undefined || filter.to !== undefined) return null;
  const counts = store.counts();
  return filter.includeDuplicates ? counts.articles : counts.articles - counts.duplicates;
}

/** The records, reporting each one read to the progress line. */
function* counted(records: Iterable<ArticleRecord>, progress: Progress, total: number | null): Generator<ArticleRecord> {
  const startedAt = performance.now();
  let done = 0;
  for (const record of records) {
    yield record;
    done += 1;
    progress.update({ documents: done, elapsedMs: performance.now() - startedAt, bytesDone: total === null ? null : done, bytesTotal: total });
  }
}

function checkOut(options: ExportOptions): void {
  if (options.format === 'csv') {
    if (options.out === STDOUT_PATH) throw new UsageError('--format csv writes one file per table: give --out a folder.');
    if (existsSync(options.out) && !statSync(options.out).isDirectory()) throw new UsageError(`--format csv needs --out to be a folder; ${options.out} is a file.`);
  } else if (existsSync(options.out) && statSync(options.out).isDirectory()) {
    throw new UsageError(`--format ${options.format} writes one file; ${options.out} is a folder.`);
  }
}

async function writeFormat(format: ExportFormat, records: Iterable<ArticleRecord>, out: string): Promise<{ records: number; detail: string }> {
  if (format === 'csv') {
    const outputs = openCsvFolder(out);
    try {
      const writers = new Map([...outputs].map(([file, output]) => [file, output.writer] as [string, TextWriter]));
      return { records: await exportCsv(records, writers), detail: `${outputs.size} tables` };
    } finally {
      await Promise.all([...outputs.values()].map((output) => output.end()));
    }
  }
  const output: OpenOutput = openOutput(out);
  try {
    if (format === 'geojson') {
      const result = await exportGeoJson(records, output.writer);
      return { records: result.records, detail: `${result.features} places` };
    }
    const count = format === 'gkg' ? await exportGkg(records, output.writer) : await exportJsonl(records, output.writer);
    return { records: count, detail: `${count} lines` };
  } finally {
    await output.end();
  }
}

export async function runExport(options: ExportOptions): Promise<number> {
  checkOut(options);
  if (!existsSync(options.db)) {
    process.stderr.write(`newsgraph export: no database at ${options.db}: run "newsgraph ingest INPUT... --db ${options.db}" first\n`);
    return EXIT_FAILURE;
  }
  if (options.out === STDOUT_PATH) {
    // A closed pipe (`| head`) ends the export quietly, as command-line tools do.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(EXIT_OK);
      throw error;
    });
  }
  const store = new SqliteStore(options.db, { readonly: true });
  const progress = options.quiet || !options.progress || !process.stderr.isTTY ? NO_PROGRESS : createTerminalProgress(process.stderr);
  const startedAt = performance.now();
  try {
    const filter = recordFilter(options);
    const records = counted(store.records(filter), progress, expectedTotal(store, filter));
    const result = await writeFormat(options.format, records, options.out);
    progress.stop();
    if (!options.quiet) {
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      const where = options.out === STDOUT_PATH ? 'standard output' : options.out;
      process.stderr.write(`exported ${result.records} articles as ${options.format} (${result.detail}) to ${where} in ${seconds} s\n`);
    }
    return EXIT_OK;
  } finally {
    store.close();
  }
}
