/**
 * The averaged perceptron: a linear score per tag over sparse binary features, decoded left to right
 * so each token can see the two tags chosen before it: greedily (`train`, `tagWithStaticScores`) or
 * with a beam (beam.ts; `trainBeam`), as the model records. The committed model uses a beam of 4,
 * trained with the same decoder: +10 points F1 on modern news over greedy (docs/ner.md).
 *
 * Features are hashed integer keys (feature-hash.ts). Inference reads a frozen `WeightTable` (the
 * model's keys and TAG_COUNT weights per key) through an open-addressed probe table
 * (weight-table.ts). Training (`PerceptronTrainer`) keeps, per key, the live weights plus the
 * running sums needed for averaging, updated lazily: a weight's sum is brought up to date only when
 * the weight changes.
 */
import { NO_TAG, type SentenceContext, type SentenceFeatures, previousTagFeature, previousTagsFeature, tagFeatures, tagWordFeature } from './features.js';
import { type BeamOptions, allowedConfidence, beamDecode, historyConstants } from './beam.js';
import { type TagWordWeights, createCachedScorer } from './fast-scorer.js';
import { OUTSIDE, TAG_COUNT, allowedAfter } from './tags.js';
import { buildProbeTable } from './weight-table.js';

export interface WeightTable {
  /** The feature keys that carry weights, ascending. */
  readonly keys: Uint32Array;
  /** TAG_COUNT weights per key, in the order of `keys`. */
  readonly weights: Float32Array;
  /** Scores are divided by this before the softmax that gives confidences (perceptron scores are not probabilities). */
  readonly temperature?: number;
  /** Beam width the model was trained with and is decoded with (1 or absent: greedy). */
  readonly beam?: number;
  /** Trained with the stacked document features (stacking.ts): tag each document twice. */
  readonly stacked?: boolean;
}

export interface TaggedSentence {
  readonly tags: number[];
  /**
   * Probability-like confidence of each chosen tag (softmax over the tag scores); NaN for O tokens
   * when the beam was asked for entity confidences only (beam.ts's BeamOptions).
   */
  readonly confidences: number[];
}

/** Something that can add a feature's weights into a score vector. */
export interface ScoreSource {
  /** Adds the weights of the feature with key `feature` (nothing when the model does not know it). */
  addFeature(feature: number, scores: Float64Array): void;
  readonly temperature?: number;
  /** Beam width to decode with (1 or absent: greedy; beam.ts). */
  readonly beam?: number;
  /** Run the stacked second pass (stacking.ts, document.ts). */
  readonly stacked?: boolean;
  /** Weights of the word-independent tag-history features, precomputed for a frozen model (beam.ts's historyConstants). */
  readonly historyConstants?: Float64Array;
  /**
   * Scores of the tag-independent features of a sentence, TAG_COUNT per token (a cached fast path).
   * The array is overwritten by the next call: decode it first.
   */
  readonly staticScores?: (c: SentenceContext) => Float64Array;
  /** The previous-tag-with-word weights cached per word id, for the sentence last given to `staticScores`. */
  readonly tagWordWeights?: TagWordWeights;
}

export function tableSource(table: WeightTable): ScoreSource {
  const probe = buildProbeTable(table.keys, table.weights);
  const { weights } = probe;
  const addFeatureAt = (feature: number, scores: Float64Array, at: number): void => {
    const slot = probe.slotOf(feature);
    if (slot < 0) return;
    const base = slot * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[at + t] = (scores[at + t] ?? 0) + (weights[base + t] ?? 0);
  };
  const addFeature = (feature: number, scores: Float64Array): void => addFeatureAt(feature, scores, 0);
  const scorer = createCachedScorer(addFeatureAt, probe);
  const frozen: ScoreSource = { temperature: table.temperature ?? 1, beam: table.beam ?? 1, ...(table.stacked === true ? { stacked: true } : {}), addFeature, staticScores: (c) => scorer.scoreSentence(c) };
  return { ...frozen, historyConstants: historyConstants(frozen), ...(scorer.tagWordWeights === undefined ? {} : { tagWordWeights: scorer.tagWordWeights }) };
}

/** Features of token i given the tags chosen so far. */
export function featuresAt(sentence: SentenceFeatures, i: number, chosen: readonly number[]): number[] {
  const own = sentence.perToken[i] ?? [];
  return own.concat(tagFeatures(chosen[i - 1] ?? NO_TAG, chosen[i - 2] ?? NO_TAG, sentence.lowerHashes[i] ?? 0));
}

/** The best tag allowed after `prev` (an I-X may not follow anything but B-X/I-X). */
export function bestAllowed(scores: Float64Array, prev: number): number {
  let best = OUTSIDE;
  let bestScore = -Infinity;
  for (let t = 0; t < TAG_COUNT; t += 1) {
    const score = scores[t] ?? -Infinity;
    if (score > bestScore && allowedAfter(prev, t)) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** Softmax probability of `tag` among the tags allowed after `prev`, scores divided by `temperature`. */
export function confidenceOf(scores: Float64Array, tag: number, prev: number, temperature: number): number {
  let max = -Infinity;
  for (let t = 0; t < TAG_COUNT; t += 1) if (allowedAfter(prev, t)) max = Math.max(max, scores[t] ?? -Infinity);
  let sum = 0;
  for (let t = 0; t < TAG_COUNT; t += 1) if (allowedAfter(prev, t)) sum += Math.exp(((scores[t] ?? max) - max) / temperature);
  return Math.exp(((scores[tag] ?? max) - max) / temperature) / sum;
}

/** The gap between the best and the second-best allowed score: how sure the tagger was. */
export function marginOf(scores: Float64Array, prev: number): number {
  let best = -Infinity;
  let second = -Infinity;
  for (let t = 0; t < TAG_COUNT; t += 1) {
    if (!allowedAfter(prev, t)) continue;
    const score = scores[t] ?? -Infinity;
    if (score > best) {
      second = best;
      best = score;
    } else if (score > second) second = score;
  }
  return best - second;
}

/** Static scores of a sentence the plain way: every feature string looked up. */
export function plainStaticScores(source: ScoreSource, sentence: SentenceFeatures): Float64Array {
  const out = new Float64Array(sentence.words.length * TAG_COUNT);
  sentence.perToken.forEach((features, i) => {
    const row = out.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT);
    for (const feature of features) source.addFeature(feature, row);
  });
  return out;
}

/** allowedAfter(prev, tag) for every pair, at prev * TAG_COUNT + tag: decoding asks at every token. */
const ALLOWED = Uint8Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, k) => (allowedAfter(Math.floor(k / TAG_COUNT), k % TAG_COUNT) ? 1 : 0));

/** `bestAllowed` through the ALLOWED table (same result, same tie-breaking). */
function bestAllowedFast(scores: Float64Array, prev: number): number {
  const row = prev * TAG_COUNT;
  let best = OUTSIDE;
  let bestScore = -Infinity;
  for (let t = 0; t < TAG_COUNT; t += 1) {
    const score = scores[t] ?? -Infinity;
    if (score > bestScore && ALLOWED[row + t] === 1) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Greedy decoding given the static scores of each token: only the tag-history features are added
 * (those of `tagFeatures`, in its order, without building an array per token).
 */
export function tagWithStaticScores(source: ScoreSource, lowerHashes: readonly number[], staticScores: Float64Array): TaggedSentence {
  const n = lowerHashes.length;
  const tags: number[] = new Array<number>(n);
  const confidences: number[] = new Array<number>(n);
  const scores = new Float64Array(TAG_COUNT);
  const temperature = source.temperature ?? 1;
  let prevTag: number = NO_TAG;
  let prev2Tag: number = NO_TAG;
  for (let i = 0; i < n; i += 1) {
    const at = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t] = staticScores[at + t] ?? 0;
    source.addFeature(previousTagFeature(prevTag), scores);
    source.addFeature(previousTagsFeature(prev2Tag, prevTag), scores);
    source.addFeature(tagWordFeature(prevTag, lowerHashes[i] ?? 0), scores);
    const prev = prevTag === NO_TAG ? OUTSIDE : prevTag;
    const tag = bestAllowedFast(scores, prev);
    tags[i] = tag;
    confidences[i] = allowedConfidence(scores, tag, prev, temperature);
    prev2Tag = prevTag;
    prevTag = tag;
  }
  return { tags, confidences };
}

/**
 * Decoding with the source's decoder: greedy, or a beam when the source sets a width above 1. The
 * beam options (word ids for the cached history weights, confidences of entity tokens only) are
 * passed on to the beam; the greedy decoder ignores them.
 */
export function decodeStaticScores(source: ScoreSource, lowerHashes: readonly number[], staticScores: Float64Array, options: BeamOptions = {}): TaggedSentence {
  const width = source.beam ?? 1;
  return width > 1 ? beamDecode(source, lowerHashes, staticScores, width, options) : tagWithStaticScores(source, lowerHashes, staticScores);
}

export function tagSentence(source: ScoreSource, sentence: SentenceFeatures): TaggedSentence {
  return decodeStaticScores(source, sentence.lowerHashes, plainStaticScores(source, sentence));
}

/** Live weights, running sums and the step of the last change, TAG_COUNT each, per feature key. */
interface TrainingRow {
  readonly weights: Float64Array;
  readonly sums: Float64Array;
  readonly stamps: Float64Array;
}

export class PerceptronTrainer implements ScoreSource {
  private readonly rows = new Map<number, TrainingRow>();
  private step = 0;

  addFeature(feature: number, scores: Float64Array): void {
    const row = this.rows.get(feature);
    if (row === undefined) return;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t] = (scores[t] ?? 0) + (row.weights[t] ?? 0);
  }

  /** One training sentence: tag it with the current weights, then correct every wrong token. */
  train(sentence: SentenceFeatures, gold: readonly number[]): number {
    const chosen: number[] = [];
    const scores = new Float64Array(TAG_COUNT);
    let errors = 0;
    for (let i = 0; i < sentence.words.length; i += 1) {
      this.step += 1;
      const features = featuresAt(sentence, i, chosen);
      scores.fill(0);
      for (const feature of features) this.addFeature(feature, scores);
      const guess = bestAllowed(scores, chosen[i - 1] ?? OUTSIDE);
      const truth = gold[i] ?? OUTSIDE;
      if (guess !== truth) {
        errors += 1;
        for (const feature of features) {
          this.update(feature, truth, 1);
          this.update(feature, guess, -1);
        }
      }
      chosen.push(guess);
    }
    return errors;
  }

  /**
   * One training sentence decoded with a beam of `width` (beam.ts), then the structured perceptron
   * update: at every token where the predicted tag or its two-tag history differs from the gold one,
   * the gold features (with the gold history) gain on the gold tag and the predicted features (with
   * the predicted history) lose on the predicted tag. Returns the number of wrong tokens.
   */
  trainBeam(sentence: SentenceFeatures, gold: readonly number[], width: number): number {
    const n = sentence.words.length;
    const staticScores = plainStaticScores(this, sentence);
    const predicted = beamDecode(this, sentence.lowerHashes, staticScores, width).tags;
    let errors = 0;
    for (let i = 0; i < n; i += 1) if (predicted[i] !== gold[i]) errors += 1;
    this.step += n;
    if (errors === 0) return 0;
    for (let i = 0; i < n; i += 1) {
      const truth = gold[i] ?? OUTSIDE;
      const guess = predicted[i] ?? OUTSIDE;
      if (truth === guess && gold[i - 1] === predicted[i - 1] && gold[i - 2] === predicted[i - 2]) continue;
      for (const feature of featuresAt(sentence, i, gold)) this.update(feature, truth, 1);
      for (const feature of featuresAt(sentence, i, predicted)) this.update(feature, guess, -1);
    }
    return errors;
  }

  private update(feature: number, tag: number, delta: number): void {
    let row = this.rows.get(feature);
    if (row === undefined) {
      row = { weights: new Float64Array(TAG_COUNT), sums: new Float64Array(TAG_COUNT), stamps: new Float64Array(TAG_COUNT) };
      this.rows.set(feature, row);
    }
    row.sums[tag] = (row.sums[tag] ?? 0) + (this.step - (row.stamps[tag] ?? 0)) * (row.weights[tag] ?? 0);
    row.stamps[tag] = this.step;
    row.weights[tag] = (row.weights[tag] ?? 0) + delta;
  }

  /** The averaged weights, dropping features whose largest weight is below `minWeight`; keys ascending. */
  averaged(minWeight: number): WeightTable {
    const kept: { key: number; values: Float32Array }[] = [];
    const step = Math.max(this.step, 1);
    for (const [key, row] of this.rows) {
      const values = new Float32Array(TAG_COUNT);
      let largest = 0;
      for (let t = 0; t < TAG_COUNT; t += 1) {
        const sum = (row.sums[t] ?? 0) + (step - (row.stamps[t] ?? 0)) * (row.weights[t] ?? 0);
        values[t] = sum / step;
        largest = Math.max(largest, Math.abs(values[t] ?? 0));
      }
      if (largest >= minWeight) kept.push({ key, values });
    }
    kept.sort((a, b) => a.key - b.key);
    const weights = new Float32Array(kept.length * TAG_COUNT);
    kept.forEach(({ values }, row) => weights.set(values, row * TAG_COUNT));
    return { keys: Uint32Array.from(kept, ({ key }) => key), weights };
  }

  get featureCount(): number {
    return this.rows.size;
  }
}

/**
 * The mean of several weight tables (models trained on differently shuffled data, `train-tagger.js
 * --seeds`), a key missing from a table counting as zero there, dropping features whose largest mean
 * weight is below `minWeight`. One model at run time, so no cost per token; keys ascending.
 */
export function averageWeightTables(tables: readonly WeightTable[], minWeight: number): WeightTable {
  const count = tables.length;
  const at = new Array<number>(count).fill(0);
  const keys: number[] = [];
  const rows: number[] = [];
  const sum = new Float64Array(TAG_COUNT);
  for (;;) {
    // The smallest key not yet merged, over all tables (they are few: a linear scan).
    let key = -1;
    for (let k = 0; k < count; k += 1) {
      const table = tables[k];
      const i = at[k] ?? 0;
      if (table === undefined || i >= table.keys.length) continue;
      const candidate = table.keys[i] ?? 0;
      if (key < 0 || candidate < key) key = candidate;
    }
    if (key < 0) break;
    sum.fill(0);
    for (let k = 0; k < count; k += 1) {
      const table = tables[k];
      const i = at[k] ?? 0;
      if (table === undefined || i >= table.keys.length || table.keys[i] !== key) continue;
      for (let t = 0; t < TAG_COUNT; t += 1) sum[t] = (sum[t] ?? 0) + (table.weights[i * TAG_COUNT + t] ?? 0);
      at[k] = i + 1;
    }
    let largest = 0;
    for (let t = 0; t < TAG_COUNT; t += 1) largest = Math.max(largest, Math.abs((sum[t] ?? 0) / count));
    if (largest < minWeight) continue;
    keys.push(key);
    for (let t = 0; t < TAG_COUNT; t += 1) rows.push((sum[t] ?? 0) / count);
  }
  return { keys: Uint32Array.from(keys), weights: Float32Array.from(rows) };
}
