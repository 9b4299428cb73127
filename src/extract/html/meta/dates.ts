/**
 * Dates as pages write them, normalised to ISO 8601.
 *
 * Handles ISO 8601 ("2024-01-30T09:15:00+09:00"), RFC 2822 ("Tue, 30 Jan 2024 09:15:00 +0000"),
 * month names in either order ("January 30, 2024", "30 janvier 2024", "Jan. 30th 2024"), numeric
 * dates ("2024/01/30", "30.01.2024", "01/30/2024"), CJK dates ("2024年1月30日"), Unix timestamps,
 * and a clock time before or after the date ("Jan. 30, 2024 9:15 a.m. ET", "10:03 AM EST, Tue
 * January 30, 2024").
 *
 * Output: a date-time with its offset when the text gives both a time and a zone
 * ("2024-01-30T09:15:00-05:00"; "Z" when the zone is written Z, UTC or GMT), otherwise the bare date
 * ("2024-01-30"). A time without a zone does not name an instant, so we keep only its date rather
 * than invent an offset. Impossible dates (month 13, February 30) and years outside
 * MIN_YEAR..MAX_YEAR are rejected; a slash date whose day and month are both <= 12 is ambiguous
 * and rejected too. Nothing here reads the clock.
 */
import { MONTH_ALTERNATION, MONTH_NUMBER } from './month-names.js';
import { ZONE_ALTERNATION, zoneOffsetMinutes } from './time-zones.js';

/** Earliest year we accept: older dates in page metadata are placeholders or typos. */
export const MIN_YEAR = 1900;
/** Latest year we accept: later ones are typos or sentinel values ("9999-12-31"). */
export const MAX_YEAR = 2100;
/** How far before or after a date we look for its clock time, in characters. */
const TIME_SEARCH_WINDOW = 48;
/** Longest value parseDate looks at: metadata dates are short; anything longer is prose. */
const MAX_PARSE_LENGTH = 200;
/** Largest real UTC offset (Line Islands, +14:00). */
const MAX_OFFSET_MINUTES = 14 * 60;
/** Unix timestamps in seconds or milliseconds have this many digits for years 2001..2286. */
const EPOCH_SECONDS_DIGITS = 10;
const EPOCH_MILLIS_DIGITS = 13;
/** A slash date like 05/06/2024 reads either way when both numbers are at most this. */
const MAX_MONTH = 12;

export interface FoundDate {
  /** The ISO 8601 value. */
  value: string;
  /** Where the date (with its time, when one was found) starts and ends in the searched text. */
  start: number;
  end: number;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

/** A UTC offset as written: `zulu` when the text said Z, UTC or GMT rather than a number. */
interface Offset {
  minutes: number;
  zulu: boolean;
}

interface TimeReading {
  time: ClockTime;
  offset: Offset | null;
  start: number;
  end: number;
}

interface DateCandidate {
  date: CalendarDate;
  start: number;
  end: number;
  /** Set when the pattern itself carried a time (ISO 8601). */
  time: TimeReading | null;
}

// ---------------------------------------------------------------------------------------------
// Validation and formatting

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function makeDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function makeTime(hour: number, minute: number, second: number): ClockTime | null {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return null;
  return { hour, minute, second: Math.min(second, 59) };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function formatDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

function formatOffset(offset: Offset): string {
  if (offset.zulu) return 'Z';
  const sign = offset.minutes < 0 ? '-' : '+';
  const abs = Math.abs(offset.minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function formatValue(date: CalendarDate, time: TimeReading | null): string {
  if (time === null || time.offset === null) return formatDate(date);
  const t = time.time;
  return `${formatDate(date)}T${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}${formatOffset(time.offset)}`;
}

// ---------------------------------------------------------------------------------------------
// Offsets and clock times

/** "+09:00", "+0900", "-05", optionally after "UTC"/"GMT". */
function numericOffset(sign: string, hours: string, minutes: string | undefined): Offset | null {
  const total = Number(hours) * 60 + Number(minutes ?? '0');
  if (Number(minutes ?? '0') > 59 || total > MAX_OFFSET_MINUTES) return null;
  return { minutes: sign === '-' ? -total : total, zulu: false };
}

const ZONE_RE = new RegExp(
  String.raw`\s*\(?\s*(?:(?:(utc|gmt)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?|(${ZONE_ALTERNATION}))(?![\p{L}\d])\)?`,
  'iuy',
);

/** Reads a zone written right at `at` in `text`. */
function readZone(text: string, at: number, date: CalendarDate): { offset: Offset; end: number } | null {
  ZONE_RE.lastIndex = at;
  const m = ZONE_RE.exec(text);
  if (!m) return null;
  const [, utcWord, sign, hours, minutes, abbreviation] = m;
  const end = at + m[0].length;
  if (sign !== undefined && hours !== undefined) {
    // A bare "-5" after a time is too often something else (a range, a score): require a prefix or four digits.
    if (utcWord === undefined && minutes === undefined) return null;
    const offset = numericOffset(sign, hours, minutes);
    return offset ? { offset, end } : null;
  }
  if (abbreviation !== undefined) {
    const minutesEast = zoneOffsetMinutes(abbreviation, date.year, date.month, date.day);
    if (minutesEast === null) return null;
    const zulu = /^(utc|gmt)$/i.test(abbreviation);
    return { offset: { minutes: minutesEast, zulu }, end };
  }
  return null;
}

const CLOCK = String.raw`(\d{1,2})(?:[:h](\d{2}))?(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?`;
/** A clock time right after a date, after an optional connector ("at", ",", "|", "um", "à"...). */
const TIME_AFTER_RE = new RegExp(
  String.raw`[\s,]*(?:(?:at|@|um|à|às|a las|alle|om|-|–|—|\|)\s*)?${CLOCK}`,
  'iuy',
);
/** Clock times anywhere in a window before a date. */
const TIME_BEFORE_RE = new RegExp(String.raw`(?<![\d:])${CLOCK}`, 'giu');
/** What may stand between a time written before a date and that date: separators, a weekday. */
const BETWEEN_TIME_AND_DATE_RE =
  /^[\s,|\-–—/]*(?:on\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s*)?$/i;

function clockFromMatch(m: RegExpExecArray): ClockTime | null {
  const [, h, min, sec, meridiem] = m;
  // A number alone is not a time: it needs minutes or a.m./p.m.
  if (h === undefined || (min === undefined && meridiem === undefined)) return null;
  let hour = Number(h);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  return makeTime(hour, Number(min ?? '0'), Number(sec ?? '0'));
}

function timeAfter(text: string, at: number, date: CalendarDate): TimeReading | null {
  TIME_AFTER_RE.lastIndex = at;
  const m = TIME_AFTER_RE.exec(text);
  if (!m) return null;
  const time = clockFromMatch(m);
  if (!time) return null;
  const timeEnd = at + m[0].length;
  if (/^\d/.test(text.slice(timeEnd, timeEnd + 1))) return null;
  const zone = readZone(text, timeEnd, date);
  return { time, offset: zone?.offset ?? null, start: at, end: zone?.end ?? timeEnd };
}

function timeBefore(text: string, dateStart: number, date: CalendarDate): TimeReading | null {
  const from = Math.max(0, dateStart - TIME_SEARCH_WINDOW);
  const window = text.slice(from, dateStart);
  let last: TimeReading | null = null;
  TIME_BEFORE_RE.lastIndex = 0;
  for (let m = TIME_BEFORE_RE.exec(window); m !== null; m = TIME_BEFORE_RE.exec(window)) {
    const time = clockFromMatch(m);
    if (!time) continue;
    const timeEnd = m.index + m[0].length;
    const zone = readZone(window, timeEnd, date);
    const end = zone?.end ?? timeEnd;
    if (BETWEEN_TIME_AND_DATE_RE.test(window.slice(end))) {
      last = { time, offset: zone?.offset ?? null, start: from + m.index, end: from + end };
    }
  }
  return last;
}

// ---------------------------------------------------------------------------------------------
// Date patterns

interface DatePattern {
  re: RegExp;
  read(m: RegExpExecArray, text: string): { date: CalendarDate; time: TimeReading | null } | null;
}

function monthNumber(name: string | undefined): number {
  return MONTH_NUMBER.get((name ?? '').toLowerCase()) ?? 0;
}

const ISO_PATTERN: DatePattern = {
  re: /(?<![\d\w])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s?(Z|[+-]\d{2}(?::?\d{2})?)(?![\d]))?)?(?!\d)/giu,
  read(m, text) {
    const [whole, y, mo, d, h, min, s, zone] = m;
    const date = makeDate(Number(y), Number(mo), Number(d));
    if (!date) return null;
    if (h === undefined || min === undefined) return { date, time: null };
    const time = makeTime(Number(h), Number(min), Number(s ?? '0'));
    if (!time) return { date, time: null };
    const end = m.index + whole.length;
    let offset: Offset | null = null;
    let timeEnd = end;
    if (zone !== undefined) {
      offset = zone.toUpperCase() === 'Z' ? { minutes: 0, zulu: true } : isoOffset(zone);
      if (!offset) return { date, time: null };
    } else {
      const named = readZone(text, end, date);
      if (named) {
        offset = named.offset;
        timeEnd = named.end;
      }
    }
    return { date, time: { time, offset, start: m.index, end: timeEnd } };
  },
};

function isoOffset(zone: string): Offset | null {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return numericOffset(m[1], m[2], m[3]);
}

const MONTH_DAY_YEAR_PATTERN: DatePattern = {
  re: new RegExp(
    String.raw`(?<!\p{L})(${MONTH_ALTERNATION})(?!\p{L})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d),?\s+(\d{4})(?!\d)`,
    'giu',
  ),
  read(m) {
    const date = makeDate(Number(m[3]), monthNumber(m[1]), Number(m[2]));
    return date ? { date, time: null } : null;
  },
};

const DAY_MONTH_YEAR_PATTERN: DatePattern = {
  re: new RegExp(
    String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?(${MONTH_ALTERNATION})(?!\p{L})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)`,
    'giu',
  ),
  read(m) {
    const date = makeDate(Number(m[3]), monthNumber(m[2]), Number(m[1]));
    return date ? { date, time: null } : null;
  },
};

const YEAR_FIRST_PATTERN: DatePattern = {
  re: /(?<![\d.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d])/g,
  read(m) {
    const date = makeDate(Number(m[1]), Number(m[3]), Number(m[4]));
    return date ? { date, time: null } : null;
  },
};

/** 30.01.2024 is always day first; 01/30/2024 and 30/01/2024 are read by which number can be a month. */
const YEAR_LAST_PATTERN: DatePattern = {
  re: /(?<![\d./])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d])/g,
  read(m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    let date: CalendarDate | null;
    if (m[2] === '.') date = makeDate(year, b, a);
    else if (a > MAX_MONTH) date = makeDate(year, b, a);
    else if (b > MAX_MONTH) date = makeDate(year, a, b);
    else if (a === b) date = makeDate(year, a, b);
    else date = null; // ambiguous: 05/06/2024
    return date ? { date, time: null } : null;
  },
};

const CJK_PATTERN: DatePattern = {
  re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g,
  read(m) {
    const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { date, time: null } : null;
  },
};

const DATE_PATTERNS: readonly DatePattern[] = [
  ISO_PATTERN,
  MONTH_DAY_YEAR_PATTERN,
  DAY_MONTH_YEAR_PATTERN,
  YEAR_FIRST_PATTERN,
  YEAR_LAST_PATTERN,
  CJK_PATTERN,
];

/** The first valid match of one pattern in `text`. */
function firstMatch(pattern: DatePattern, text: string): DateCandidate | null {
  const re = pattern.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const read = pattern.read(m, text);
    if (read) {
      const end = Math.max(m.index + m[0].length, read.time?.end ?? 0);
      return { date: read.date, start: m.index, end, time: read.time };
    }
  }
  return null;
}

/** The earliest date in the text (the longest on a tie), with its time when one is written next to it. */
export function findDate(text: string): FoundDate | null {
  let best: DateCandidate | null = null;
  for (const pattern of DATE_PATTERNS) {
    const c = firstMatch(pattern, text);
    if (!c) continue;
    if (best === null || c.start < best.start || (c.start === best.start && c.end > best.end)) best = c;
  }
  if (best === null) return null;
  const time = best.time ?? timeAfter(text, best.end, best.date) ?? timeBefore(text, best.start, best.date);
  const start = Math.min(best.start, time?.start ?? best.start);
  const end = Math.max(best.end, time?.end ?? best.end);
  return { value: formatValue(best.date, time), start, end };
}

function parseEpoch(text: string): string | null {
  if (!/^\d+$/.test(text)) return null;
  let millis: number;
  if (text.length === EPOCH_SECONDS_DIGITS) millis = Number(text) * 1000;
  else if (text.length === EPOCH_MILLIS_DIGITS) millis = Number(text);
  else return null;
  const d = new Date(millis);
  const date = makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!date) return null;
  const time = { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  return formatValue(date, { time, offset: { minutes: 0, zulu: true }, start: 0, end: 0 });
}

/**
 * Parses a date value from metadata (a meta tag, JSON-LD, a datetime attribute, a short visible
 * date). Returns the ISO 8601 value, or null when no valid date is in it.
 */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_PARSE_LENGTH) return null;
  return parseEpoch(trimmed) ?? findDate(trimmed)?.value ?? null;
}

/** A calendar date as "YYYY-MM-DD", or null when it does not exist or is out of range. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = makeDate(year, month, day);
  return date ? formatDate(date) : null;
}
