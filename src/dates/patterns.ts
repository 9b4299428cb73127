/**
 * The shapes a date takes in text, each a regex and a reader that turns a match into a real
 * calendar day: ISO 8601 (with its time), month names in either order and several languages,
 * numeric dates year-first or year-last, and CJK dates.
 */
import { type CalendarDate, makeDate, makeTime } from './calendar.js';
import { type FoundTime, to24Hour } from './clock.js';
import { MONTH_ALTERNATION, monthNumber } from './months.js';
import { type Offset, parseIsoOffset, ZULU } from './offset.js';
import { readZone } from './read-zone.js';

/** A slash date like 05/06/2024 reads either way when both numbers are at most this. */
const MAX_MONTH = 12;

export interface PatternReading {
  date: CalendarDate;
  /** Set when the pattern itself carried a time (ISO 8601). */
  time: FoundTime | null;
}

export interface DatePattern {
  re: RegExp;
  read(m: RegExpExecArray, text: string): PatternReading | null;
}

function dateOnly(date: CalendarDate | null): PatternReading | null {
  return date ? { date, time: null } : null;
}

/** A month name's number, or 0 (no month) when unknown so that makeDate rejects it. */
const monthOf = (name: string | undefined): number => monthNumber(name) ?? 0;

/** The offset an ISO 8601 value carries, or a zone name written after it ("2024-01-30 09:15 EST"). */
function isoZone(zone: string | undefined, text: string, end: number, date: CalendarDate): { offset: Offset | null; end: number } | null {
  if (zone !== undefined) {
    const offset = zone.toUpperCase() === 'Z' ? ZULU : parseIsoOffset(zone);
    return offset ? { offset, end } : null;
  }
  const named = readZone(text, end, date);
  return named ?? { offset: null, end };
}

const ISO_PATTERN: DatePattern = {
  // "2024-01-30 10:02 AM CDT": some sites put a 12-hour clock after an ISO date.
  re: /(?<![\d\w])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?\s?m\b\.?)?(?:\s?(Z|[+-]\d{2}(?::?\d{2})?)(?![\d]))?)?(?!\d)/giu,
  read(m, text) {
    const [whole, y, mo, d, h, min, s, meridiem, zone] = m;
    const date = makeDate(Number(y), Number(mo), Number(d));
    if (!date) return null;
    if (h === undefined || min === undefined) return { date, time: null };
    const hour = to24Hour(Number(h), meridiem);
    const time = hour === null ? null : makeTime(hour, Number(min), Number(s ?? '0'));
    if (!time) return { date, time: null };
    // An offset that cannot exist (+25:00) leaves the date without its time rather than with a guessed zone.
    const written = isoZone(zone, text, m.index + whole.length, date);
    if (!written) return { date, time: null };
    return { date, time: { time, offset: written.offset, start: m.index, end: written.end } };
  },
};

const MONTH_DAY_YEAR_PATTERN: DatePattern = {
  re: new RegExp(
    String.raw`(?<!\p{L})(${MONTH_ALTERNATION})(?!\p{L})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d),?\s+(\d{4})(?!\d)`,
    'giu',
  ),
  read: (m) => dateOnly(makeDate(Number(m[3]), monthOf(m[1]), Number(m[2]))),
};

/** "30 January 2024", "1er février 2024", "3 de março de 2021", "the 1st of March, 2022". */
const DAY_MONTH_YEAR_PATTERN: DatePattern = {
  re: new RegExp(
    String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:(?:de|of)\s+)?(${MONTH_ALTERNATION})(?!\p{L})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)`,
    'giu',
  ),
  read: (m) => dateOnly(makeDate(Number(m[3]), monthOf(m[2]), Number(m[1]))),
};

const YEAR_FIRST_PATTERN: DatePattern = {
  re: /(?<![\d.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d])/g,
  read: (m) => dateOnly(makeDate(Number(m[1]), Number(m[3]), Number(m[4]))),
};

/** 30.01.2024 is always day first; 01/30/2024 and 30/01/2024 are read by which number can be a month. */
function yearLastDate(first: number, separator: string, second: number, year: number): CalendarDate | null {
  if (separator === '.' || first > MAX_MONTH) return makeDate(year, second, first);
  if (second > MAX_MONTH || first === second) return makeDate(year, first, second);
  return null; // ambiguous: 05/06/2024
}

const YEAR_LAST_PATTERN: DatePattern = {
  re: /(?<![\d./])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d])/g,
  read: (m) => dateOnly(yearLastDate(Number(m[1]), m[2] ?? '', Number(m[3]), Number(m[4]))),
};

const CJK_PATTERN: DatePattern = {
  re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
  read: (m) => dateOnly(makeDate(Number(m[1]), Number(m[2]), Number(m[3]))),
};

export const DATE_PATTERNS: readonly DatePattern[] = [
  ISO_PATTERN,
  MONTH_DAY_YEAR_PATTERN,
  DAY_MONTH_YEAR_PATTERN,
  YEAR_FIRST_PATTERN,
  YEAR_LAST_PATTERN,
  CJK_PATTERN,
];
