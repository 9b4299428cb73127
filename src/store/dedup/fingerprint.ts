/** A text's dedup fingerprint and its exact-content hash. */
import { createHash } from 'node:crypto';
import { minhashSignature } from './minhash.js';
import type { Fingerprint } from './near-duplicate.js';
import { shingleHashesOfTokens, tokenize } from './shingles.js';

export function fingerprintText(text: string): Fingerprint {
  return fingerprintTokens(tokenize(text));
}

/** The fingerprint from the text's tokens (tokenize), when the caller has them already. */
export function fingerprintTokens(tokens: readonly string[]): Fingerprint {
  const shingles = shingleHashesOfTokens(tokens);
  return { signature: minhashSignature(shingles), shingleCount: shingles.size };
}

/**
 * SHA-256 of the text's tokens: the same words in the same order hash the same, whatever the
 * whitespace, case or punctuation, so a re-scrape with different line breaks is "the same content".
 */
export function contentHash(text: string): string {
  return contentHashOfTokens(tokenize(text));
}

export function contentHashOfTokens(tokens: readonly string[]): string {
  return createHash('sha256').update(tokens.join(' ')).digest('hex');
}
