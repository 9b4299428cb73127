/**
 * Dates as pages and scrapes write them, normalised to ISO 8601.
 *
 * Handles ISO 8601 ("2024-01-30T09:15:00+09:00"), RFC 2822 ("Tue, 30 Jan 2024 09:15:00 +0000"),
 * month names in either order ("January 30, 2024", "30 janvier 2024", "Jan. 30th 2024", "the 1st
 * of March, 2022"), numeric dates ("2024/01/30", "30.01.2024", "01/30/2024"), CJK dates
 * ("2024年1月30日"), Unix timestamps, and a clock time before or after the date ("Jan. 30, 2024
 * 9:15 a.m. ET", "10:03 AM EST, Tue January 30, 2024").
 *
 * Output: a date-time with its offset when the text gives both a time and a zone
 * ("2024-01-30T09:15:00-05:00"; "Z" when the zone is written Z, UTC or GMT; a numeric offset is
 * kept as written, "+00:00" included), otherwise the bare date ("2024-01-30"). Impossible dates
 * (month 13, February 30) and years outside MIN_YEAR..MAX_YEAR are rejected; a slash date whose
 * day and month are both <= 12 is ambiguous and rejected too. Nothing here reads the clock.
 */
import { type CalendarDate, makeDate } from './calendar.js';
import { type FoundTime, timeAfter, timeBefore } from './clock.js';
import { formatDate, formatDateTime } from './format.js';
import { ZULU } from './offset.js';
import { DATE_PATTERNS, type DatePattern } from './patterns.js';

/** Longest value parseDate looks at: metadata dates are short; anything longer is prose. */
const MAX_PARSE_LENGTH = 200;
/** Unix timestamps in seconds or milliseconds have this many digits for years 2001..2286. */
const EPOCH_SECONDS_DIGITS = 10;
const EPOCH_MILLIS_DIGITS = 13;
const MILLIS_PER_SECOND = 1000;

export interface FoundDate {
  /** The ISO 8601 value. */
  value: string;
  /** Where the date (with its time, when one was found) starts and ends in the searched text. */
  start: number;
  end: number;
  /** The calendar day, for callers that combine it with a time found elsewhere or only want the day. */
  date: CalendarDate;
  /** The time written with the date, zone or not; null when none is. */
  time: FoundTime | null;
}

interface DateCandidate {
  date: CalendarDate;
  start: number;
  end: number;
  time: FoundTime | null;
}

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

/** The earliest date of any pattern, the longest on a tie. */
function earliestCandidate(text: string): DateCandidate | null {
  let best: DateCandidate | null = null;
  for (const pattern of DATE_PATTERNS) {
    const c = firstMatch(pattern, text);
    if (!c) continue;
    if (best === null || c.start < best.start || (c.start === best.start && c.end > best.end)) best = c;
  }
  return best;
}

/** The earliest date in the text (the longest on a tie), with its time when one is written next to it. */
export function findDate(text: string): FoundDate | null {
  const best = earliestCandidate(text);
  if (best === null) return null;
  const time = best.time ?? timeAfter(text, best.end, best.date) ?? timeBefore(text, best.start, best.date);
  const start = Math.min(best.start, time?.start ?? best.start);
  const end = Math.max(best.end, time?.end ?? best.end);
  return { value: formatDateTime(best.date, time?.time ?? null, time?.offset ?? null), start, end, date: best.date, time };
}

function parseEpoch(text: string): string | null {
  if (!/^\d+$/.test(text)) return null;
  let millis: number;
  if (text.length === EPOCH_SECONDS_DIGITS) millis = Number(text) * MILLIS_PER_SECOND;
  else if (text.length === EPOCH_MILLIS_DIGITS) millis = Number(text);
  else return null;
  const d = new Date(millis);
  const date = makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!date) return null;
  const time = { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  return formatDateTime(date, time, ZULU);
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
