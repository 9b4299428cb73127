/**
 * The frozen weights of the tagger as an open-addressed hash table keyed by feature key
 * (feature-hash.ts). Keys are already well mixed, so their low bits pick the first slot and linear
 * probing resolves clashes. The weights are stored in slot order, TAG_COUNT per slot, so a look-up
 * touches the small key array (about 1 MB, mostly cache-resident) and then one run of weights.
 * Keys must stay below 2^32 - 1 (feature keys have HASH_BITS = 30 bits).
 */
import { TAG_COUNT } from './tags.js';

/** Slots per stored key, at least: a sparse table keeps probe runs short. */
const MIN_SLOTS_PER_KEY = 2;
/** Marks a free slot in `slotKeys`, which holds key + 1 (keys have at most 30 bits, so it fits). */
const FREE = 0;

export interface ProbeTable {
  /** Slot of `key`, or -1 when the model has no weights for it. */
  slotOf(key: number): number;
  /** TAG_COUNT weights per slot. */
  readonly weights: Float32Array;
}

function capacityFor(count: number): number {
  let capacity = 1;
  while (capacity < count * MIN_SLOTS_PER_KEY) capacity *= 2;
  return capacity;
}

/** Builds the probe table of `keys`, whose weights are `weights` (TAG_COUNT per key, same order). */
export function buildProbeTable(keys: Uint32Array, weights: Float32Array): ProbeTable {
  const capacity = capacityFor(keys.length);
  const mask = capacity - 1;
  /** One array only, so a probe costs one cache line: key + 1 per slot, FREE when empty. */
  const slotKeys = new Uint32Array(capacity);
  const slotWeights = new Float32Array(capacity * TAG_COUNT);
  keys.forEach((key, row) => {
    let slot = key & mask;
    while (slotKeys[slot] !== FREE && slotKeys[slot] !== key + 1) slot = (slot + 1) & mask;
    slotKeys[slot] = key + 1;
    slotWeights.set(weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT), slot * TAG_COUNT);
  });
  return {
    weights: slotWeights,
    slotOf(key) {
      const stored = key + 1;
      let slot = key & mask;
      for (let held = slotKeys[slot] ?? FREE; held !== FREE; held = slotKeys[slot] ?? FREE) {
        if (held === stored) return slot;
        slot = (slot + 1) & mask;
      }
      return -1;
    },
  };
}
