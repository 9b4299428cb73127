/**
 * Recurrences: "annually", "every week", "twice a year", "each summer", "every Monday". They become
 * TIMEX3 SETs with the period as value (P1Y, P1W, XXXX-SU, XXXX-WXX-1), never dates.
 */
import { leadWordsOf, wordLedScan } from '../../nlp/word-led-scan.js';
import { type Candidate, TIER, fixed } from './candidate.js';
import { NUMBER_LEADS, NUMBER_SOURCE, SEASON_SOURCE, UNIT_SOURCE, durationValue, numberValue, seasonCode, unitInfo } from './lexicon.js';

const ADVERBS: Readonly<Record<string, string>> = {
  annually: 'P1Y', yearly: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', nightly: 'P1D',
  hourly: 'PT1H', quarterly: 'P3M', biannually: 'P6M', fortnightly: 'P2W',
};
// Each pattern runs at the words its matches start with only (word-led-scan.ts).
const ADVERB = wordLedScan(new RegExp(`\\b(${Object.keys(ADVERBS).join('|')})\\b`, 'gi'), { words: leadWordsOf(Object.keys(ADVERBS)) });
/** "a daily newspaper", "its weekly meeting": the adjective names a thing, not a recurrence. */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that)\s+$/i;
const EVERY_UNIT = wordLedScan(
  new RegExp(`\\b(?:every|each|per|(?:once|twice|(?:${NUMBER_SOURCE})\\s+times)\\s+(?:a|per))\\s+(?:(${NUMBER_SOURCE})\\s+)?(${UNIT_SOURCE})\\b`, 'gi'),
  { words: ['every', 'each', 'per', 'once', 'twice', ...NUMBER_LEADS.words], digits: true },
);
/** "five days a week": the period is the second unit. */
const UNITS_PER = wordLedScan(new RegExp(`\\b(?:${NUMBER_SOURCE})\\s+(?:${UNIT_SOURCE})\\s+(?:a|per)\\s+(${UNIT_SOURCE})\\b`, 'gi'), NUMBER_LEADS);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EVERY_NAMED = wordLedScan(new RegExp(`\\b(?:every|each)\\s+(${WEEKDAYS.join('|')}|${SEASON_SOURCE})\\b|\\bon\\s+(${WEEKDAYS.join('|')})s\\b`, 'gi'), {
  words: ['every', 'each', 'on'],
});
const SUNDAY_ISO = 7;

function set(start: number, end: number, value: string): Candidate {
  return fixed(start, end, { type: 'SET', rule: 'frequency', tier: TIER.relative, value });
}

export function findFrequencies(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ADVERB.matches(text)) {
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    out.push(set(m.index, m.index + m[0].length, ADVERBS[(m[1] ?? '').toLowerCase()] ?? 'P1D'));
  }
  for (const m of EVERY_UNIT.matches(text)) {
    const count = m[1] === undefined ? 1 : numberValue(m[1]);
    const unit = unitInfo(m[2] ?? '');
    if (count === null || unit === null) continue;
    out.push(set(m.index, m.index + m[0].length, durationValue(count, unit)));
  }
  for (const m of UNITS_PER.matches(text)) {
    const unit = unitInfo(m[1] ?? '');
    if (unit !== null) out.push(set(m.index, m.index + m[0].length, durationValue(1, unit)));
  }
  for (const m of EVERY_NAMED.matches(text)) {
    const name = (m[1] ?? m[2] ?? '').toLowerCase();
    const weekday = WEEKDAYS.indexOf(name);
    const value = weekday >= 0 ? `XXXX-WXX-${weekday || SUNDAY_ISO}` : `XXXX-${seasonCode(name)}`;
    // "on Mondays": the span is the plural name, as the weekday finder would mark it.
    const start = m[2] !== undefined ? m.index + m[0].length - m[2].length - 1 : m.index;
    out.push(set(start, m.index + m[0].length, value));
  }
  return out;
}
