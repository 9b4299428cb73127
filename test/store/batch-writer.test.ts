import { describe, expect, it } from 'vitest';
import type { OutputLine } from '../../src/record/schema.js';
import { BatchWriter, MAX_BATCH_AGE_MS } from '../../src/store/batch-writer.js';
import type { PutResult, Store } from '../../src/store/store.js';
import { SCHOOL_STORY, makeErrorRecord, makeRecord } from './articles.js';

/** A store that records the batches it is given and answers with scripted outcomes. */
function recordingStore(outcome: (line: OutputLine) => PutResult): Store & { batches: string[][] } {
  const batches: string[][] = [];
  return {
    batches,
    put(lines) {
      batches.push(lines.map((line) => line.id));
      return lines.map(outcome);
    },
    knownIds: () => new Set(),
    search: () => ({ total: 0, totalExact: true, hits: [], next: null }),
    counts: () => ({ articles: 0, duplicates: 0, failures: 0, sameContent: 0 }),
    resolveEntity: () => [],
    suggestEntities: () => [],
    entityProfile: () => null,
    quotes: () => ({ total: 0, quotes: [] }),
    timeline: () => ({ events: [], sampled: false }),
    places: () => ({ type: 'FeatureCollection' as const, features: [], sampled: false }),
    network: () => ({ nodes: [], edges: [], sampled: false }),
    records: () => [][Symbol.iterator](),
    record: () => null,
    close() {},
  };
}

const stored = (line: OutputLine): PutResult => ({
  id: line.id,
  outcome: 'error' in line ? 'failed' : 'stored',
  duplicateOf: line.id.endsWith('copy') ? 'orig' : null,
  duplicateReason: line.id.endsWith('copy') ? 'near-duplicate' : null,
});

describe('BatchWriter', () => {
  it('commits full batches as they fill and the rest on flush', () => {
    const store = recordingStore(stored);
    const writer = new BatchWriter(store, { batchSize: 2 });
    for (const id of ['a', 'b', 'c']) writer.add(makeRecord({ id, text: SCHOOL_STORY }));
    expect(store.batches).toEqual([['a', 'b']]);
    writer.flush();
    writer.flush();
    expect(store.batches).toEqual([['a', 'b'], ['c']]);
  });

  it('commits a batch that has waited too long even when it is not full', () => {
    const store = recordingStore(stored);
    let now = 0;
    const writer = new BatchWriter(store, { batchSize: 100, now: () => now });
    writer.add(makeRecord({ id: 'early', text: SCHOOL_STORY }));
    now = MAX_BATCH_AGE_MS;
    writer.add(makeRecord({ id: 'late', text: SCHOOL_STORY }));
    expect(store.batches).toEqual([['early', 'late']]);
  });

  it('counts what the store did with each line', () => {
    const writer = new BatchWriter(recordingStore(stored), { batchSize: 10 });
    writer.add(makeRecord({ id: 'orig', text: SCHOOL_STORY }));
    writer.add(makeRecord({ id: 'wire-copy', text: SCHOOL_STORY }));
    writer.add(makeErrorRecord('broken', 'input/empty', 'empty file'));
    writer.flush();
    expect(writer.counts).toEqual({ stored: 2, sameUrl: 0, nearDuplicates: 1, sameContent: 0, alreadyStored: 0, failed: 1 });
  });
});
