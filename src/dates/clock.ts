/**
 * Clock times as news prints them ("9:15 a.m.", "14:05", "14h30", "07.30", "5pm"), with the zone
 * written after them. A time is read next to a date (after it, or shortly before it with only
 * separators and a weekday between) or, for a line that holds a date and a time apart, anywhere.
 */
import { type CalendarDate, type ClockTime, makeTime } from './calendar.js';
import type { Offset } from './offset.js';
import { readZone } from './read-zone.js';

/** How far before a date we look for its clock time, in characters. */
const TIME_SEARCH_WINDOW = 48;
const HOURS_ON_A_12_HOUR_CLOCK = 12;

export interface FoundTime {
  time: ClockTime;
  /** The offset of the zone written after the time; null when none (or an unknown one) is written. */
  offset: Offset | null;
  /** Where the time (with its zone) starts and ends in the searched text. */
  start: number;
  end: number;
}

/** Hour, then minutes after ":", "h" or "." ("07.30", as some British papers print it), seconds, a.m./p.m. */
const CLOCK = String.raw`(\d{1,2})(?:[:h.](\d{2}))?(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?`;
/** A clock time right after a date, after an optional connector ("at", ",", "|", "um", "à"...). */
const TIME_AFTER_RE = new RegExp(
  String.raw`[\s,]*(?:(?:at|@|um|à|às|a las|alle|om|-|–|—|\|)\s*)?${CLOCK}`,
  'iuy',
);
/** A clock time anywhere, not the tail of a longer number ("1.10.30", "2:09:15:00"). */
const TIME_ANYWHERE_RE = new RegExp(String.raw`(?<![\d:]|\d\.)${CLOCK}`, 'giu');
/** What may stand between a time written before a date and that date: separators, a weekday. */
const BETWEEN_TIME_AND_DATE_RE =
  /^[\s,|\-–—/]*(?:on\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s*)?$/i;
/** A time followed by this is the head of a longer number ("10.50.30", "9:155"), not a time. */
const NUMBER_GOES_ON_RE = /^[.:]?\d/;

/** The hour on a 24-hour clock; `meridiem` is "a" or "p" when the time says a.m. or p.m. Null for "13 pm". */
export function to24Hour(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > HOURS_ON_A_12_HOUR_CLOCK) return null;
  return (hour % HOURS_ON_A_12_HOUR_CLOCK) + (meridiem.toLowerCase() === 'p' ? HOURS_ON_A_12_HOUR_CLOCK : 0);
}

function clockFromMatch(m: RegExpExecArray): ClockTime | null {
  const [, h, min, sec, meridiem] = m;
  // A number alone is not a time: it needs minutes or a.m./p.m.
  if (h === undefined || (min === undefined && meridiem === undefined)) return null;
  const hour = to24Hour(Number(h), meridiem);
  return hour === null ? null : makeTime(hour, Number(min ?? '0'), Number(sec ?? '0'));
}

/** A time (with its zone) written right at `at`, after an optional connector. */
export function timeAfter(text: string, at: number, date: CalendarDate): FoundTime | null {
  TIME_AFTER_RE.lastIndex = at;
  const m = TIME_AFTER_RE.exec(text);
  if (!m) return null;
  const time = clockFromMatch(m);
  if (!time) return null;
  const timeEnd = at + m[0].length;
  if (NUMBER_GOES_ON_RE.test(text.slice(timeEnd, timeEnd + 2))) return null;
  const zone = readZone(text, timeEnd, date);
  return { time, offset: zone?.offset ?? null, start: at, end: zone?.end ?? timeEnd };
}

/** Every clock time in `text` with its zone, in order; `date` settles daylight saving time for "ET". */
function* timesIn(text: string, date: CalendarDate): Generator<FoundTime> {
  const re = new RegExp(TIME_ANYWHERE_RE);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const time = clockFromMatch(m);
    if (!time) continue;
    const timeEnd = m.index + m[0].length;
    if (NUMBER_GOES_ON_RE.test(text.slice(timeEnd, timeEnd + 2))) continue;
    const zone = readZone(text, timeEnd, date);
    yield { time, offset: zone?.offset ?? null, start: m.index, end: zone?.end ?? timeEnd };
  }
}

/** The last time in the window before `dateStart` that only separators or a weekday part from the date. */
export function timeBefore(text: string, dateStart: number, date: CalendarDate): FoundTime | null {
  const from = Math.max(0, dateStart - TIME_SEARCH_WINDOW);
  const window = text.slice(from, dateStart);
  let last: FoundTime | null = null;
  for (const found of timesIn(window, date)) {
    if (BETWEEN_TIME_AND_DATE_RE.test(window.slice(found.end))) {
      last = { ...found, start: from + found.start, end: from + found.end };
    }
  }
  return last;
}

/**
 * The first clock time anywhere in `text` ("Updated 14:05 GMT"), for lines that print a date and a
 * time apart. `date` is the day the time belongs to, for the zones that follow daylight saving.
 */
export function findTime(text: string, date: CalendarDate): FoundTime | null {
  for (const found of timesIn(text, date)) return found;
  return null;
}
