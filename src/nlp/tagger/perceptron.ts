/**
 * The averaged perceptron: a linear score per tag over sparse binary features, decoded greedily left
 * to right so each token can see the two tags chosen before it. Greedy decoding was kept over
 * Viterbi because the tag-history features (previous tag with the current word) do not fit a
 * first-order lattice, and the measured difference did not pay for the extra cost (docs/ner.md).
 *
 * Inference reads a frozen `WeightTable` (feature string -> row of a Float32Array). Training
 * (`PerceptronTrainer`) keeps, per feature, the live weights plus the running sums needed for
 * averaging, updated lazily: a weight's sum is brought up to date only when the weight changes.
 */
import { type SentenceContext, type SentenceFeatures, tagFeatures } from './features.js';
import { createCachedScorer } from './fast-scorer.js';
import { OUTSIDE, TAG_COUNT, TAGS, allowedAfter } from './tags.js';

export interface WeightTable {
  /** Row of each feature in `weights`. */
  readonly rows: ReadonlyMap<string, number>;
  /** TAG_COUNT weights per row. */
  readonly weights: Float32Array;
  /** Scores are divided by this before the softmax that gives confidences (perceptron scores are not probabilities). */
  readonly temperature?: number;
}

export interface TaggedSentence {
  readonly tags: number[];
  /** Probability-like confidence of each chosen tag (softmax over the tag scores). */
  readonly confidences: number[];
}

/** Something that can add a feature's weights into a score vector. */
export interface ScoreSource {
  addFeature(feature: string, scores: Float64Array): void;
  readonly temperature?: number;
  /** Scores of the tag-independent features of a sentence, TAG_COUNT per token (a cached fast path). */
  readonly staticScores?: (c: SentenceContext) => Float64Array;
}

export function tableSource(table: WeightTable): ScoreSource {
  const addFeature = (feature: string, scores: Float64Array): void => {
    const row = table.rows.get(feature);
    if (row === undefined) return;
    const base = row * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t] = (scores[t] ?? 0) + (table.weights[base + t] ?? 0);
  };
  const scorer = createCachedScorer(addFeature);
  return { temperature: table.temperature ?? 1, addFeature, staticScores: (c) => scorer.scoreSentence(c) };
}

const NO_TAG = '<s>';

function tagName(tag: number | undefined): string {
  return tag === undefined ? NO_TAG : (TAGS[tag] ?? NO_TAG);
}

/** Features of token i given the tags chosen so far. */
export function featuresAt(sentence: SentenceFeatures, i: number, chosen: readonly number[]): string[] {
  const own = sentence.perToken[i] ?? [];
  const lower = (sentence.words[i] ?? '').toLowerCase();
  return own.concat(tagFeatures(tagName(chosen[i - 1]), tagName(chosen[i - 2]), lower));
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

/** Greedy decoding given the static scores of each token: only the tag-history features are added. */
export function tagWithStaticScores(source: ScoreSource, words: readonly string[], staticScores: Float64Array): TaggedSentence {
  const tags: number[] = [];
  const confidences: number[] = [];
  const scores = new Float64Array(TAG_COUNT);
  for (let i = 0; i < words.length; i += 1) {
    scores.set(staticScores.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT));
    const lower = (words[i] ?? '').toLowerCase();
    for (const feature of tagFeatures(tagName(tags[i - 1]), tagName(tags[i - 2]), lower)) source.addFeature(feature, scores);
    const prev = tags[i - 1] ?? OUTSIDE;
    const tag = bestAllowed(scores, prev);
    tags.push(tag);
    confidences.push(confidenceOf(scores, tag, prev, source.temperature ?? 1));
  }
  return { tags, confidences };
}

export function tagSentence(source: ScoreSource, sentence: SentenceFeatures): TaggedSentence {
  return tagWithStaticScores(source, sentence.words, plainStaticScores(source, sentence));
}

/** Live weights, running sums and the step of the last change, TAG_COUNT each, per feature. */
interface TrainingRow {
  readonly weights: Float64Array;
  readonly sums: Float64Array;
  readonly stamps: Float64Array;
}

export class PerceptronTrainer implements ScoreSource {
  private readonly rows = new Map<string, TrainingRow>();
  private step = 0;

  addFeature(feature: string, scores: Float64Array): void {
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

  private update(feature: string, tag: number, delta: number): void {
    let row = this.rows.get(feature);
    if (row === undefined) {
      row = { weights: new Float64Array(TAG_COUNT), sums: new Float64Array(TAG_COUNT), stamps: new Float64Array(TAG_COUNT) };
      this.rows.set(feature, row);
    }
    row.sums[tag] = (row.sums[tag] ?? 0) + (this.step - (row.stamps[tag] ?? 0)) * (row.weights[tag] ?? 0);
    row.stamps[tag] = this.step;
    row.weights[tag] = (row.weights[tag] ?? 0) + delta;
  }

  /** The averaged weights, dropping features whose largest weight is below `minWeight`. */
  averaged(minWeight: number): WeightTable {
    const kept: { feature: string; values: Float32Array }[] = [];
    const step = Math.max(this.step, 1);
    for (const [feature, row] of this.rows) {
      const values = new Float32Array(TAG_COUNT);
      let largest = 0;
      for (let t = 0; t < TAG_COUNT; t += 1) {
        const sum = (row.sums[t] ?? 0) + (step - (row.stamps[t] ?? 0)) * (row.weights[t] ?? 0);
        values[t] = sum / step;
        largest = Math.max(largest, Math.abs(values[t] ?? 0));
      }
      if (largest >= minWeight) kept.push({ feature, values });
    }
    const weights = new Float32Array(kept.length * TAG_COUNT);
    const rows = new Map<string, number>();
    kept.forEach(({ feature, values }, row) => {
      rows.set(feature, row);
      weights.set(values, row * TAG_COUNT);
    });
    return { rows, weights };
  }

  get featureCount(): number {
    return this.rows.size;
  }
}
