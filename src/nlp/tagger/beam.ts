/**
 * Beam decoding: instead of committing to the best tag at each token (greedy), keep the `width` best
 * partial tag sequences and extend each by every allowed tag. The tag-history features read the two
 * previous tags, so two partial sequences ending in the same two tags have the same future: only the
 * better of them is kept (the search is a pruned second-order Viterbi; with a width of 81 or more it
 * is exact). Width 1 is greedy decoding up to tie-breaking.
 *
 * Scores are those of the greedy decoder: the static scores of each token plus the three
 * tag-history features (`tagFeatures`). Training uses the same decoder (PerceptronTrainer.trainBeam).
 */
import { NO_TAG, previousTagFeature, previousTagsFeature, tagWordFeature } from './features.js';
import type { ScoreSource, TaggedSentence } from './perceptron.js';
import { OUTSIDE, TAG_COUNT, allowedAfter } from './tags.js';

/** The part of a score source the decoder reads: feature weights, the softmax temperature, and the history constants when frozen. */
export type HistoryScorer = Pick<ScoreSource, 'addFeature' | 'temperature' | 'historyConstants'>;

/** Tag values a history position can hold: the tags and NO_TAG. */
const TAG_VALUES = TAG_COUNT + 1;
/** allowedAfter for every (prev, tag), prev NO_TAG read as OUTSIDE. */
const ALLOWED = Uint8Array.from({ length: TAG_VALUES * TAG_COUNT }, (_, k) => {
  const prev = Math.floor(k / TAG_COUNT);
  return allowedAfter(prev === NO_TAG ? OUTSIDE : prev, k % TAG_COUNT) ? 1 : 0;
});

/**
 * Softmax probability of `tag` among those allowed after `prev`, through the ALLOWED table: the same
 * operations in the same order as perceptron.ts's confidenceOf, so the same value. The greedy decoder
 * uses it too.
 */
export function allowedConfidence(scores: Float64Array, tag: number, prev: number, temperature: number): number {
  const row = prev * TAG_COUNT;
  let max = -Infinity;
  for (let t = 0; t < TAG_COUNT; t += 1) if (ALLOWED[row + t] === 1) max = Math.max(max, scores[t] ?? -Infinity);
  let sum = 0;
  for (let t = 0; t < TAG_COUNT; t += 1) if (ALLOWED[row + t] === 1) sum += Math.exp(((scores[t] ?? max) - max) / temperature);
  return Math.exp(((scores[tag] ?? max) - max) / temperature) / sum;
}

/**
 * The weights of the two tag-history features that do not read the word, for every history: the
 * previous tag (TAG_VALUES rows of TAG_COUNT) then the two previous tags (TAG_VALUES * TAG_VALUES rows,
 * prev2 major). A frozen model computes them once (tableSource); during training they change.
 */
export function historyConstants(source: Pick<ScoreSource, 'addFeature'>): Float64Array {
  const out = new Float64Array((TAG_VALUES + TAG_VALUES * TAG_VALUES) * TAG_COUNT);
  const row = new Float64Array(TAG_COUNT);
  for (let prev = 0; prev < TAG_VALUES; prev += 1) {
    row.fill(0);
    source.addFeature(previousTagFeature(prev), row);
    out.set(row, prev * TAG_COUNT);
  }
  for (let prev2 = 0; prev2 < TAG_VALUES; prev2 += 1) {
    for (let prev = 0; prev < TAG_VALUES; prev += 1) {
      row.fill(0);
      source.addFeature(previousTagsFeature(prev2, prev), row);
      out.set(row, (TAG_VALUES + prev2 * TAG_VALUES + prev) * TAG_COUNT);
    }
  }
  return out;
}

/**
 * The best tag sequence the beam finds, with each chosen tag's confidence (the softmax of its scores
 * given the chosen history, as in greedy decoding). Ties between partial sequences go to the smaller
 * (previous tag, tag) pair, so decoding is deterministic.
 */
export function beamDecode(source: HistoryScorer, lowerHashes: readonly number[], staticScores: Float64Array, width: number): TaggedSentence {
  const n = lowerHashes.length;
  if (n === 0) return { tags: [], confidences: [] };
  const constants = source.historyConstants ?? historyConstants(source);
  const pairs = TAG_VALUES * TAG_COUNT;
  // The kept states of every position, `width` slots each: last tag and back-pointer.
  const tagAt = new Int8Array(n * width);
  const backAt = new Int16Array(n * width);
  // The live states (last tag, the tag before, total) and the next position's, swapped each token.
  let count = 1;
  let prevTags = new Int8Array(width).fill(NO_TAG);
  let prev2Tags = new Int8Array(width).fill(NO_TAG);
  let totals = new Float64Array(width);
  let nextTags = new Int8Array(width);
  let nextPrev = new Int8Array(width);
  let nextTotals = new Float64Array(width);
  const bestScore = new Float64Array(pairs).fill(-Infinity);
  const bestFrom = new Int16Array(pairs);
  const touched: number[] = [];
  const topKeys = new Int32Array(width);
  const scores = new Float64Array(TAG_COUNT);
  // The previous-tag-with-word weights of the current token, per previous tag: states sharing a
  // previous tag (most often O) share one look-up.
  const wordRows = new Float64Array(TAG_VALUES * TAG_COUNT);
  const wordRow = new Float64Array(TAG_COUNT);
  const wordRowToken = new Int32Array(TAG_VALUES).fill(-1);
  for (let i = 0; i < n; i += 1) {
    const lowerHash = lowerHashes[i] ?? 0;
    const at = i * TAG_COUNT;
    touched.length = 0;
    for (let s = 0; s < count; s += 1) {
      const prev = prevTags[s] ?? NO_TAG;
      const c1 = prev * TAG_COUNT;
      const c2 = (TAG_VALUES + (prev2Tags[s] ?? NO_TAG) * TAG_VALUES + prev) * TAG_COUNT;
      const w = prev * TAG_COUNT;
      if (wordRowToken[prev] !== i) {
        wordRowToken[prev] = i;
        wordRow.fill(0);
        source.addFeature(tagWordFeature(prev, lowerHash), wordRow);
        wordRows.set(wordRow, w);
      }
      const base = totals[s] ?? 0;
      for (let t = 0; t < TAG_COUNT; t += 1) {
        const key = prev * TAG_COUNT + t;
        if (ALLOWED[key] !== 1) continue;
        const total = base + (staticScores[at + t] ?? 0) + (constants[c1 + t] ?? 0) + (constants[c2 + t] ?? 0) + (wordRows[w + t] ?? 0);
        const known = bestScore[key] ?? -Infinity;
        if (known === -Infinity) touched.push(key);
        if (total > known) {
          bestScore[key] = total;
          bestFrom[key] = s;
        }
      }
    }
    // The `width` best pairs, best first (score descending, then key ascending), by insertion.
    let kept = 0;
    for (const key of touched) {
      const score = bestScore[key] ?? -Infinity;
      let k = kept;
      while (k > 0) {
        const other = topKeys[k - 1] ?? 0;
        const otherScore = bestScore[other] ?? -Infinity;
        if (otherScore > score || (otherScore === score && other < key)) break;
        if (k < width) topKeys[k] = other;
        k -= 1;
      }
      if (k < width) topKeys[k] = key;
      if (kept < width) kept += 1;
    }
    for (let k = 0; k < kept; k += 1) {
      const key = topKeys[k] ?? 0;
      nextTags[k] = key % TAG_COUNT;
      nextPrev[k] = Math.floor(key / TAG_COUNT);
      nextTotals[k] = bestScore[key] ?? 0;
      tagAt[i * width + k] = key % TAG_COUNT;
      backAt[i * width + k] = bestFrom[key] ?? 0;
    }
    for (const key of touched) bestScore[key] = -Infinity;
    [prevTags, nextTags] = [nextTags, prevTags];
    [prev2Tags, nextPrev] = [nextPrev, prev2Tags];
    [totals, nextTotals] = [nextTotals, totals];
    count = kept;
  }
  const tags: number[] = new Array<number>(n);
  let state = 0;
  for (let i = n - 1; i >= 0; i -= 1) {
    tags[i] = tagAt[i * width + state] ?? OUTSIDE;
    state = backAt[i * width + state] ?? 0;
  }
  const confidences: number[] = new Array<number>(n);
  const temperature = source.temperature ?? 1;
  for (let i = 0; i < n; i += 1) {
    const at = i * TAG_COUNT;
    const prev = i > 0 ? (tags[i - 1] ?? OUTSIDE) : NO_TAG;
    const c1 = prev * TAG_COUNT;
    const c2 = (TAG_VALUES + (i > 1 ? (tags[i - 2] ?? OUTSIDE) : NO_TAG) * TAG_VALUES + prev) * TAG_COUNT;
    scores.fill(0);
    source.addFeature(tagWordFeature(prev, lowerHashes[i] ?? 0), scores);
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t] = (staticScores[at + t] ?? 0) + (constants[c1 + t] ?? 0) + (constants[c2 + t] ?? 0) + (scores[t] ?? 0);
    confidences[i] = allowedConfidence(scores, tags[i] ?? OUTSIDE, prev === NO_TAG ? OUTSIDE : prev, temperature);
  }
  return { tags, confidences };
}
