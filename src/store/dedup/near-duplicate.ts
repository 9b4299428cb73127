/**
 * Deciding whether a new text is a near-duplicate of a stored one.
 *
 * Jaccard similarity alone punishes wire copy that one outlet trimmed: a copy holding half the
 * story has Jaccard 0.5 with the full one although every sentence of it is in the original. So the
 * decision also uses containment, the share of the smaller text's shingles found in the larger,
 * derived from the Jaccard estimate and the two set sizes.
 */
import { estimateJaccard } from './minhash.js';

/**
 * Containment at or above this makes a near-duplicate: most of the smaller text is in the larger.
 * 0.6 and not higher: a syndicated copy with a word changed every sentence or two ("the two Pacific
 * neighbours", "outside Nadi") keeps only about two thirds of its 5-word shingles (samples/ holds one).
 */
export const MIN_CONTAINMENT = 0.6;
/** And Jaccard at or above this: a two-paragraph stub is not a copy of a long feature that quotes it. */
export const MIN_JACCARD = 0.2;
/** Texts with fewer shingles than this are too short to judge (a headline-only item): never linked. */
export const MIN_SHINGLES = 20;

export interface Fingerprint {
  signature: Uint32Array;
  /** Distinct shingles in the text. */
  shingleCount: number;
}

export interface Similarity {
  jaccard: number;
  containment: number;
}

/** |A∩B| = J(|A|+|B|)/(1+J), so containment = |A∩B| / min(|A|,|B|). */
export function similarity(a: Fingerprint, b: Fingerprint): Similarity {
  const jaccard = estimateJaccard(a.signature, b.signature);
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  if (smaller === 0) return { jaccard, containment: 0 };
  const shared = (jaccard * (a.shingleCount + b.shingleCount)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / smaller) };
}

export function isJudgeable(fingerprint: Fingerprint): boolean {
  return fingerprint.shingleCount >= MIN_SHINGLES;
}

export function isNearDuplicate(a: Fingerprint, b: Fingerprint): boolean {
  if (!isJudgeable(a) || !isJudgeable(b)) return false;
  const s = similarity(a, b);
  return s.containment >= MIN_CONTAINMENT && s.jaccard >= MIN_JACCARD;
}

/** The candidate that `fingerprint` duplicates most closely, or null when none qualifies. */
export function bestNearDuplicate<T extends Fingerprint>(fingerprint: Fingerprint, candidates: readonly T[]): { match: T; similarity: Similarity } | null {
  let best: { match: T; similarity: Similarity } | null = null;
  for (const candidate of candidates) {
    if (!isNearDuplicate(fingerprint, candidate)) continue;
    const s = similarity(fingerprint, candidate);
    if (best === null || s.containment + s.jaccard > best.similarity.containment + best.similarity.jaccard) best = { match: candidate, similarity: s };
  }
  return best;
}
