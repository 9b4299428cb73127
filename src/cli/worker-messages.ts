/**
 * The messages between the main thread and extraction workers. Kept small: a document goes in,
 * one serialised line comes out.
 */
import type { Document } from '../input/document.js';
import type { SerializedLine } from './serialize-line.js';

/** Main thread -> worker: process this document. */
export interface JobMessage {
  job: number;
  document: Document;
  /** Also prepare the article for the store (ingest): see serialize-line.ts. */
  forStore?: boolean;
}

/** Worker -> main thread. */
export type WorkerMessage =
  /** The worker has built its pipeline and can take jobs. */
  | { type: 'ready' }
  /** The result for one job. */
  | ({ type: 'done'; job: number } & SerializedLine);
