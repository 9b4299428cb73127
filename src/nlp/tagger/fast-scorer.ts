/**
 * Inference-time scoring of the tag-independent features with a per-word cache. Most features of
 * a token depend only on one word: its own form, affixes and shape (`wordFeatures`) or a neighbour's
 * lower-cased form (`neighbourFeature`). Their summed weights are computed once per distinct word
 * and kept, so a token costs one cache look-up plus the few features that combine words
 * (`contextFeatures`), instead of building and hashing forty strings. The sums equal those of the
 * plain path (`staticFeatures`) up to floating-point rounding; a test checks that both agree.
 */
import { BOUNDARY, NEIGHBOUR_OFFSETS, type SentenceContext, contextFeatures, neighbourFeature, wordFeatures } from './features.js';
import { TAG_COUNT } from './tags.js';

/** The cache is emptied when it holds this many words, so memory stays bounded on long runs. */
const MAX_CACHED_WORDS = 200_000;
/** Prefix of the cache key of a word seen on an ALL-CAPS line (its features differ). */
const CAPS_KEY_PREFIX = '\u0001';

export type AddFeature = (feature: string, scores: Float64Array) => void;

export interface StaticScorer {
  /** Scores of the tag-independent features, TAG_COUNT per token, in token order. */
  scoreSentence(c: SentenceContext): Float64Array;
}

export function createCachedScorer(addFeature: AddFeature): StaticScorer {
  const local = new Map<string, Float64Array>();
  const neighbour = new Map<string, Float64Array>();
  const localOf = (word: string, capsLine: boolean): Float64Array => {
    const key = capsLine ? CAPS_KEY_PREFIX + word : word;
    let scores = local.get(key);
    if (scores === undefined) {
      if (local.size >= MAX_CACHED_WORDS) local.clear();
      scores = new Float64Array(TAG_COUNT);
      for (const feature of wordFeatures(word, capsLine)) addFeature(feature, scores);
      local.set(key, scores);
    }
    return scores;
  };
  /** Scores of `lower` seen as each neighbour offset, TAG_COUNT per offset. */
  const neighbourOf = (lower: string): Float64Array => {
    let scores = neighbour.get(lower);
    if (scores === undefined) {
      if (neighbour.size >= MAX_CACHED_WORDS) neighbour.clear();
      const fresh = new Float64Array(TAG_COUNT * NEIGHBOUR_OFFSETS.length);
      NEIGHBOUR_OFFSETS.forEach((offset, k) => addFeature(neighbourFeature(offset, lower), fresh.subarray(k * TAG_COUNT, (k + 1) * TAG_COUNT)));
      neighbour.set(lower, fresh);
      scores = fresh;
    }
    return scores;
  };
  return {
    scoreSentence(c) {
      const out = new Float64Array(c.words.length * TAG_COUNT);
      for (let i = 0; i < c.words.length; i += 1) {
        const row = out.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT);
        const own = localOf(c.words[i] ?? '', c.capsLine);
        for (let t = 0; t < TAG_COUNT; t += 1) row[t] = own[t] ?? 0;
        NEIGHBOUR_OFFSETS.forEach((offset, k) => {
          const other = neighbourOf(c.lower[i + offset] ?? BOUNDARY);
          for (let t = 0; t < TAG_COUNT; t += 1) row[t] = (row[t] ?? 0) + (other[k * TAG_COUNT + t] ?? 0);
        });
        for (const feature of contextFeatures(c, i)) addFeature(feature, row);
      }
      return out;
    },
  };
}
