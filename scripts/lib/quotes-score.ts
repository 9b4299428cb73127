/**
 * Scoring of quotation spans and their attribution. Pure functions only: scripts/eval-quotes.ts does
 * the I/O.
 *
 * Span match: a predicted quotation matches a gold one when their overlap covers at least
 * MIN_OVERLAP_SHARE of the shorter of the two. Pairs are made one to one, best overlap first (ties
 * go to the pair closer in extent, overlap over union).
 * Span precision = matched / predicted, recall = matched / gold.
 *
 * Attribution: a matched pair whose speakers agree. The predicted speaker is its name, or its role
 * text when it has no name. Names are compared normalised (case, accents, punctuation, a leading
 * article and honorifics removed). A surname-only prediction counts as right only when it is the
 * last word of the gold full name and no other gold speaker of the same passage has that surname.
 * An organisation named by its acronym agrees with its full name, either way round ("the DEA" and
 * "the Drug Enforcement Administration"): annotators write either. An anonymous speaker's role
 * phrase agrees with the same phrase carrying a modifier ("one farmer" and "one farmer at the
 * cooperative's meeting"): annotators cut it at different places.
 * A gold speaker of null agrees only with no predicted speaker. Attribution precision = right /
 * predicted quotations, recall = right / gold quotations (span errors count against both).
 */

import { isAcronymOf } from '../../src/annotate/quotes/acronyms.js';

/** A predicted quotation must cover at least this share of the shorter span to match. */
export const MIN_OVERLAP_SHARE = 0.5;

export interface SpanWithSpeaker {
  start: number;
  end: number;
  speaker: string | null;
}

export interface PassageScore {
  gold: number;
  predicted: number;
  spanMatches: number;
  attributionMatches: number;
  /** Gold/predicted pairs that matched in span but not in speaker, for error listings. */
  wrongSpeakers: { gold: SpanWithSpeaker; predicted: SpanWithSpeaker }[];
  missed: SpanWithSpeaker[];
  spurious: SpanWithSpeaker[];
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusScore {
  passages: number;
  gold: number;
  predicted: number;
  span: PrecisionRecall;
  attribution: PrecisionRecall;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'president', 'prime', 'minister', 'senator', 'sen', 'rep', 'gov', 'judge', 'coach', 'chancellor']);
const ARTICLES = new Set(['the', 'a', 'an']);

/** Lower case, accents and punctuation removed, leading article and honorifics dropped. */
export function normaliseSpeaker(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  let i = 0;
  while (i < words.length - 1 && (ARTICLES.has(words[i] as string) || HONORIFICS.has(words[i] as string))) i++;
  return words.slice(i).join(' ');
}

/** Share of the shorter span that the two spans have in common. */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  if (overlap <= 0 || shorter <= 0) return 0;
  return overlap / shorter;
}

/** Overlap over union: how closely two spans agree in extent. */
function jaccard(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : overlap / union;
}

/** What may extend an anonymous speaker's role phrase: a place, an affiliation, a relative clause, a participle ("involved in the talks"). */
const ROLE_EXTENSION = /^(?:at|in|from|for|of|on|with|near|outside|inside|who|whose|\p{Ll}+ed)\s/u;

/**
 * True when `long` is the anonymous speaker's role phrase `short` ("a", "an", "one"... first)
 * with a modifier after it ("one farmer" and "one farmer at the cooperative's meeting"): one
 * speaker, whose phrase annotators cut at different places. Names are never matched this way.
 */
export function isModifiedRole(short: string, long: string): boolean {
  const a = short.trim().toLowerCase().replace(/’/g, "'");
  const b = long.trim().toLowerCase().replace(/’/g, "'");
  if (!/^(?:a|an|one|another|some)\s+\S/.test(a)) return false;
  return b.startsWith(`${a} `) && ROLE_EXTENSION.test(b.slice(a.length + 1));
}

/** True when the predicted speaker agrees with the gold one (see the file comment). */
export function speakerMatches(gold: string | null, predicted: string | null, goldSpeakers: readonly (string | null)[]): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const g = normaliseSpeaker(gold);
  const p = normaliseSpeaker(predicted);
  if (g === p) return true;
  if (isAcronymOf(gold, predicted) || isAcronymOf(predicted, gold)) return true;
  if (isModifiedRole(gold, predicted) || isModifiedRole(predicted, gold)) return true;
  if (p.includes(' ') || !g.endsWith(` ${p}`)) return false;
  const sharing = new Set(
    goldSpeakers.filter((s): s is string => s !== null).map(normaliseSpeaker).filter((s) => s === p || s.endsWith(` ${p}`)),
  );
  return sharing.size === 1;
}

/** One-to-one span matching, best overlap first. Returns index pairs [gold, predicted]. */
export function matchSpans(gold: readonly SpanWithSpeaker[], predicted: readonly SpanWithSpeaker[]): { gold: number; predicted: number }[] {
  const candidates: { gold: number; predicted: number; share: number; jaccard: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const share = overlapShare(g, p);
      if (share >= MIN_OVERLAP_SHARE) candidates.push({ gold: gi, predicted: pi, share, jaccard: jaccard(g, p) });
    }),
  );
  // Ties on the shorter-span share (a span inside another scores 1) go to the closer extent.
  candidates.sort((a, b) => b.share - a.share || b.jaccard - a.jaccard);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: { gold: number; predicted: number }[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
    usedGold.add(c.gold);
    usedPredicted.add(c.predicted);
    pairs.push({ gold: c.gold, predicted: c.predicted });
  }
  return pairs;
}

export function scorePassage(gold: readonly SpanWithSpeaker[], predicted: readonly SpanWithSpeaker[]): PassageScore {
  const pairs = matchSpans(gold, predicted);
  const goldSpeakers = gold.map((g) => g.speaker);
  const wrongSpeakers: PassageScore['wrongSpeakers'] = [];
  let attributionMatches = 0;
  for (const pair of pairs) {
    const g = gold[pair.gold] as SpanWithSpeaker;
    const p = predicted[pair.predicted] as SpanWithSpeaker;
    if (speakerMatches(g.speaker, p.speaker, goldSpeakers)) attributionMatches++;
    else wrongSpeakers.push({ gold: g, predicted: p });
  }
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedPredicted = new Set(pairs.map((p) => p.predicted));
  return {
    gold: gold.length,
    predicted: predicted.length,
    spanMatches: pairs.length,
    attributionMatches,
    wrongSpeakers,
    missed: gold.filter((_, i) => !matchedGold.has(i)),
    spurious: predicted.filter((_, i) => !matchedPredicted.has(i)),
  };
}

export function precisionRecall(correct: number, predicted: number, gold: number): PrecisionRecall {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function scoreCorpus(passages: readonly PassageScore[]): CorpusScore {
  const sum = (f: (p: PassageScore) => number): number => passages.reduce((acc, p) => acc + f(p), 0);
  const gold = sum((p) => p.gold);
  const predicted = sum((p) => p.predicted);
  return {
    passages: passages.length,
    gold,
    predicted,
    span: precisionRecall(sum((p) => p.spanMatches), predicted, gold),
    attribution: precisionRecall(sum((p) => p.attributionMatches), predicted, gold),
  };
}
