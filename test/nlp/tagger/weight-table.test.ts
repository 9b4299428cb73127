import { describe, expect, it } from 'vitest';
import { TAG_COUNT } from '../../../src/nlp/tagger/tags.js';
import { buildProbeTable } from '../../../src/nlp/tagger/weight-table.js';

describe('probe table', () => {
  it('finds every stored key with its own weights, even keys that start in the same slot, and misses others', () => {
    // 0, 1024 and 2048 share their low bits, so they collide in any table of up to 1024 slots
    const keys = Uint32Array.from([0, 5, 1024, 2048, 99_999]);
    const weights = Float32Array.from({ length: keys.length * TAG_COUNT }, (_, i) => i + 0.5);
    const table = buildProbeTable(keys, weights);
    keys.forEach((key, row) => {
      const slot = table.slotOf(key);
      expect(slot).toBeGreaterThanOrEqual(0);
      expect([...table.weights.subarray(slot * TAG_COUNT, (slot + 1) * TAG_COUNT)]).toEqual([...weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT)]);
    });
    for (const absent of [1, 3072, 100_000]) expect(table.slotOf(absent)).toBe(-1);
  });

  it('finds every key of a large table through its filter, and no absent key', () => {
    // Mixed 30-bit keys like feature-hash.ts's, many more than the filter's first bits tell apart.
    const keys = Uint32Array.from(new Set(Array.from({ length: 150_000 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) >>> 2) & 0x3fffffff))).sort();
    const table = buildProbeTable(keys, new Float32Array(keys.length * TAG_COUNT));
    expect(keys.filter((key) => table.slotOf(key) < 0).length).toBe(0);
    const present = new Set(keys);
    let found = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const absent = (Math.imul(i + 7, 0x85ebca6b) >>> 2) & 0x3fffffff;
      if (!present.has(absent) && table.slotOf(absent) >= 0) found += 1;
    }
    expect(found).toBe(0);
  });

  it('answers on an empty model', () => {
    expect(buildProbeTable(new Uint32Array(0), new Float32Array(0)).slotOf(42)).toBe(-1);
  });
});
