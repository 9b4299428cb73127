/**
 * Shingle scoring for extraction evaluation, after the article-extraction-benchmark's method:
 * a text becomes a multiset of 4-token shingles over word tokens, and a prediction is compared
 * with the truth by multiset overlap. Pure functions only: the eval script does the I/O.
 */

/** Shingle width the benchmark uses. */
export const SHINGLE_SIZE = 4;

/** Unicode word characters, as Python's `\w` (letters, digits, marks, underscore). */
const WORD_TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

/** Separator that cannot occur inside a token, so joined shingles never collide. */
const SHINGLE_JOIN = ' ';

export function tokenize(text: string): string[] {
  return text.match(WORD_TOKEN) ?? [];
}

/**
 * The multiset of shingles of a token list, as counts keyed by the joined shingle. A text shorter
 * than one shingle is one shorter shingle; an empty text has none.
 */
export function shingles(tokens: readonly string[], size: number = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  if (tokens.length < size) {
    counts.set(tokens.join(SHINGLE_JOIN), 1);
    return counts;
  }
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join(SHINGLE_JOIN);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageMatch {
  /** Shingles in both texts (multiset intersection). */
  tp: number;
  /** Shingles only in the prediction. */
  fp: number;
  /** Shingles only in the truth. */
  fn: number;
  /** Whether the two token sequences are identical. */
  exact: boolean;
}

export function matchPage(truth: string, prediction: string): PageMatch {
  const truthTokens = tokenize(truth);
  const predTokens = tokenize(prediction);
  const truthShingles = shingles(truthTokens);
  const predShingles = shingles(predTokens);
  let tp = 0;
  let predTotal = 0;
  for (const [key, count] of predShingles) {
    predTotal += count;
    tp += Math.min(count, truthShingles.get(key) ?? 0);
  }
  let truthTotal = 0;
  for (const count of truthShingles.values()) truthTotal += count;
  return { tp, fp: predTotal - tp, fn: truthTotal - tp, exact: sameSequence(truthTokens, predTokens) };
}

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Precision of one page, or null when the prediction is empty (such pages are left out of the mean). */
export function pagePrecision(m: PageMatch): number | null {
  return m.tp + m.fp === 0 ? null : m.tp / (m.tp + m.fp);
}

/** Recall of one page, or null when the truth is empty. */
export function pageRecall(m: PageMatch): number | null {
  return m.tp + m.fn === 0 ? null : m.tp / (m.tp + m.fn);
}

/** F1 of one page (for ranking the worst pages); an empty prediction against a non-empty truth is 0. */
export function pageF1(m: PageMatch): number {
  const p = pagePrecision(m) ?? 0;
  const r = pageRecall(m) ?? 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export interface CorpusScore {
  precision: number;
  recall: number;
  /** Harmonic mean of the averaged precision and the averaged recall (not a mean of page F1s). */
  f1: number;
  /** Share of pages whose token sequence matches the truth exactly. */
  accuracy: number;
  pages: number;
}

function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function scoreCorpus(matches: readonly PageMatch[]): CorpusScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  for (const m of matches) {
    const p = pagePrecision(m);
    if (p !== null) precisions.push(p);
    const r = pageRecall(m);
    if (r !== null) recalls.push(r);
    if (m.exact) exact++;
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: matches.length === 0 ? 0 : exact / matches.length, pages: matches.length };
}
