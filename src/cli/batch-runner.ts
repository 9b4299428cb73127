/**
 * The batch runner: reads input items in order, hands documents to a processor (workers or
 * in-process), and writes one line per item in input order.
 *
 * Memory stays bounded: reading pauses while `maxPending` items are read but not yet written
 * (in flight, or finished and waiting behind a slower one in the reorder buffer), so a 100,000-page
 * folder is never read far ahead of the workers.
 */
import type { InputItem } from '../input/document.js';
import { errorItemRecord } from '../pipeline.js';
import type { DocumentProcessor } from './document-processor.js';
import type { LineSink } from './line-sink.js';
import { ReorderBuffer } from './reorder-buffer.js';
import { type SerializedLine, serializeLine } from './serialize-line.js';
import { type BatchCounts, countError, emptyCounts } from './summary.js';

/** A sink that may also take the store's prepared form of an article beside its line (ingest's). */
export interface StoreLineSink extends LineSink {
  writePrepared?(line: string, prepared: NonNullable<SerializedLine['prepared']>): void;
}

export interface BatchOptions {
  items: AsyncIterable<InputItem>;
  processor: DocumentProcessor;
  sink: StoreLineSink;
  /** Ids already in the output (--resume): their items are counted as skipped, not written. */
  skipIds: ReadonlySet<string>;
  /** Items read but not yet written, at most. */
  maxPending: number;
  /** Called after each item leaves the runner (written or skipped), in input order. */
  onItemDone?: (done: ItemDone, counts: BatchCounts) => void;
}

export interface ItemDone {
  path: string | null;
  /** Decoded characters of the document (0 for reader errors), for progress estimates. */
  contentLength: number;
}

/** What waits in the reorder buffer: the line to write (null when skipped) and where it came from. */
interface Finished extends ItemDone {
  line: string | null;
  errorCode: string | null;
  prepared?: SerializedLine['prepared'];
}

function pathOf(item: InputItem): string | null {
  return item.kind === 'document' ? item.document.source.path : item.path;
}

function idOf(item: InputItem): string {
  return item.kind === 'document' ? item.document.id : item.id;
}

export async function runBatch(options: BatchOptions): Promise<BatchCounts> {
  const counts = emptyCounts();
  const inFlight = new Set<Promise<void>>();
  let fatal: unknown = null;
  const reorder = new ReorderBuffer<Finished>((finished) => {
    if (finished.line === null) {
      counts.skipped++;
    } else {
      if (finished.prepared !== undefined && options.sink.writePrepared !== undefined) options.sink.writePrepared(finished.line, finished.prepared);
      else options.sink.write(finished.line);
      if (finished.errorCode === null) counts.records++;
      else countError(counts, finished.errorCode);
    }
    options.onItemDone?.(finished, counts);
  });

  for await (const item of options.items) {
    while (reorder.pending >= options.maxPending && inFlight.size > 0 && fatal === null) await Promise.race(inFlight);
    if (fatal !== null) break;
    const seq = reorder.reserve();
    counts.documents++;
    if (item.kind === 'document') counts.readable++;
    const path = pathOf(item);
    if (options.skipIds.has(idOf(item))) {
      reorder.put(seq, { line: null, errorCode: null, path, contentLength: 0 });
    } else if (item.kind === 'error') {
      reorder.put(seq, { ...serializeLine(errorItemRecord(item)), path, contentLength: 0 });
    } else {
      const contentLength = item.document.content.length;
      const task: Promise<void> = options.processor
        .process(item.document)
        .then((result) => reorder.put(seq, { line: result.line, errorCode: result.errorCode, prepared: result.prepared, path, contentLength }))
        .catch((error: unknown) => {
          fatal ??= error; // the processor cannot work at all, or the output cannot be written
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
  }
  await Promise.all(inFlight);
  if (fatal !== null) throw fatal;
  return counts;
}
