/**
 * `newsgraph synth`: writes a synthetic news corpus as JSON Lines for benchmarks (src/synth/):
 * deterministic for a seed, streamed in constant memory, with duplicates at a known rate whose
 * ground truth can be written beside it.
 */
import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_SYNTH_OPTIONS, type SynthOptions } from '../synth/corpus.js';
import { writeCorpus } from '../synth/write-corpus.js';
import { EXIT_OK } from './exit-codes.js';
import { type LineSink, openFileSink, openStdoutSink } from './line-sink.js';
import { parsePositiveInteger } from './option-parsers.js';
import { NO_PROGRESS, type Progress, createTerminalProgress } from './progress.js';

/** Below this many articles the corpus is written before a progress bar would be worth drawing. */
const PROGRESS_FROM = 1000;

const HELP = `
Everything in the corpus is invented: the people (names paired at random from data/synth/), the
outlets (under the reserved .example domain) and the stories. Countries, cities and organizations
come from the knowledge base. The same --seed always gives the same bytes.

Duplicates (--dup-rate of the documents): exact re-posts on another site, near-duplicates with
small edits, and updated versions under the same URL; --truth writes one line per copy:
{"id", "kind": "exact" | "near" | "update", "of": <original id>, "url"}.

Examples:
  newsgraph synth --articles 1000 --out corpus.jsonl
  newsgraph synth --articles 100000 --out corpus.jsonl --seed 7 --dup-rate 0.05 --truth truth.jsonl
  newsgraph synth --articles 50 --out - > small.jsonl && newsgraph ingest small.jsonl --db small.db`;

export interface SynthCommandOptions {
  articles: number;
  out: string;
  seed: string;
  dupRate: number;
  htmlShare: number;
  years: { from: number; to: number };
  truth?: string;
  quiet?: boolean;
  progress: boolean;
}

export function parseShare(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1.');
  return n;
}

export function parseYears(value: string): { from: number; to: number } {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim());
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? match?.[1]);
  if (!match || from > to) throw new InvalidArgumentError('expected a year or a range of years such as 2019-2025.');
  return { from, to };
}

export function registerSynth(program: Command): void {
  const defaults = DEFAULT_SYNTH_OPTIONS;
  program
    .command('synth')
    .description('Write a synthetic news corpus (JSON Lines input documents) for benchmarks.')
    .requiredOption('--articles <n>', 'documents to write', parsePositiveInteger)
    .requiredOption('-o, --out <file>', 'the JSON Lines file to write ("-": standard output)')
    .option('--seed <seed>', 'any string: the same seed gives the same corpus', defaults.seed)
    .option('--dup-rate <share>', 'share of documents that copy an earlier one', parseShare, defaults.dupRate)
    .option('--html-share <share>', 'share of documents written as HTML pages (the rest: text scrapes)', parseShare, defaults.htmlShare)
    .addOption(
      new Option('--years <from-to>', 'publication years')
        .argParser(parseYears)
        .default(defaults.years, `${defaults.years.from}-${defaults.years.to}`),
    )
    .option('--truth <file>', 'write the duplicates ground truth here (JSON Lines)')
    .option('-q, --quiet', 'print no progress and no summary')
    .option('--no-progress', 'print no progress bar')
    .addHelpText('after', HELP)
    .action((options: SynthCommandOptions) => {
      process.exitCode = runSynth(options);
    });
}

function openProgress(options: SynthCommandOptions): Progress {
  if (options.quiet || !options.progress || !process.stderr.isTTY || options.articles < PROGRESS_FROM) return NO_PROGRESS;
  return createTerminalProgress(process.stderr);
}

export function runSynth(options: SynthCommandOptions): number {
  const startedAt = performance.now();
  const synthOptions: SynthOptions = {
    articles: options.articles,
    seed: options.seed,
    dupRate: options.dupRate,
    htmlShare: options.htmlShare,
    years: options.years,
  };
  const out: LineSink = options.out === '-' ? openStdoutSink() : openFileSink(options.out, false);
  const truth: LineSink | null = options.truth ? openFileSink(options.truth, false) : null;
  const progress = openProgress(options);
  try {
    const summary = writeCorpus(synthOptions, out, truth, (done) => {
      // The bar's "bytes" are documents here: the total is known exactly.
      progress.update({ documents: done, elapsedMs: performance.now() - startedAt, bytesDone: done, bytesTotal: options.articles });
    });
    progress.stop();
    if (!options.quiet) {
      const seconds = (performance.now() - startedAt) / 1000;
      const { exact, near, update } = summary.duplicates;
      process.stderr.write(
        `synth: ${summary.articles} documents (${summary.html} HTML, ${summary.text} text), ` +
          `${(summary.chars / 1024 / 1024).toFixed(1)} MiB, in ${seconds.toFixed(1)} s\n` +
          `duplicates: ${exact + near + update} (${exact} exact re-posts, ${near} near-duplicates, ${update} updates of a URL)\n`,
      );
    }
    return EXIT_OK;
  } finally {
    out.close();
    truth?.close();
  }
}
