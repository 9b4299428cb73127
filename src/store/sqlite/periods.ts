/**
 * Bucketing publication days (YYYY-MM-DD) into periods: the day itself, the Monday that starts its
 * ISO week, its month (YYYY-MM) or its year (YYYY). Labels sort in time order as strings.
 */
import type { TimeInterval } from '../store.js';

const DAY_MS = 86_400_000;
/** getUTCDay() of Monday; Sunday is 0. */
const MONDAY = 1;
const DAYS_PER_WEEK = 7;

function mondayOf(day: string): string {
  const at = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(at)) return day;
  const weekday = new Date(at).getUTCDay();
  const back = (weekday - MONDAY + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  return new Date(at - back * DAY_MS).toISOString().slice(0, 10);
}

export function periodOf(day: string, interval: TimeInterval): string {
  switch (interval) {
    case 'day':
      return day;
    case 'week':
      return mondayOf(day);
    case 'month':
      return day.slice(0, 7);
    case 'year':
      return day.slice(0, 4);
  }
}
