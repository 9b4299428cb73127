/**
 * Calendar dates and clock times as plain numbers, and the checks that say whether they exist.
 * Every date reader in the codebase builds its values through these, so "is this a real day" has
 * one answer everywhere.
 */

/** Earliest year a date read from a document may have: older ones are placeholders ("0001-01-01") or misread numbers. */
export const MIN_YEAR = 1900;
/** Latest year a date read from a document may have: later ones are typos or sentinels ("9999-12-31"). */
export const MAX_YEAR = 2100;
const MONTHS_IN_YEAR = 12;
const LAST_HOUR = 23;
const LAST_MINUTE = 59;
/** ISO 8601 allows a leap second (23:59:60). */
const LEAP_SECOND = 60;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids local-zone surprises, and
  // setUTCFullYear (unlike Date.UTC) does not read years 0-99 as 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** Whether month and day name a day that exists in that year, whatever the year. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > MONTHS_IN_YEAR) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** A real day in a year from MIN_YEAR to MAX_YEAR, or null: the rule for every date read from a document. */
export function makeDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

/** A clock time, or null when out of range; a leap second is accepted and kept as :59. */
export function makeTime(hour: number, minute: number, second: number): ClockTime | null {
  if (hour < 0 || hour > LAST_HOUR || minute < 0 || minute > LAST_MINUTE) return null;
  if (second < 0 || second > LEAP_SECOND) return null;
  return { hour, minute, second: Math.min(second, LAST_MINUTE) };
}

/** Whether hour, minute and second are in range (a leap second included), for validators that keep the value as written. */
export function isRealTime(hour: number, minute: number, second: number): boolean {
  return makeTime(hour, minute, second) !== null;
}
