/**
 * readInputs: every input path (file, folder, "-") -> a stream of documents and error items, in a
 * stable order: inputs in the order given, folders walked recursively in name order, each
 * container's documents in their own order. Nothing is read ahead: items come out as the files
 * are read, so batches of any size stream. Problems become error items; the batch never stops.
 */
import type { InputItem } from './document.js';
import { errorItem } from './errors.js';
import { expandPath, fileChunks } from './files.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { readSource, type SourceOptions } from './read-source.js';
import { stdinChunks } from './stdin.js';

export { DEFAULT_MAX_BYTES } from './limits.js';

export interface ReadOptions {
  /** Forces how single HTML/text files are read ("html" or "text"); containers keep their own rules. */
  format?: 'html' | 'text';
  /** URL to record for a single input document (from --url). */
  url?: string;
  /** Publication date to record for a single input document (from --published). */
  published?: string;
  /** Documents larger than this (decoded bytes) become `input/too-large` errors. Default DEFAULT_MAX_BYTES (32 MiB). */
  maxBytes?: number;
  /** Standard input, for the path "-" (injectable for tests). */
  stdin?: NodeJS.ReadableStream;
}

/** The path that stands for standard input. */
export const STDIN_PATH = '-';

function sourceOptions(options: ReadOptions): SourceOptions {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    ...(options.format ? { format: options.format } : {}),
    ...(options.url ? { url: options.url } : {}),
    ...(options.published ? { published: options.published } : {}),
  };
}

async function* readPath(input: string, options: SourceOptions): AsyncGenerator<InputItem> {
  for await (const entry of expandPath(input)) {
    if (entry.kind === 'error') {
      yield errorItem({ path: entry.path, container: { kind: 'file', index: null } }, entry.code, entry.message);
    } else {
      yield* readSource(fileChunks(entry.path), { path: entry.path, origin: 'file', size: entry.size }, options);
    }
  }
}

export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const resolved = sourceOptions(options);
  for (const input of inputs) {
    if (input === STDIN_PATH) {
      yield* readSource(stdinChunks(options.stdin ?? process.stdin), { path: STDIN_PATH, origin: 'stdin', size: null }, resolved);
    } else {
      yield* readPath(input, resolved);
    }
  }
}
