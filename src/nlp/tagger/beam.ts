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
export type HistoryScorer = Pick<ScoreSource, 'addFeature' | 'temperature' | 'historyConstants' | 'tagWordWeights'>;

/** Tag values a history position can hold: the tags and NO_TAG. */
const TAG_VALUES = TAG_COUNT + 1;
/** allowedAfter for every (prev, tag), prev NO_TAG read as OUTSIDE. */
const ALLOWED = Uint8Array.from({ length: TAG_VALUES * TAG_COUNT }, (_, k) => {
  const prev = Math.floor(k / TAG_COUNT);
  return allowedAfter(prev === NO_TAG ? OUTSIDE : prev, k % TAG_COUNT) ? 1 : 0;
});

/** The tags allowed after each history value, ascending: ALLOWED_TAGS[ALLOWED_START[prev]..ALLOWED_START[prev + 1]). */
const ALLOWED_START = new Int32Array(TAG_VALUES + 1);
const ALLOWED_TAGS = Int8Array.from(ALLOWED.reduce<number[]>((tags, allowed, k) => (allowed === 1 ? [...tags, k % TAG_COUNT] : tags), []));
for (let prev = 0; prev < TAG_VALUES; prev += 1) {
  let count = 0;
  for (let t = 0; t < TAG_COUNT; t += 1) count += ALLOWED[prev * TAG_COUNT + t] ?? 0;
  ALLOWED_START[prev + 1] = (ALLOWED_START[prev] ?? 0) + count;
}

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

/** Options of `beamDecode` for the run-time path. */
export interface BeamOptions {
  /**
   * Word ids of the tokens (features.ts's SentenceContext.ids): with a source that has `tagWordWeights`,
   * the previous-tag-with-word weights are read from its per-word cache instead of hashed and probed.
   */
  readonly ids?: readonly number[];
  /**
   * Compute the confidence of entity tokens only (tag other than O); O tokens get NaN. Span decoding
   * (decode.ts) reads no other, and the softmax is a third of the decoder's time.
   */
  readonly entityConfidencesOnly?: boolean;
}

/** Scratch buffers reused by every call (decoding is synchronous and never re-entered). */
const PAIRS = TAG_VALUES * TAG_COUNT;
const bestScore = new Float64Array(PAIRS).fill(-Infinity);
const bestFrom = new Int16Array(PAIRS);
const touched = new Int32Array(PAIRS);
const scores = new Float64Array(TAG_COUNT);
/** The previous-tag-with-word weights of the current token, per previous tag, and the token they are for. */
const wordRows = new Float64Array(TAG_VALUES * TAG_COUNT);
const wordRowToken = new Int32Array(TAG_VALUES);
let tagAt = new Int8Array(0);
let backAt = new Int16Array(0);
let stateBuffers = new Float64Array(0);
let stateTags = new Int8Array(0);
let topKeys = new Int32Array(0);

/** Fills wordRows' row of `prev` for the token with lower-cased hash `lowerHash` (and word id `id`, -1 when unknown). */
function fillWordRow(source: HistoryScorer, prev: number, lowerHash: number, id: number): void {
  const w = prev * TAG_COUNT;
  const cached = source.tagWordWeights;
  if (cached !== undefined && id >= 0) {
    const offset = cached.offsetOf(id, lowerHash, prev);
    const weights = cached.weights;
    // 0 + w is w: the same values addFeature leaves in a zeroed row
    if (offset < 0) for (let t = 0; t < TAG_COUNT; t += 1) wordRows[w + t] = 0;
    else for (let t = 0; t < TAG_COUNT; t += 1) wordRows[w + t] = weights[offset + t] ?? 0;
    return;
  }
  for (let t = 0; t < TAG_COUNT; t += 1) scores[t] = 0;
  source.addFeature(tagWordFeature(prev, lowerHash), scores);
  wordRows.set(scores, w);
}

/**
 * The best tag sequence the beam finds, with each chosen tag's confidence (the softmax of its scores
 * given the chosen history, as in greedy decoding). Ties between partial sequences go to the smaller
 * (previous tag, tag) pair, so decoding is deterministic.
 */
export function beamDecode(source: HistoryScorer, lowerHashes: readonly number[], staticScores: Float64Array, width: number, options: BeamOptions = {}): TaggedSentence {
  const n = lowerHashes.length;
  if (n === 0) return { tags: [], confidences: [] };
  const constants = source.historyConstants ?? historyConstants(source);
  const ids = options.ids;
  // The kept states of every position, `width` slots each: last tag and back-pointer.
  if (tagAt.length < n * width) {
    tagAt = new Int8Array(Math.max(n * width, tagAt.length * 2));
    backAt = new Int16Array(tagAt.length);
  }
  if (stateTags.length < 4 * width) {
    stateTags = new Int8Array(4 * width);
    stateBuffers = new Float64Array(2 * width);
  }
  // The live states (last tag, the tag before, total) and the next position's, in two halves of
  // the state buffers that change roles each token: `live` (0 or 1) says which half is read. Offsets
  // rather than subarray() views, which cost an object each on every call.
  const tagsOfStates = stateTags;
  const totalsOfStates = stateBuffers;
  let count = 1;
  let live = 0;
  tagsOfStates[0] = NO_TAG;
  tagsOfStates[2 * width] = NO_TAG;
  totalsOfStates[0] = 0;
  if (topKeys.length < width) topKeys = new Int32Array(width);
  wordRowToken.fill(-1);
  // Module-level buffers as locals: the compiler keeps them in registers across the loops.
  const best = bestScore;
  const from = bestFrom;
  const touchedKeys = touched;
  const rows = wordRows;
  const top = topKeys;
  const keptTags = tagAt;
  const keptBack = backAt;
  const cachedRows = source.tagWordWeights;
  for (let i = 0; i < n; i += 1) {
    const lowerHash = lowerHashes[i] ?? 0;
    const id = ids === undefined ? -1 : (ids[i] ?? -1);
    const at = i * TAG_COUNT;
    let touchedCount = 0;
    // last tags of the live states at liveAt, the tags before them at beforeAt, totals at liveAt
    const liveAt = live * width;
    const beforeAt = (2 + live) * width;
    for (let s = 0; s < count; s += 1) {
      const prev = tagsOfStates[liveAt + s] ?? NO_TAG;
      const c1 = prev * TAG_COUNT;
      const c2 = (TAG_VALUES + (tagsOfStates[beforeAt + s] ?? NO_TAG) * TAG_VALUES + prev) * TAG_COUNT;
      const base = totalsOfStates[liveAt + s] ?? 0;
      const allowedFrom = ALLOWED_START[prev] ?? 0;
      const allowedEnd = ALLOWED_START[prev + 1] ?? 0;
      // The previous-tag-with-word weights: read in place from the model's table when the source
      // caches them per word, else summed into wordRows. Most (word, previous tag) pairs have no
      // weights; their loop leaves out the term (adding +0 would change no total: none is -0).
      let rowWeights: Float32Array | Float64Array = rows;
      let w = prev * TAG_COUNT;
      if (cachedRows !== undefined && id >= 0) {
        w = cachedRows.offsetOf(id, lowerHash, prev);
        rowWeights = cachedRows.weights;
      } else if (wordRowToken[prev] !== i) {
        wordRowToken[prev] = i;
        fillWordRow(source, prev, lowerHash, id);
      }
      if (w < 0) {
        for (let a = allowedFrom; a < allowedEnd; a += 1) {
          const t = ALLOWED_TAGS[a] ?? 0;
          const key = prev * TAG_COUNT + t;
          const total = base + (staticScores[at + t] ?? 0) + (constants[c1 + t] ?? 0) + (constants[c2 + t] ?? 0);
          const known = best[key] ?? -Infinity;
          if (known === -Infinity) touchedKeys[touchedCount++] = key;
          if (total > known) {
            best[key] = total;
            from[key] = s;
          }
        }
        continue;
      }
      for (let a = allowedFrom; a < allowedEnd; a += 1) {
        const t = ALLOWED_TAGS[a] ?? 0;
        const key = prev * TAG_COUNT + t;
        const total = base + (staticScores[at + t] ?? 0) + (constants[c1 + t] ?? 0) + (constants[c2 + t] ?? 0) + (rowWeights[w + t] ?? 0);
        const known = best[key] ?? -Infinity;
        if (known === -Infinity) touchedKeys[touchedCount++] = key;
        if (total > known) {
          best[key] = total;
          from[key] = s;
        }
      }
    }
    // The `width` best pairs, best first (score descending, then key ascending), by insertion.
    let kept = 0;
    for (let u = 0; u < touchedCount; u += 1) {
      const key = touchedKeys[u] ?? 0;
      const score = best[key] ?? -Infinity;
      let k = kept;
      while (k > 0) {
        const other = top[k - 1] ?? 0;
        const otherScore = best[other] ?? -Infinity;
        if (otherScore > score || (otherScore === score && other < key)) break;
        if (k < width) top[k] = other;
        k -= 1;
      }
      if (k < width) top[k] = key;
      if (kept < width) kept += 1;
    }
    const nextAt = (1 - live) * width;
    const nextBeforeAt = (3 - live) * width;
    for (let k = 0; k < kept; k += 1) {
      const key = top[k] ?? 0;
      tagsOfStates[nextAt + k] = key % TAG_COUNT;
      tagsOfStates[nextBeforeAt + k] = Math.floor(key / TAG_COUNT);
      totalsOfStates[nextAt + k] = best[key] ?? 0;
      keptTags[i * width + k] = key % TAG_COUNT;
      keptBack[i * width + k] = from[key] ?? 0;
    }
    for (let u = 0; u < touchedCount; u += 1) best[touchedKeys[u] ?? 0] = -Infinity;
    live = 1 - live;
    count = kept;
  }
  const tags: number[] = new Array<number>(n);
  let state = 0;
  for (let i = n - 1; i >= 0; i -= 1) {
    tags[i] = keptTags[i * width + state] ?? OUTSIDE;
    state = keptBack[i * width + state] ?? 0;
  }
  const confidences: number[] = new Array<number>(n);
  const temperature = source.temperature ?? 1;
  const entitiesOnly = options.entityConfidencesOnly === true;
  wordRowToken.fill(-1);
  for (let i = 0; i < n; i += 1) {
    const tag = tags[i] ?? OUTSIDE;
    if (entitiesOnly && tag === OUTSIDE) {
      confidences[i] = NaN;
      continue;
    }
    const at = i * TAG_COUNT;
    const prev = i > 0 ? (tags[i - 1] ?? OUTSIDE) : NO_TAG;
    const c1 = prev * TAG_COUNT;
    const c2 = (TAG_VALUES + (i > 1 ? (tags[i - 2] ?? OUTSIDE) : NO_TAG) * TAG_VALUES + prev) * TAG_COUNT;
    fillWordRow(source, prev, lowerHashes[i] ?? 0, ids === undefined ? -1 : (ids[i] ?? -1));
    const w = prev * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t] = (staticScores[at + t] ?? 0) + (constants[c1 + t] ?? 0) + (constants[c2 + t] ?? 0) + (wordRows[w + t] ?? 0);
    confidences[i] = allowedConfidence(scores, tag, prev === NO_TAG ? OUTSIDE : prev, temperature);
  }
  return { tags, confidences };
}
