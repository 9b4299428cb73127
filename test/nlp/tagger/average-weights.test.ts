import { describe, expect, it } from 'vitest';
import { averageWeightTables } from '../../../src/nlp/tagger/perceptron.js';
import { TAG_COUNT } from '../../../src/nlp/tagger/tags.js';

/** A table with one row per key, every tag weight of a row the given value. */
function table(rows: [number, number][]): { keys: Uint32Array; weights: Float32Array } {
  const weights = new Float32Array(rows.length * TAG_COUNT);
  rows.forEach(([, value], r) => weights.fill(value, r * TAG_COUNT, (r + 1) * TAG_COUNT));
  return { keys: Uint32Array.from(rows, ([key]) => key), weights };
}

describe('averageWeightTables', () => {
  it('averages key by key, a missing key counting as zero, and prunes small means', () => {
    const averaged = averageWeightTables([table([[3, 2], [7, 1], [9, 4]]), table([[1, 0.6], [7, 3], [9, -4]])], 0.5);
    // key 1: 0.3 (pruned), key 3: 1, key 7: 2, key 9: 0 (pruned)
    expect([...averaged.keys]).toEqual([3, 7]);
    expect(averaged.weights[0]).toBeCloseTo(1);
    expect(averaged.weights[TAG_COUNT]).toBeCloseTo(2);
    expect(averaged.weights.length).toBe(2 * TAG_COUNT);
  });

  it('returns one table unchanged apart from pruning', () => {
    const one = table([[5, 1.5], [6, 0.1]]);
    const averaged = averageWeightTables([one], 0.5);
    expect([...averaged.keys]).toEqual([5]);
    expect(averaged.weights[0]).toBeCloseTo(1.5);
  });
});
