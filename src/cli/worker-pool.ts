/**
 * A pool of extraction worker threads behind the DocumentProcessor interface.
 *
 * Each worker holds at most one document at a time, so when a worker dies (out of memory on a huge
 * page, a native crash) or stops answering (a runaway loop), exactly one document is to blame: it
 * gets an `extract/failed` error line, the worker is replaced, and the batch goes on. A worker that
 * dies before it is ready means the worker script itself is broken: that stops the batch.
 */
import { Worker } from 'node:worker_threads';
import type { Document } from '../input/document.js';
import { describe, errorRecord } from '../pipeline.js';
import type { DocumentProcessor } from './document-processor.js';
import { type SerializedLine, serializeLine } from './serialize-line.js';
import type { JobMessage, WorkerMessage } from './worker-messages.js';

/** The compiled worker script, beside this file in dist/src/cli/. */
const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

export interface WorkerPoolOptions {
  /** Number of worker threads. */
  size: number;
  /** A document still unanswered after this long is abandoned and its worker replaced. */
  timeoutMs: number;
  /**
   * Heap limit per worker in MB (V8 old generation). A document that needs more kills only its
   * worker (ERR_WORKER_OUT_OF_MEMORY), never the batch. Unset: Node's default limit.
   */
  heapLimitMb?: number;
  /** Overrides the worker script (tests). */
  script?: URL;
  /** Workers also prepare each article for the store (ingest): SerializedLine.prepared. */
  forStore?: boolean;
}

interface Job {
  id: number;
  document: Document;
  resolve(line: SerializedLine): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current: Job | null;
  timer: NodeJS.Timeout | null;
  /** Why the worker is going away, when the pool already knows (timeout, thrown error). */
  cause: string | null;
}

function failureLine(document: Document, reason: string): SerializedLine {
  return serializeLine(errorRecord(document, 'extract/failed', `${describe(document)}: extraction failed: ${reason}`));
}

function timeoutLine(document: Document, seconds: number): SerializedLine {
  return serializeLine(
    errorRecord(document, 'extract/timeout', `${describe(document)}: extraction timed out after ${seconds} s`),
  );
}

export class WorkerPool implements DocumentProcessor {
  readonly concurrency: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextJobId = 0;
  private closing = false;
  private fatal: Error | null = null;

  constructor(private readonly options: WorkerPoolOptions) {
    this.concurrency = options.size;
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  process(document: Document): Promise<SerializedLine> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise<SerializedLine>((resolve, reject) => {
      this.queue.push({ id: this.nextJobId++, document, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const exits = [...this.slots].map((slot) => {
      this.clearTimer(slot);
      return slot.worker.terminate();
    });
    this.slots.clear();
    await Promise.all(exits);
  }

  private spawn(): void {
    const limit = this.options.heapLimitMb;
    const worker = new Worker(this.options.script ?? WORKER_SCRIPT, limit ? { resourceLimits: { maxOldGenerationSizeMb: limit } } : {});
    const slot: Slot = { worker, ready: false, current: null, timer: null, cause: null };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on('error', (error: Error) => {
      slot.cause ??= `worker error: ${error.message}`;
    });
    worker.on('exit', (code: number) => this.onExit(slot, code));
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
    } else {
      const job = slot.current;
      if (!job || job.id !== message.job) return; // a late answer for a job already given up on
      this.clearTimer(slot);
      slot.current = null;
      const { line, id, errorCode, prepared } = message;
      job.resolve(prepared === undefined ? { line, id, errorCode } : { line, id, errorCode, prepared });
    }
    this.pump();
  }

  private onExit(slot: Slot, code: number): void {
    if (this.closing || !this.slots.has(slot)) return;
    this.slots.delete(slot);
    this.clearTimer(slot);
    const cause = slot.cause ?? `worker exited with code ${code}`;
    if (!slot.ready) {
      this.fail(new Error(`an extraction worker failed to start (${cause})`));
      return;
    }
    const job = slot.current;
    if (job) job.resolve(failureLine(job.document, cause));
    this.spawn();
    this.pump();
  }

  private onTimeout(slot: Slot): void {
    const job = slot.current;
    if (!job) return;
    slot.timer = null;
    slot.current = null;
    slot.cause = 'timed out';
    job.resolve(timeoutLine(job.document, this.options.timeoutMs / 1000));
    // terminate() stops even a busy loop; the exit handler then replaces the worker.
    void slot.worker.terminate();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.current || slot.cause) continue;
      const job = this.queue.shift() as Job; // non-empty, checked above
      slot.current = job;
      slot.timer = setTimeout(() => this.onTimeout(slot), this.options.timeoutMs);
      const message: JobMessage = { job: job.id, document: job.document, forStore: this.options.forStore === true };
      slot.worker.postMessage(message);
    }
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private fail(error: Error): void {
    this.fatal = error;
    for (const job of this.queue.splice(0)) job.reject(error);
    for (const slot of this.slots) {
      if (slot.current) slot.current.reject(error);
      slot.current = null;
    }
    void this.close();
  }
}
