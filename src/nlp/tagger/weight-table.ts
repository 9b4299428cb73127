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
/**
 * Bits of the Bloom filter in front of the table: 2^21 bits (256 KB) for the model's ~143k keys,
 * two bits per key, answer "absent" wrongly for no key and let about 2% of absent keys through.
 */
const FILTER_BITS = 21;
const FILTER_MASK = (1 << FILTER_BITS) - 1;
/** Multiplier of the filter's second bit (Fibonacci hashing: the top bits of key * this). */
const FILTER_MULTIPLIER = 0x9e3779b1;

/** The filter's two bit positions of a key: bits 9-29 of the key (the slot reads bits 0-18), and a multiplicative hash. */
function firstFilterBit(key: number): number {
  return (key >>> 9) & FILTER_MASK;
}

function secondFilterBit(key: number): number {
  return Math.imul(key, FILTER_MULTIPLIER) >>> (32 - FILTER_BITS);
}

function hasBit(filter: Int32Array, bit: number): boolean {
  return ((filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

function setBit(filter: Int32Array, bit: number): void {
  filter[bit >>> 5] = (filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
}
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
  /**
   * A Bloom filter of the keys, read before the slots. Most context features of a token are absent
   * from the model (four in five word-bigram keys: some 1,400 look-ups per article), and the filter
   * is small enough to stay in cache where the 2 MB of slot keys is not: an absent key then costs a
   * cache-resident read instead of a likely cache miss. It never rejects a key the table holds.
   */
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  keys.forEach((key, row) => {
    setBit(filter, firstFilterBit(key));
    setBit(filter, secondFilterBit(key));
    let slot = key & mask;
    while (slotKeys[slot] !== FREE && slotKeys[slot] !== key + 1) slot = (slot + 1) & mask;
    slotKeys[slot] = key + 1;
    slotWeights.set(weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT), slot * TAG_COUNT);
  });
  return {
    weights: slotWeights,
    slotOf(key) {
      if (!hasBit(filter, firstFilterBit(key)) || !hasBit(filter, secondFilterBit(key))) return -1;
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
