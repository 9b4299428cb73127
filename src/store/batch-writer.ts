/**
 * Buffers output lines and hands them to the store in batches: one transaction per batch keeps
 * ingest fast (a commit per document would spend its time syncing the journal) while a crash loses
 * at most the last, uncommitted batch, which a re-run stores again since none of it was recorded.
 */
import type { OutputLine } from '../record/schema.js';
import type { PutOutcome, PutResult, Store } from './store.js';

/** Documents per transaction by default. */
export const DEFAULT_BATCH_SIZE = 64;
/** A batch older than this is committed at the next line even if not full, so a slow run still saves as it goes. */
export const MAX_BATCH_AGE_MS = 2000;

export interface IngestCounts {
  stored: number;
  sameUrl: number;
  nearDuplicates: number;
  sameContent: number;
  alreadyStored: number;
  failed: number;
}

export function emptyIngestCounts(): IngestCounts {
  return { stored: 0, sameUrl: 0, nearDuplicates: 0, sameContent: 0, alreadyStored: 0, failed: 0 };
}

const OUTCOME_FIELD: Readonly<Record<PutOutcome, keyof IngestCounts>> = {
  stored: 'stored',
  failed: 'failed',
  'already-stored': 'alreadyStored',
  'same-content': 'sameContent',
};

export function countResult(counts: IngestCounts, result: PutResult): void {
  counts[OUTCOME_FIELD[result.outcome]]++;
  if (result.duplicateReason === 'same-url') counts.sameUrl++;
  if (result.duplicateReason === 'near-duplicate') counts.nearDuplicates++;
}

export class BatchWriter {
  readonly counts = emptyIngestCounts();
  readonly #store: Store;
  readonly #batchSize: number;
  readonly #now: () => number;
  #pending: OutputLine[] = [];
  #startedAt = 0;

  constructor(store: Store, options: { batchSize?: number; now?: () => number } = {}) {
    this.#store = store;
    this.#batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.#now = options.now ?? Date.now;
  }

  add(line: OutputLine): void {
    if (this.#pending.length === 0) this.#startedAt = this.#now();
    this.#pending.push(line);
    if (this.#pending.length >= this.#batchSize || this.#now() - this.#startedAt >= MAX_BATCH_AGE_MS) this.flush();
  }

  flush(): void {
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    for (const result of this.#store.put(batch)) countResult(this.counts, result);
  }
}

export function formatIngestCounts(counts: IngestCounts): string {
  return [
    `stored:    ${counts.stored} new articles (${counts.sameUrl} updates of a stored URL, ${counts.nearDuplicates} near-duplicates, linked to their originals)`,
    `same text: ${counts.sameContent} (already stored under another id: noted, not stored again)`,
    `present:   ${counts.alreadyStored} (id already in the database)`,
    `failures:  ${counts.failed} (stored in the failures table)`,
  ].join('\n');
}
