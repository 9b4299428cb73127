/**
 * Integer feature hashing. A feature is a template (what kind of feature: "lower-cased word",
 * "shape of the previous and current word"...) plus one to three values, each already a 32-bit hash
 * (of a word, a shape, a gazetteer label) or a small integer (a tag). The key is mixed arithmetically
 * from those numbers, so no feature string is ever built. Keys keep HASH_BITS bits: enough that two
 * of the ~100k features a training run produces almost never share a key (expected pairs
 * n^2 / 2^(bits+1), about 5), while staying small integers that V8 keeps unboxed in Maps and arrays.
 * The weights then live in a compact open-addressed table of the keys the model uses
 * (weight-table.ts), a few MB that stay in cache, rather than a dense array over all keys.
 */

/** Bits of a feature key. */
export const HASH_BITS = 30;
const KEY_MASK = 2 ** HASH_BITS - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Multipliers of murmur3's 32-bit finaliser, used to spread the combined bits. */
const FMIX_1 = 0x85ebca6b;
const FMIX_2 = 0xc2b2ae35;
/** The golden-ratio constant, added so that combining with 0 still changes the state. */
const GOLDEN = 0x9e3779b9;

/**
 * FNV-1a over the UTF-16 code units text[start..end), as a signed 32-bit integer. Signed, like
 * fmix's result, so that V8 keeps it a small integer: an unsigned hash of 2^31 or more is a double,
 * and the word hashes pass through every feature of every token (a heap number was allocated for
 * each hash read by the context features, some 50 KB per article). Keys are the same either way:
 * `combine` reads only the low 32 bits of a value.
 */
export function hashText(text: string, start = 0, end = text.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/**
 * murmur3's finaliser: every input bit affects every output bit. The result is the signed 32-bit
 * reading of the hash (the bits of the unsigned one): it stays a small integer in V8, where a value
 * of 2^31 or more would be boxed as a heap number on every call. Callers only mask it or fold it
 * into another hash, which read the same 32 bits either way.
 */
function fmix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, FMIX_1);
  h ^= h >>> 13;
  h = Math.imul(h, FMIX_2);
  h ^= h >>> 16;
  return h;
}

/**
 * Folds one more value into a running hash (order matters: (a, b) and (b, a) differ). `value` may be
 * given signed or unsigned: the XOR reads its low 32 bits.
 */
function combine(state: number, value: number): number {
  return fmix(Math.imul(state, FNV_PRIME) ^ (value + GOLDEN));
}

/** The key of a template with no value (a bias). */
export function key0(template: number): number {
  return fmix(template + GOLDEN) & KEY_MASK;
}

export function key1(template: number, a: number): number {
  return combine(template, a) & KEY_MASK;
}

export function key2(template: number, a: number, b: number): number {
  return combine(combine(template, a), b) & KEY_MASK;
}
