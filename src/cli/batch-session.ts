/**
 * What every batch command (extract, ingest) does the same way: choose in-process or worker-pool
 * processing, show progress on a terminal, and run the ordered batch over the inputs into a sink.
 */
import { performance } from 'node:perf_hooks';
import type { InputItem } from '../input/document.js';
import { runBatch } from './batch-runner.js';
import { type DocumentProcessor, createInProcessProcessor } from './document-processor.js';
import { ConsumedBytes, measureInputs } from './input-size.js';
import type { StoreLineSink } from './batch-runner.js';
import { NO_PROGRESS, type Progress, createTerminalProgress } from './progress.js';
import { type BatchCounts, totalErrors } from './summary.js';
import { WorkerPool } from './worker-pool.js';

/** A document still being extracted after this long is abandoned (worker mode only). */
export const DEFAULT_TIMEOUT_SECONDS = 60;
/**
 * Items read but not yet written, per worker. Enough to keep every worker busy while one slow page
 * holds up the reorder buffer, small enough that memory stays flat on any input size.
 */
const MAX_PENDING_PER_WORKER = 16;

export interface BatchSessionOptions {
  workers: number;
  timeout: number;
  workerMemory?: number;
  quiet?: boolean;
  progress: boolean;
  /** Workers also prepare articles for the store (ingest). */
  forStore?: boolean;
}

export function openProcessor(options: BatchSessionOptions): DocumentProcessor {
  if (options.workers === 1) return createInProcessProcessor();
  return new WorkerPool({ size: options.workers, timeoutMs: options.timeout * 1000, heapLimitMb: options.workerMemory, forStore: options.forStore === true });
}

export function openProgress(options: BatchSessionOptions): Progress {
  if (options.quiet || !options.progress || !process.stderr.isTTY) return NO_PROGRESS;
  return createTerminalProgress(process.stderr);
}

export interface BatchSession {
  /** The input paths, to size the progress bar. */
  inputs: readonly string[];
  items: AsyncIterable<InputItem>;
  sink: StoreLineSink;
  skipIds: ReadonlySet<string>;
  startedAt: number;
}

/** Runs the batch with progress, then stops the progress bar, the processor and the sink. */
export async function runBatchSession(session: BatchSession, options: BatchSessionOptions): Promise<BatchCounts> {
  const progress = openProgress(options);
  const sizes = progress === NO_PROGRESS ? null : await measureInputs(session.inputs);
  const consumed = new ConsumedBytes(sizes?.files ?? new Map());
  const processor = openProcessor(options);
  try {
    return await runBatch({
      items: session.items,
      processor,
      sink: session.sink,
      skipIds: session.skipIds,
      maxPending: processor.concurrency * MAX_PENDING_PER_WORKER,
      onItemDone(done, soFar) {
        consumed.advance(done.path, done.contentLength);
        progress.update({
          documents: soFar.records + totalErrors(soFar),
          elapsedMs: performance.now() - session.startedAt,
          bytesDone: sizes?.total == null ? null : consumed.value,
          bytesTotal: sizes?.total ?? null,
        });
      },
    });
  } finally {
    progress.stop();
    await processor.close();
    session.sink.close();
  }
}
