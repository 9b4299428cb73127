/**
 * Inference-time scoring of the tag-independent features with a per-word cache. Most features of
 * a token depend only on one word: its own form, affixes and shape (`wordFeatures`) or a neighbour's
 * lower-cased form (`neighbourFeature`). Their summed weights are computed once per distinct word
 * and kept in flat arrays indexed by word id, so a token costs a few array reads plus the few hashed
 * features that combine words
 * (`contextFeatures`), instead of hashing forty features. The sums equal those of the
 * plain path (`staticFeatures`) up to floating-point rounding; a test checks that both agree.
 */
import { BIAS_FEATURE, BOUNDARY_HASH, NEIGHBOUR_OFFSETS, NO_TAG, type SentenceContext, neighbourFeature, tagWordFeature, wordFeatures, writeContextFeatures } from './features.js';
import { TAG_COUNT } from './tags.js';
import type { ProbeTable } from './weight-table.js';


/** Adds the weights of feature `feature` into scores[at..at+TAG_COUNT). */
export type AddFeatureAt = (feature: number, scores: Float64Array, at: number) => void;

export interface StaticScorer {
  /**
   * Scores of the tag-independent features, TAG_COUNT per token, in token order. The array is a view
   * of a buffer the next call overwrites: read it (decode) before scoring another sentence.
   */
  scoreSentence(c: SentenceContext): Float64Array;
  /** The per-word cache of the previous-tag-with-word weights (beam.ts), when built with a probe table. */
  readonly tagWordWeights?: TagWordWeights;
}

/**
 * The weights of tagWordFeature(prev, word) per word id, for the decoder: where they start in
 * `weights` (TAG_COUNT of them), or -1 when the model has none. Ids are those of the sentence last
 * scored (same cache generation).
 */
export interface TagWordWeights {
  offsetOf(id: number, lowerHash: number, prev: number): number;
  readonly weights: Float32Array;
}

/** Tag values a history position can hold: the tags and NO_TAG. */
const TAG_VALUES = NO_TAG + 1;

/** Adds TAG_COUNT values of `from` starting at `fromAt` into `to` starting at `toAt`. */
function addRow(to: Float64Array, toAt: number, from: Float64Array, fromAt: number): void {
  for (let t = 0; t < TAG_COUNT; t += 1) to[toAt + t] = (to[toAt + t] ?? 0) + (from[fromAt + t] ?? 0);
}

/** Words a fresh per-id store has room for before it first grows. */
const INITIAL_WORDS = 4096;

/**
 * Score vectors of `width` values per word id in one growing Float64Array, with a flag per id saying
 * whether it was computed. A plain JS array written at scattered large indices would fall back to a
 * slow dictionary representation in V8; this stays a flat typed array.
 */
class IdScores {
  data: Float64Array;
  filled: Uint8Array;

  constructor(readonly width: number) {
    this.data = new Float64Array(INITIAL_WORDS * width);
    this.filled = new Uint8Array(INITIAL_WORDS);
  }

  /** Makes room for `id`; returns whether its scores are already there. */
  has(id: number): boolean {
    if (id >= this.filled.length) {
      let size = this.filled.length;
      while (size <= id) size *= 2;
      const data = new Float64Array(size * this.width);
      data.set(this.data);
      const filled = new Uint8Array(size);
      filled.set(this.filled);
      this.data = data;
      this.filled = filled;
    }
    return this.filled[id] === 1;
  }
}

/**
 * Per word id, TAG_VALUES weight offsets (one per previous tag) stored as offset + 1: 0 not yet
 * looked up, -1 + 1 = 0 is never stored for "none" (NONE below is).
 */
class IdOffsets {
  data = new Int32Array(INITIAL_WORDS * TAG_VALUES);

  /** The stored value of (id, prev), making room for `id`. */
  get(id: number, prev: number): number {
    if ((id + 1) * TAG_VALUES > this.data.length) {
      let size = this.data.length;
      while (size < (id + 1) * TAG_VALUES) size *= 2;
      const data = new Int32Array(size);
      data.set(this.data);
      this.data = data;
    }
    return this.data[id * TAG_VALUES + prev] ?? 0;
  }
}

/** Stored in IdOffsets for "the model has no weights for this feature". */
const NONE = -1;

/** Per-word scores, valid for one word-cache generation. */
interface WordScores {
  generation: number;
  plain: IdScores;
  caps: IdScores;
  neighbour: IdScores;
  tagWord: IdOffsets;
}

const NEIGHBOUR_WIDTH = TAG_COUNT * NEIGHBOUR_OFFSETS.length;
// scoreSentence adds the four neighbour rows written out one by one.
if (NEIGHBOUR_OFFSETS.length !== 4) throw new Error('fast-scorer.ts expects four neighbour offsets');

function freshScores(generation: number): WordScores {
  return { generation, plain: new IdScores(TAG_COUNT), caps: new IdScores(TAG_COUNT), neighbour: new IdScores(NEIGHBOUR_WIDTH), tagWord: new IdOffsets() };
}

export function createCachedScorer(addFeature: AddFeatureAt, probe?: ProbeTable): StaticScorer {
  let cache = freshScores(-1);
  const tagWordWeights: TagWordWeights | undefined =
    probe === undefined
      ? undefined
      : {
          weights: probe.weights,
          offsetOf(id, lowerHash, prev) {
            const store = cache.tagWord;
            let stored = store.get(id, prev);
            if (stored === 0) {
              const slot = probe.slotOf(tagWordFeature(prev, lowerHash));
              stored = slot < 0 ? NONE : slot * TAG_COUNT + 1;
              store.data[id * TAG_VALUES + prev] = stored;
            }
            return stored === NONE ? -1 : stored - 1;
          },
        };
  /** Makes sure the word-only scores of token i are in the cache. */
  const fillLocal = (c: SentenceContext, i: number): void => {
    const id = c.ids[i] ?? 0;
    const store = c.capsLine ? cache.caps : cache.plain;
    if (!store.has(id)) {
      for (const feature of wordFeatures(c.words[i] ?? '', c.capsLine)) addFeature(feature, store.data, id * TAG_COUNT);
      store.filled[id] = 1;
    }
  };
  /** Scores of a lower-cased form seen as each neighbour offset, TAG_COUNT per offset. */
  const neighbourScores = (lowerHash: number, into: Float64Array, base: number): void => {
    NEIGHBOUR_OFFSETS.forEach((offset, k) => addFeature(neighbourFeature(offset, lowerHash), into, base + k * TAG_COUNT));
  };
  /** The scores of the sentence boundary as each neighbour offset. */
  const boundary = new Float64Array(NEIGHBOUR_WIDTH);
  neighbourScores(BOUNDARY_HASH, boundary, 0);
  /** Makes sure the scores of token j as a neighbour are in the cache. */
  const fillNeighbour = (c: SentenceContext, j: number): void => {
    const id = c.ids[j] ?? 0;
    const store = cache.neighbour;
    if (!store.has(id)) {
      neighbourScores(c.lowerHashes[j] ?? BOUNDARY_HASH, store.data, id * NEIGHBOUR_WIDTH);
      store.filled[id] = 1;
    }
  };
  /** Reused between tokens: the context features of the current one. */
  const context = new Int32Array(64);
  const offsets: readonly number[] = NEIGHBOUR_OFFSETS;
  // The bias feature is in every token's context features: its weights are read once (0 + w is w,
  // so adding the row adds the same values as looking the feature up).
  const biasRow = new Float64Array(TAG_COUNT);
  addFeature(BIAS_FEATURE, biasRow, 0);
  /**
   * The scores of the last sentence, in a buffer reused from call to call: a fresh typed array per
   * sentence (an off-heap backing store each time) cost a fifth of the scoring.
   */
  let buffer = new Float64Array(64 * TAG_COUNT);
  return {
    tagWordWeights,
    scoreSentence(c) {
      if (c.generation !== cache.generation) cache = freshScores(c.generation);
      const n = c.words.length;
      if (buffer.length < n * TAG_COUNT) buffer = new Float64Array(Math.max(n * TAG_COUNT, buffer.length * 2));
      const out = buffer.subarray(0, n * TAG_COUNT).fill(0);
      // First every word's cached scores (filling the caches may grow their arrays), then the sums.
      for (let i = 0; i < n; i += 1) {
        fillLocal(c, i);
        fillNeighbour(c, i);
      }
      const ids = c.ids;
      const local = (c.capsLine ? cache.caps : cache.plain).data;
      const neighbours = cache.neighbour.data;
      const edge = boundary;
      for (let i = 0; i < n; i += 1) {
        const at = i * TAG_COUNT;
        // The word's own scores, then it as each neighbour (offsets -1, +1, -2, +2, in that order):
        // the same additions in the same order as adding the rows one by one into a zeroed row.
        const own = (ids[i] ?? 0) * TAG_COUNT;
        const j1 = i + (offsets[0] ?? 0);
        const j2 = i + (offsets[1] ?? 0);
        const j3 = i + (offsets[2] ?? 0);
        const j4 = i + (offsets[3] ?? 0);
        const from1 = j1 >= 0 && j1 < n ? neighbours : edge;
        const from2 = j2 >= 0 && j2 < n ? neighbours : edge;
        const from3 = j3 >= 0 && j3 < n ? neighbours : edge;
        const from4 = j4 >= 0 && j4 < n ? neighbours : edge;
        const at1 = (from1 === edge ? 0 : (ids[j1] ?? 0) * NEIGHBOUR_WIDTH) + 0 * TAG_COUNT;
        const at2 = (from2 === edge ? 0 : (ids[j2] ?? 0) * NEIGHBOUR_WIDTH) + 1 * TAG_COUNT;
        const at3 = (from3 === edge ? 0 : (ids[j3] ?? 0) * NEIGHBOUR_WIDTH) + 2 * TAG_COUNT;
        const at4 = (from4 === edge ? 0 : (ids[j4] ?? 0) * NEIGHBOUR_WIDTH) + 3 * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t += 1) {
          let v = (out[at + t] ?? 0) + (local[own + t] ?? 0);
          v += from1[at1 + t] ?? 0;
          v += from2[at2 + t] ?? 0;
          v += from3[at3 + t] ?? 0;
          v += from4[at4 + t] ?? 0;
          out[at + t] = v;
        }
        const count = writeContextFeatures(c, i, context);
        for (let f = 0; f < count; f += 1) {
          const feature = context[f] ?? 0;
          if (feature === BIAS_FEATURE) addRow(out, at, biasRow, 0);
          else addFeature(feature, out, at);
        }
      }
      return out;
    },
  };
}
