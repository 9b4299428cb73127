/**
 * A DocumentProcessor turns documents into serialised output lines. Two implementations: in-process
 * (one pipeline on the main thread, --workers 1) and a pool of worker threads (worker-pool.ts).
 * The batch runner does not know which it drives.
 */
import type { Document } from '../input/document.js';
import { createPipeline } from '../pipeline.js';
import { type SerializedLine, serializeLine } from './serialize-line.js';

export interface DocumentProcessor {
  /** How many documents it can usefully work on at once. */
  readonly concurrency: number;
  /** Never rejects for a per-document failure (that becomes an error line); rejects only when it cannot work at all. */
  process(document: Document): Promise<SerializedLine>;
  close(): Promise<void>;
}

/** Runs the pipeline on the calling thread. No timeout is possible here: extraction is synchronous. */
export function createInProcessProcessor(): DocumentProcessor {
  const pipeline = createPipeline();
  return {
    concurrency: 1,
    process(document: Document): Promise<SerializedLine> {
      return Promise.resolve(serializeLine(pipeline.process(document)));
    },
    close(): Promise<void> {
      return Promise.resolve();
    },
  };
}
