/**
 * Calendar arithmetic on plain days (no clock, no time zone) and the TIMEX3 value formats the
 * dates annotator writes. Everything works in UTC so a server's local zone can never shift a day.
 */

export interface Day {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

/** The granularities a relative expression can be resolved at, finest first. */
export type Grain = 'day' | 'week' | 'month' | 'year';

const GRAIN_RANK: Readonly<Record<Grain, number>> = { day: 0, week: 1, month: 2, year: 3 };
const MS_PER_DAY = 86_400_000;
const DAYS_PER_WEEK = 7;
/** ISO 8601: week 1 is the week holding the year's first Thursday. */
const ISO_THURSDAY = 4;

/** True when a value known at `have` is precise enough to anchor an expression needing `need`. */
export function grainCovers(have: Grain, need: Grain): boolean {
  return GRAIN_RANK[have] <= GRAIN_RANK[need];
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function toMs(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromMs(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromMs(toMs(d) + n * MS_PER_DAY);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 29/28). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return new Date(toMs(d)).getUTCDay();
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toMs(b) - toMs(a)) / MS_PER_DAY);
}

export function isoWeek(d: Day): { year: number; week: number } {
  const isoDay = weekdayOf(d) || DAYS_PER_WEEK; // Monday 1 ... Sunday 7
  const thursday = addDays(d, ISO_THURSDAY - isoDay);
  const firstOfYear: Day = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(firstOfYear, thursday) / DAYS_PER_WEEK) + 1 };
}

/** Moves a day by n units of a grain (a week is seven days). */
export function shift(d: Day, grain: Grain, n: number): Day {
  switch (grain) {
    case 'day':
      return addDays(d, n);
    case 'week':
      return addDays(d, n * DAYS_PER_WEEK);
    case 'month':
      return addMonths(d, n);
    case 'year':
      return addMonths(d, n * 12);
  }
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The TIMEX3 value of the period of `grain` holding day `d`: 2024-01-30, 2024-W05, 2024-01, 2024. */
export function formatAt(d: Day, grain: Grain): string {
  switch (grain) {
    case 'day':
      return formatDay(d);
    case 'week': {
      const w = isoWeek(d);
      return `${pad(w.year, 4)}-W${pad(w.week)}`;
    }
    case 'month':
      return `${pad(d.year, 4)}-${pad(d.month)}`;
    case 'year':
      return pad(d.year, 4);
  }
}

/** The TIMEX3 placeholder for a value of `grain` that has no anchor to be resolved against. */
export function unknownAt(grain: Grain): string {
  switch (grain) {
    case 'day':
      return 'XXXX-XX-XX';
    case 'week':
      return 'XXXX-WXX';
    case 'month':
      return 'XXXX-XX';
    case 'year':
      return 'XXXX';
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const VALUE_HEAD = /^(\d{4})(?:-(?:W(\d{2})|(\d{2})(?:-(\d{2}))?))?/;

/** The calendar day of an ISO date or date-time string (its date part as written), or null. */
export function parseIsoDay(value: string): Day | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= 31 ? day : null;
}

/**
 * Reads back a TIMEX3 value this annotator wrote (2024-01-30T.., 2024-W05, 2024-01, 2024, 2019-SU)
 * as the first day of the period and its grain, so a later anaphor can be resolved against it.
 */
export function parseValue(value: string): { day: Day; grain: Grain } | null {
  const m = VALUE_HEAD.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const jan4: Day = { year, month: 1, day: 4 }; // always in ISO week 1
    const monday = addDays(jan4, -((weekdayOf(jan4) || DAYS_PER_WEEK) - 1));
    return { day: addDays(monday, (Number(m[2]) - 1) * DAYS_PER_WEEK), grain: 'week' };
  }
  if (m[3] === undefined) return { day: { year, month: 1, day: 1 }, grain: 'year' };
  if (m[4] === undefined) return { day: { year, month: Number(m[3]), day: 1 }, grain: 'month' };
  return { day: { year, month: Number(m[3]), day: Number(m[4]) }, grain: 'day' };
}
