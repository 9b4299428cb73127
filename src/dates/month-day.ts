/**
 * A month and day printed without a year ("Jan 30", "March 4th"), as wire datelines print them.
 * It names no day until a year is known, so it is returned as numbers, not as an ISO value: the
 * caller decides where the year may come from (never from the clock).
 */
import { MONTH_ALTERNATION, monthNumber } from './months.js';

/** No month has more days; whether this month has that many is settled once the year is known. */
const MAX_DAY = 31;

export interface FoundMonthDay {
  month: number;
  day: number;
  /** Where the month and day start and end in the searched text. */
  start: number;
  end: number;
}

const MONTH_DAY_RE = new RegExp(
  String.raw`(?<!\p{L})(${MONTH_ALTERNATION})(?!\p{L})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\d])`,
  'iu',
);

/** The first month name followed by a day number in the text, or null. */
export function findMonthDay(text: string): FoundMonthDay | null {
  const m = MONTH_DAY_RE.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1]);
  const day = Number(m[2]);
  if (month === null || day < 1 || day > MAX_DAY) return null;
  return { month, day, start: m.index, end: m.index + m[0].length };
}
