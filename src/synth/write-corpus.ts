/**
 * Writes a synthetic corpus as JSON Lines, and its duplicate ground truth beside it, in constant
 * memory: lines are made one at a time and flushed in chunks.
 */
import type { LineSink } from '../cli/line-sink.js';
import { SynthCorpus, type SynthOptions } from './corpus.js';
import { DUPLICATE_KINDS, type DuplicateKind } from './duplicates.js';

/** Characters gathered before one write. */
const CHUNK_CHARS = 1 << 20;

export interface CorpusSummary {
  articles: number;
  /** Characters of JSON written (the corpus file, newlines included). */
  chars: number;
  duplicates: Record<DuplicateKind, number>;
  html: number;
  text: number;
}

/** Gathers lines and hands them to a sink in chunks (a sink adds the newline after each write). */
class ChunkedLines {
  #buffer: string[] = [];
  #chars = 0;

  constructor(readonly sink: LineSink) {}

  push(line: string): void {
    this.#buffer.push(line);
    this.#chars += line.length + 1;
    if (this.#chars >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.#buffer.length === 0) return;
    this.sink.write(this.#buffer.join('\n'));
    this.#buffer = [];
    this.#chars = 0;
  }
}

export function writeCorpus(
  options: SynthOptions,
  out: LineSink,
  truth: LineSink | null,
  onArticle: (done: number) => void = () => {},
): CorpusSummary {
  const corpus = new SynthCorpus(options);
  const lines = new ChunkedLines(out);
  const truthLines = truth ? new ChunkedLines(truth) : null;
  const summary: CorpusSummary = {
    articles: 0,
    chars: 0,
    duplicates: Object.fromEntries(DUPLICATE_KINDS.map((kind) => [kind, 0])) as Record<DuplicateKind, number>,
    html: 0,
    text: 0,
  };
  for (const item of corpus.items()) {
    const line = JSON.stringify(item.document);
    lines.push(line);
    summary.articles++;
    summary.chars += line.length + 1;
    if (item.document.html !== undefined) summary.html++;
    else summary.text++;
    if (item.truth) {
      summary.duplicates[item.truth.kind]++;
      truthLines?.push(JSON.stringify(item.truth));
    }
    onArticle(summary.articles);
  }
  lines.flush();
  truthLines?.flush();
  return summary;
}
