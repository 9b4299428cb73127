/**
 * Word shingles: the overlapping runs of SHINGLE_WORDS tokens of a text, each hashed to 32 bits.
 * Two copies of a story share most of their shingles even when a sentence was reworded, a
 * paragraph added or the end trimmed, while two different stories on the same topic share few.
 */

/** Tokens per shingle: long enough that unrelated texts rarely share one, short enough to survive small edits. */
export const SHINGLE_WORDS = 5;

/**
 * A token is a run of letters or digits, except that each Han, Hiragana or Katakana character is a
 * token of its own: those scripts do not put spaces between words, so single characters stand in.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** Lower-cased tokens, so case and punctuation changes do not count as edits. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** 32-bit FNV-1a of a string (UTF-16 code units): cheap, stable across runs and machines. */
export function hashString(value: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/**
 * The distinct shingle hashes of `text`. A text shorter than one shingle yields one shingle made of
 * all its tokens, so short texts still compare equal to their copies.
 */
export function shingleHashes(text: string): Set<number> {
  return shingleHashesOfTokens(tokenize(text));
}

/**
 * The same, from the text's tokens. Each shingle's hash is hashString of its tokens joined by single
 * spaces, computed over the tokens in place rather than on a joined string (no string per shingle).
 */
export function shingleHashesOfTokens(tokens: readonly string[]): Set<number> {
  const hashes = new Set<number>();
  if (tokens.length === 0) return hashes;
  const last = Math.max(0, tokens.length - SHINGLE_WORDS);
  const end = Math.min(tokens.length, SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) {
    let hash = FNV_OFFSET;
    for (let j = i; j < i + end; j++) {
      if (j > i) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
      const token = tokens[j] ?? '';
      for (let k = 0; k < token.length; k++) hash = Math.imul(hash ^ token.charCodeAt(k), FNV_PRIME);
    }
    hashes.add(hash >>> 0);
  }
  return hashes;
}
