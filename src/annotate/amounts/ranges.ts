/**
 * The range refiner: merges two adjacent numbers into one amount when the text joins them as a
 * range ("between 400,000 and 500,000", "10 to 15", "10-15", "$10-15 million"). Joins that only
 * look like ranges are left apart: scores ("3-1"), year spans ("2015-16"), phone-number shapes
 * ("555-1234") and changes ("rose from 10 to 15").
 */
import { type Candidate, type Reading, singleCandidate } from './candidate.js';
import { isMonthName, wordBefore } from './context-words.js';

/** A dash spaced on both sides or on neither: "12.99 -5.44" is a number and a negative one. */
const DASH_JOIN = /^(?:[-–—]|[ \t]+[-–—][ \t]+)$/;
const TO_JOIN = /^[ \t]+to[ \t]+$/i;
const AND_JOIN = /^[ \t]+and[ \t]+$/i;
const BETWEEN_BEFORE = /\bbetween[ \t]+$/i;
/** "from A to B" is a change, not a range. */
const FROM_BEFORE = /\bfrom[ \t]+$/i;
/**
 * "fell 4.5 percent to 61%": after a verb of change, a first number that prints its own unit is
 * the change and the second the new level. ("rose 10 to 15 percent" stays a range.)
 */
const CHANGE_BEFORE = /\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|dropped|drops|climbed|climbs|increased|decreased|grew|declined|jumped|surged|slipped|slumped|soared|plunged|gained|lost|shed|added)[ \t]+(?:by[ \t]+)?$/i;
const LOOKBACK_CHARS = 12;
/** Seven-digit local phone numbers are printed as three digits, a dash and four. */
const PHONE_SHAPE = /^\d{3}-\d{4}$/;
const SCORE_BEFORE = /\b(?:won|lost|beat|beating|drew|trailed|trailing|led|leading)[ \t]+$/i;
const SCORE_AFTER = /^[ \t]+(?:win|victory|defeat|loss|draw|lead|scoreline)\b/i;
/** Bare four-digit numbers in this span read as years, and two years make a period, not a range. */
export const YEAR_MIN = 1000;
export const YEAR_MAX = 2100;

function looksLikeYear(reading: Reading): boolean {
  return reading.token.bare && reading.token.value >= YEAR_MIN && reading.token.value <= YEAR_MAX;
}

/** The join's kind, or null when the two numbers are not joined as a range. */
function joinBetween(text: string, a: Reading, b: Reading): 'dash' | 'to' | 'between' | null {
  const gap = text.slice(a.unit.end, b.unit.start);
  const before = text.slice(Math.max(0, a.unit.start - LOOKBACK_CHARS), a.unit.start);
  if (DASH_JOIN.test(gap)) return 'dash';
  if (TO_JOIN.test(gap)) {
    const change = FROM_BEFORE.test(before) || (a.unit.kind !== 'count' && CHANGE_BEFORE.test(before));
    return change ? null : 'to';
  }
  if (AND_JOIN.test(gap) && BETWEEN_BEFORE.test(before)) return 'between';
  return null;
}

function isScoreOrPhone(text: string, a: Reading, b: Reading): boolean {
  const joined = text.slice(a.unit.start, b.unit.end);
  if (PHONE_SHAPE.test(joined)) return true;
  const before = text.slice(Math.max(0, a.unit.start - LOOKBACK_CHARS), a.unit.start);
  return SCORE_BEFORE.test(before) || SCORE_AFTER.test(text.slice(b.unit.end, b.unit.end + LOOKBACK_CHARS));
}

/** "10 to 15 million": the lower end takes the upper end's scale when it has none of its own. */
function lowerValue(a: Reading, b: Reading): number {
  const shares = a.token.scale === 1 && b.token.scale > 1 && a.token.value < b.token.value / b.token.scale;
  return shares ? a.token.value * b.token.scale : a.token.value;
}

function mergePair(text: string, a: Reading, b: Reading): Candidate | null {
  const join = joinBetween(text, a, b);
  if (join === null) return null;
  if (a.unit.kind !== 'count' && b.unit.kind !== 'count' && a.unit.unit !== b.unit.unit) return null;
  if (looksLikeYear(a) && looksLikeYear(b)) return null;
  // "since March 3 to 86,000": a day of the month does not open a range.
  const previous = wordBefore(text, a.unit.start);
  if (previous && isMonthName(previous.word)) return null;
  if (join === 'dash' && isScoreOrPhone(text, a, b)) return null;
  const low = lowerValue(a, b);
  if (!(low < b.token.value)) return null;
  const start = join === 'between' ? a.unit.start - (BETWEEN_BEFORE.exec(text.slice(Math.max(0, a.unit.start - LOOKBACK_CHARS), a.unit.start))?.[0].length ?? 0) : a.unit.start;
  const priced = a.unit.kind !== 'count' ? a.unit : b.unit;
  return {
    start,
    end: b.unit.end,
    first: a.token,
    last: b.token,
    value: low,
    min: low,
    max: b.token.value,
    bound: 'range',
    kind: priced.kind,
    unit: priced.unit,
    rule: 'range',
  };
}

/**
 * "rose from 10 to 15 percent": the first number of a change takes the unit printed after the
 * second, as a range would.
 */
function carryUnit(text: string, a: Reading, b: Reading): Candidate {
  const single = singleCandidate(a);
  if (a.unit.kind !== 'count' || b.unit.kind === 'count') return single;
  const gap = text.slice(a.unit.end, b.unit.start);
  if (!TO_JOIN.test(gap) && !DASH_JOIN.test(gap)) return single;
  return { ...single, kind: b.unit.kind, unit: b.unit.unit, rule: b.unit.kind };
}

/** Candidates from the readings, adjacent pairs merged where the text makes them a range. */
export function mergeRanges(text: string, readings: readonly Reading[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < readings.length; i++) {
    const a = readings[i]!;
    const b = readings[i + 1];
    const range = b ? mergePair(text, a, b) : null;
    if (range) {
      out.push(range);
      i++;
    } else {
      out.push(b ? carryUnit(text, a, b) : singleCandidate(a));
    }
  }
  return out;
}
