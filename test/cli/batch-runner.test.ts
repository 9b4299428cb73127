import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch-runner.js';
import type { DocumentProcessor } from '../../src/cli/document-processor.js';
import type { LineSink } from '../../src/cli/line-sink.js';
import type { SerializedLine } from '../../src/cli/serialize-line.js';
import type { Document, InputItem } from '../../src/input/document.js';
import { documentItem, errorItem } from './fake-documents.js';

function memorySink(): LineSink & { lines: string[] } {
  const lines: string[] = [];
  return { lines, write: (line) => lines.push(line), close: () => {} };
}

/** Answers after a delay that shrinks with the id's number, so later documents finish first. */
function reversingProcessor(concurrency: number, stats: { active: number; maxActive: number }): DocumentProcessor {
  return {
    concurrency,
    async process(document: Document): Promise<SerializedLine> {
      stats.active++;
      stats.maxActive = Math.max(stats.maxActive, stats.active);
      const n = Number(document.id.slice(1));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 20 - n)));
      stats.active--;
      const failed = document.content.includes('unreadable');
      return { line: `line:${document.id}`, id: document.id, errorCode: failed ? 'extract/no-text' : null };
    },
    close: () => Promise.resolve(),
  };
}

async function* itemsOf(items: readonly InputItem[], readLog?: number[]): AsyncGenerator<InputItem> {
  for (const [i, item] of items.entries()) {
    readLog?.push(i);
    yield item;
  }
}

describe('runBatch', () => {
  it('writes lines in input order although later documents finish first', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `d${i}`);
    const sink = memorySink();
    const counts = await runBatch({
      items: itemsOf(ids.map((id) => documentItem(id))),
      processor: reversingProcessor(4, { active: 0, maxActive: 0 }),
      sink,
      skipIds: new Set(),
      maxPending: 8,
    });
    expect(sink.lines).toEqual(ids.map((id) => `line:${id}`));
    expect(counts).toMatchObject({ documents: 20, readable: 20, records: 20, skipped: 0 });
  });

  it('never has more than maxPending items read but unwritten', async () => {
    const stats = { active: 0, maxActive: 0 };
    const readLog: number[] = [];
    const sink = memorySink();
    let worstLead = 0;
    const items = Array.from({ length: 40 }, (_, i) => documentItem(`d${i % 20}`));
    await runBatch({
      items: itemsOf(items, readLog),
      processor: reversingProcessor(3, stats),
      sink: {
        write(line) {
          sink.write(line);
          worstLead = Math.max(worstLead, readLog.length - sink.lines.length);
        },
        close() {},
      },
      skipIds: new Set(),
      maxPending: 5,
    });
    expect(sink.lines).toHaveLength(40);
    expect(stats.maxActive).toBeLessThanOrEqual(5);
    // The reader may be one item ahead: the one it is about to hand over.
    expect(worstLead).toBeLessThanOrEqual(5 + 1);
  });

  it('writes reader errors as error records in place, skips known ids, and counts errors by code', async () => {
    const sink = memorySink();
    const counts = await runBatch({
      items: itemsOf([documentItem('d1'), errorItem('e2'), documentItem('d3', 'unreadable'), documentItem('d4'), errorItem('e5')]),
      processor: reversingProcessor(2, { active: 0, maxActive: 0 }),
      sink,
      skipIds: new Set(['d4', 'e5']),
      maxPending: 4,
    });
    expect(sink.lines).toHaveLength(3);
    expect(sink.lines[0]).toBe('line:d1');
    expect(JSON.parse(sink.lines[1] ?? '')).toMatchObject({ id: 'e2', error: { code: 'input/empty' } });
    expect(sink.lines[2]).toBe('line:d3');
    expect(counts.skipped).toBe(2);
    expect(counts.records).toBe(1);
    expect(Object.fromEntries(counts.errors)).toEqual({ 'input/empty': 1, 'extract/no-text': 1 });
    expect(counts.readable).toBe(3);
  });

  it('stops and rethrows when the processor cannot work at all', async () => {
    const broken: DocumentProcessor = {
      concurrency: 2,
      process: () => Promise.reject(new Error('an extraction worker failed to start')),
      close: () => Promise.resolve(),
    };
    await expect(
      runBatch({ items: itemsOf([documentItem('d1'), documentItem('d2')]), processor: broken, sink: memorySink(), skipIds: new Set(), maxPending: 4 }),
    ).rejects.toThrow(/failed to start/);
  });
});
