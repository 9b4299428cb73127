/**
 * TempEval-3 style scoring of temporal expressions: span precision/recall/F1 under strict
 * (identical offsets) and relaxed (overlapping) matching, type accuracy and value F1 over the
 * relaxed matches (a relaxed match with the correct value counts as a hit; TempEval-3's value F1).
 */

export interface Timex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface Counts {
  /** Gold expressions. */
  gold: number;
  /** Predicted expressions. */
  predicted: number;
  strictHits: number;
  relaxedHits: number;
  /** Relaxed matches whose type agrees. */
  typeHits: number;
  /** Relaxed matches whose value agrees. */
  valueHits: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  strict: Prf;
  relaxed: Prf;
  /** Share of relaxed matches with the right type. */
  typeAccuracy: number;
  /** Share of relaxed matches with the right value. */
  valueAccuracy: number;
  value: Prf;
  counts: Counts;
}

export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, strictHits: 0, relaxedHits: 0, typeHits: 0, valueHits: 0 };
}

function overlaps(a: Timex, b: Timex): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Pairs each gold expression with at most one prediction: an identical span first, otherwise the
 * first unused overlapping one, so one long prediction cannot be credited twice.
 */
export function alignDocument(gold: readonly Timex[], predicted: readonly Timex[]): Counts {
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.predicted = predicted.length;
  const used = new Set<number>();
  for (const g of gold) {
    let index = predicted.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end);
    const strict = index >= 0;
    if (!strict) index = predicted.findIndex((p, i) => !used.has(i) && overlaps(p, g));
    const p = predicted[index];
    if (p === undefined) continue;
    used.add(index);
    counts.relaxedHits += 1;
    if (strict) counts.strictHits += 1;
    if (p.type === g.type) counts.typeHits += 1;
    if (p.value === g.value) counts.valueHits += 1;
  }
  return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    strictHits: a.strictHits + b.strictHits,
    relaxedHits: a.relaxedHits + b.relaxedHits,
    typeHits: a.typeHits + b.typeHits,
    valueHits: a.valueHits + b.valueHits,
  };
}

/** Precision, recall and F1 from hits; 0 where a denominator is 0. */
export function prf(hits: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : hits / predicted;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function score(counts: Counts): Scores {
  const share = (n: number): number => (counts.relaxedHits === 0 ? 0 : n / counts.relaxedHits);
  return {
    strict: prf(counts.strictHits, counts.predicted, counts.gold),
    relaxed: prf(counts.relaxedHits, counts.predicted, counts.gold),
    typeAccuracy: share(counts.typeHits),
    valueAccuracy: share(counts.valueHits),
    value: prf(counts.valueHits, counts.predicted, counts.gold),
    counts,
  };
}
