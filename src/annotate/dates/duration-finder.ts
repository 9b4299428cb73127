/**
 * Lengths of time: "eight years", "three months", "a 10-year sentence", "24 hours", "for decades",
 * "the past two weeks". They become TIMEX3 DURATIONs (P8Y, P3M, P10Y, PT24H, PXDE, P2W) and are
 * never turned into dates; "two years ago" is the relative finder's and wins the overlap.
 */
import { wordLedScan } from '../../nlp/word-led-scan.js';
import { type Candidate, TIER, fixed } from './candidate.js';
import { NUMBER_LEADS, NUMBER_SOURCE, UNIT_SOURCE, durationValue, numberValue, unitInfo } from './lexicon.js';

// Each pattern runs at the words its matches start with only (word-led-scan.ts).
const COUNTED = wordLedScan(new RegExp(`\\b(${NUMBER_SOURCE})([\\s-]+)(${UNIT_SOURCE})\\b(?!-old|\\s+old\\b)`, 'gi'), NUMBER_LEADS);
/**
 * "a year" / "an hour" only after a word that makes it a length ("for a year", "in an hour").
 * The word before is a look-behind at the end, reading back over the match (group 1) first: `(R)(?<=L\1)`
 * matches where `(?<=L)R` does, but a look-behind that opens a pattern is tried at every position
 * of the text, which made this scan four times slower. It puts white space right before the
 * match, so the match starts at a word: "a" or "an".
 */
const ARTICLE_COUNTED = wordLedScan(
  new RegExp(`((an?)\\s+(${UNIT_SOURCE})\\b(?!-old))(?<=\\b(?:for|over|within|in|about|nearly|almost|than|after|past|another|further|least|just|only)\\s+\\1)`, 'gi'),
  { words: ['a', 'an'] },
);
const THE_PAST = wordLedScan(new RegExp(`\\bthe\\s+(?:past|last|next|previous|coming)\\s+(?:(${NUMBER_SOURCE})\\s+)?(${UNIT_SOURCE})\\b`, 'gi'), { words: ['the'] });
const PLURAL = /(?:s|centuries)$/i;
/** "for years": the word before read back over the match, as in ARTICLE_COUNTED (so the match starts at a word). */
const BARE_PLURAL = wordLedScan(/(years|months|weeks|days|decades|centuries|hours)\b(?<=\b(?:for|over)\s+\1)/gi, {
  words: ['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours'],
});

function push(out: Candidate[], start: number, end: number, count: number | 'X' | null, unitWord: string | undefined): void {
  const unit = unitInfo(unitWord ?? '');
  if (count === null || unit === null) return;
  out.push(fixed(start, end, { type: 'DURATION', rule: 'duration', tier: TIER.duration, value: durationValue(count, unit) }));
}

export function findDurations(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of COUNTED.matches(text)) push(out, m.index, m.index + m[0].length, numberValue(m[1] ?? ''), m[3]);
  for (const m of ARTICLE_COUNTED.matches(text)) push(out, m.index, m.index + m[0].length, 1, m[3]);
  for (const m of THE_PAST.matches(text)) {
    // "the past year" is one; "the coming weeks" is an unstated number of them.
    const count = m[1] !== undefined ? numberValue(m[1]) : PLURAL.test(m[2] ?? '') ? 'X' : 1;
    push(out, m.index, m.index + m[0].length, count, m[2]);
  }
  for (const m of BARE_PLURAL.matches(text)) push(out, m.index, m.index + m[0].length, 'X', m[1]);
  return out;
}
