/**
 * Inference-time scoring of the tag-independent features with a per-word cache. Most features of
 * a token depend only on one word: its own form, affixes and shape (`wordFeatures`) or a neighbour's
 * lower-cased form (`neighbourFeature`). Their summed weights are computed once per distinct word
 * and kept in flat arrays indexed by word id, so a token costs a few array reads plus the few hashed
 * features that combine words
 * (`contextFeatures`), instead of hashing forty features. The sums equal those of the
 * plain path (`staticFeatures`) up to floating-point rounding; a test checks that both agree.
 */
import { BOUNDARY_HASH, NEIGHBOUR_OFFSETS, type SentenceContext, contextFeatures, neighbourFeature, wordFeatures } from './features.js';
import { TAG_COUNT } from './tags.js';


/** Adds the weights of feature `feature` into scores[at..at+TAG_COUNT). */
export type AddFeatureAt = (feature: number, scores: Float64Array, at: number) => void;

export interface StaticScorer {
  /** Scores of the tag-independent features, TAG_COUNT per token, in token order. */
  scoreSentence(c: SentenceContext): Float64Array;
}

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

/** Per-word scores, valid for one word-cache generation. */
interface WordScores {
  generation: number;
  plain: IdScores;
  caps: IdScores;
  neighbour: IdScores;
}

const NEIGHBOUR_WIDTH = TAG_COUNT * NEIGHBOUR_OFFSETS.length;

function freshScores(generation: number): WordScores {
  return { generation, plain: new IdScores(TAG_COUNT), caps: new IdScores(TAG_COUNT), neighbour: new IdScores(NEIGHBOUR_WIDTH) };
}

export function createCachedScorer(addFeature: AddFeatureAt): StaticScorer {
  let cache = freshScores(-1);
  /** Adds the word-only scores of token i into out[at..]. */
  const addLocal = (c: SentenceContext, i: number, out: Float64Array, at: number): void => {
    const id = c.ids[i] ?? 0;
    const store = c.capsLine ? cache.caps : cache.plain;
    if (!store.has(id)) {
      for (const feature of wordFeatures(c.words[i] ?? '', c.capsLine)) addFeature(feature, store.data, id * TAG_COUNT);
      store.filled[id] = 1;
    }
    addRow(out, at, store.data, id * TAG_COUNT);
  };
  /** Scores of a lower-cased form seen as each neighbour offset, TAG_COUNT per offset. */
  const neighbourScores = (lowerHash: number, into: Float64Array, base: number): void => {
    NEIGHBOUR_OFFSETS.forEach((offset, k) => addFeature(neighbourFeature(offset, lowerHash), into, base + k * TAG_COUNT));
  };
  const boundary = new Float64Array(NEIGHBOUR_WIDTH);
  neighbourScores(BOUNDARY_HASH, boundary, 0);
  /** Adds the scores of token j seen as the neighbour at offset number k into out[at..]. */
  const addNeighbour = (c: SentenceContext, j: number, k: number, out: Float64Array, at: number): void => {
    if (j < 0 || j >= c.words.length) {
      addRow(out, at, boundary, k * TAG_COUNT);
      return;
    }
    const id = c.ids[j] ?? 0;
    const store = cache.neighbour;
    if (!store.has(id)) {
      neighbourScores(c.lowerHashes[j] ?? BOUNDARY_HASH, store.data, id * NEIGHBOUR_WIDTH);
      store.filled[id] = 1;
    }
    addRow(out, at, store.data, id * NEIGHBOUR_WIDTH + k * TAG_COUNT);
  };
  /** Reused between tokens: the context features of the current one. */
  const context: number[] = [];
  const offsets: readonly number[] = NEIGHBOUR_OFFSETS;
  return {
    scoreSentence(c) {
      if (c.generation !== cache.generation) cache = freshScores(c.generation);
      const n = c.words.length;
      const out = new Float64Array(n * TAG_COUNT);
      for (let i = 0; i < n; i += 1) {
        const at = i * TAG_COUNT;
        addLocal(c, i, out, at);
        for (let k = 0; k < offsets.length; k += 1) addNeighbour(c, i + (offsets[k] ?? 0), k, out, at);
        context.length = 0;
        contextFeatures(c, i, context);
        for (let f = 0; f < context.length; f += 1) addFeature(context[f] ?? 0, out, at);
      }
      return out;
    },
  };
}
