/**
 * MinHash signatures and their LSH bands.
 *
 * A signature keeps, for each of SIGNATURE_LENGTH hash functions, the smallest hash of any shingle:
 * the share of positions where two signatures agree estimates the Jaccard similarity of the two
 * shingle sets. Cutting the signature into bands of BAND_ROWS values gives keys that two texts
 * share with high probability when they are similar (locality-sensitive hashing), so candidates are
 * found by an index look-up instead of comparing with every stored article.
 */
import { hashString } from './shingles.js';

/** Rows per band: with 42 bands of 3, a pair at Jaccard 0.5 shares a band with probability > 0.99, one at 0.05 with < 0.01. */
export const BAND_ROWS = 3;
export const BAND_COUNT = 42;
export const SIGNATURE_LENGTH = BAND_ROWS * BAND_COUNT;

/** Fixed seeds (not random) so signatures stored in a database stay comparable across runs. */
const SEED_BASE = 0x9e3779b9;

/** murmur3's 32-bit finalizer: spreads the bits of `x` mixed with `seed`, a cheap per-function hash. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(i + 1, SEED_BASE));

/** The MinHash signature of a set of shingle hashes; all zeros is never produced for a non-empty set by chance alone. */
export function minhashSignature(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const value = mix(shingle, SEEDS[i] as number);
      if (value < (signature[i] as number)) signature[i] = value;
    }
  }
  return signature;
}

export interface BandKey {
  band: number;
  /** A 32-bit hash of the band's rows, stored as a signed integer so SQLite keeps it compact. */
  hash: number;
}

/** Band keys of signatures seen lately: storing an article looks its bands up, then writes them. */
const bandKeysOf = new WeakMap<Uint32Array, BandKey[]>();

/** One key per band (the same array for the same signature object: do not modify it). */
export function bandKeys(signature: Uint32Array): BandKey[] {
  const known = bandKeysOf.get(signature);
  if (known !== undefined) return known;
  const keys: BandKey[] = [];
  for (let band = 0; band < BAND_COUNT; band++) {
    const rows = signature.subarray(band * BAND_ROWS, (band + 1) * BAND_ROWS);
    keys.push({ band, hash: hashString(Array.from(rows).join(',')) | 0 });
  }
  bandKeysOf.set(signature, keys);
  return keys;
}

/** Share of positions where two signatures agree: the Jaccard estimate. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let same = 0;
  for (let i = 0; i < length; i++) if (a[i] === b[i]) same++;
  return same / length;
}
