/**
 * Scoring the amounts annotator against hand-made gold: pure functions, no I/O.
 *
 * A gold amount names its span by its printed text (the first occurrence after the previous gold
 * amount); a prediction matches a gold amount when their spans overlap (one to one, in text order).
 * Detection is scored as precision/recall/F1 over those matches; each field (value, approximate,
 * object, countType, unit) is scored as accuracy over the matched pairs whose gold states it.
 */

export interface GoldAmount {
  text: string;
  value: number;
  approximate?: boolean;
  object?: string | null;
  countType?: string | null;
  unit?: string | null;
  min?: number | null;
  max?: number | null;
}

export interface GoldSpan extends GoldAmount {
  start: number;
  end: number;
}

/** The part of a predicted amount the scorer reads (a record's `amounts[]` item fits). */
export interface PredictedAmount {
  start: number;
  end: number;
  text: string;
  value: number;
  approximate: boolean;
  object: { text: string } | null;
  countType: string | null;
  unit: string | null;
  min: number | null;
  max: number | null;
}

export interface Pair {
  gold: GoldSpan;
  predicted: PredictedAmount;
}

export interface DocumentMatch {
  pairs: Pair[];
  missed: GoldSpan[];
  spurious: PredictedAmount[];
}

export const FIELDS = ['value', 'bounds', 'approximate', 'object', 'countType', 'unit'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldTally {
  checked: number;
  correct: number;
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  exactSpans: number;
  fields: Record<Field, FieldTally>;
}

/** Finds each gold amount's span in `body`, in order; throws when one is not there. */
export function locateGold(body: string, gold: readonly GoldAmount[]): GoldSpan[] {
  let from = 0;
  return gold.map((amount) => {
    const start = body.indexOf(amount.text, from);
    if (start === -1) throw new Error(`gold amount "${amount.text}" not found in the text after offset ${from}`);
    from = start + amount.text.length;
    return { ...amount, start, end: from };
  });
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Pairs gold and predicted amounts whose spans overlap, each at most once, the largest overlap first. */
export function matchAmounts(gold: readonly GoldSpan[], predicted: readonly PredictedAmount[]): DocumentMatch {
  const used = new Set<number>();
  const pairs: Pair[] = [];
  const missed: GoldSpan[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    for (const [i, p] of predicted.entries()) {
      const size = overlap(g, p);
      if (!used.has(i) && size > bestOverlap) {
        best = i;
        bestOverlap = size;
      }
    }
    const match = predicted[best];
    if (match === undefined) {
      missed.push(g);
      continue;
    }
    used.add(best);
    pairs.push({ gold: g, predicted: match });
  }
  const spurious = predicted.filter((_, i) => !used.has(i));
  return { pairs, missed, spurious };
}

/** Whether the pair agrees on a field, or null when the gold does not state it. */
export function fieldAgrees(pair: Pair, field: Field): boolean | null {
  const { gold, predicted } = pair;
  switch (field) {
    case 'value':
      return gold.value === predicted.value;
    case 'bounds':
      if (gold.min === undefined && gold.max === undefined) return null;
      return (gold.min ?? null) === predicted.min && (gold.max ?? null) === predicted.max;
    case 'approximate':
      return gold.approximate === undefined ? null : gold.approximate === predicted.approximate;
    case 'object':
      if (gold.object === undefined) return null;
      return (gold.object?.toLowerCase() ?? null) === (predicted.object?.text.toLowerCase() ?? null);
    case 'countType':
      return gold.countType === undefined ? null : (gold.countType ?? null) === predicted.countType;
    case 'unit':
      return gold.unit === undefined ? null : (gold.unit ?? null) === predicted.unit;
  }
}

export function emptyTally(): Tally {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { checked: 0, correct: 0 }])) as Record<Field, FieldTally>;
  return { gold: 0, predicted: 0, matched: 0, exactSpans: 0, fields };
}

/** Adds one document's match to the running tally (returns a new tally). */
export function addMatch(tally: Tally, match: DocumentMatch): Tally {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { ...tally.fields[f] }])) as Record<Field, FieldTally>;
  let exactSpans = tally.exactSpans;
  for (const pair of match.pairs) {
    if (pair.gold.start === pair.predicted.start && pair.gold.end === pair.predicted.end) exactSpans++;
    for (const field of FIELDS) {
      const agrees = fieldAgrees(pair, field);
      if (agrees === null) continue;
      fields[field].checked++;
      if (agrees) fields[field].correct++;
    }
  }
  return {
    gold: tally.gold + match.pairs.length + match.missed.length,
    predicted: tally.predicted + match.pairs.length + match.spurious.length,
    matched: tally.matched + match.pairs.length,
    exactSpans,
    fields,
  };
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched pairs whose spans are identical. */
  exactSpan: number;
  /** Accuracy per field over the matched pairs whose gold states it (NaN when none does). */
  fields: Record<Field, number>;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : part / whole;
}

export function figures(tally: Tally): Figures {
  const precision = ratio(tally.matched, tally.predicted);
  const recall = ratio(tally.matched, tally.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, ratio(tally.fields[f].correct, tally.fields[f].checked)])) as Record<Field, number>;
  return { precision, recall, f1, exactSpan: ratio(tally.exactSpans, tally.matched), fields };
}
