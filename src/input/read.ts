/**
 * readInputs: every input path (file, folder, "-") -> a stream of documents and error items, in a
 * stable order (folders walked recursively in sorted order; containers in their own order).
 * PLACEHOLDER signature until the readers land.
 */
import type { InputItem } from './document.js';

export interface ReadOptions {
  /** Forces how single HTML/text files are read ("html" or "text"); containers keep their own rules. */
  format?: 'html' | 'text';
  /** URL to record for a single input document (from --url). */
  url?: string;
  /** Publication date to record for a single input document (from --published). */
  published?: string;
  /** Documents larger than this (decoded bytes) become `input/too-large` errors. */
  maxBytes?: number;
  /** Standard input, for the path "-" (injectable for tests). */
  stdin?: NodeJS.ReadableStream;
}

export async function* readInputs(_inputs: readonly string[], _options: ReadOptions = {}): AsyncGenerator<InputItem> {
  // placeholder
}
