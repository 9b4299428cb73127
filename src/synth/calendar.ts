/**
 * Dates as news writes them: "March 14", "March 14, 2023", weekdays, and relative phrases
 * ("last week", "two days later"). Days are counted from 1970-01-01 in UTC.
 */
import type { Random } from './prng.js';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY_MS = 86_400_000;

/** Relative phrases looking back from the publication date. */
const PAST = [
  'yesterday', 'last week', 'earlier this week', 'earlier this month', 'last month', 'two days ago',
  'three weeks ago', 'this week', 'on Monday', 'on Friday', 'late last year', 'this morning',
];
/** Relative phrases looking ahead. */
const FUTURE = ['next week', 'next month', 'later this year', 'in the coming days', 'early next year', 'within a fortnight'];
/** Anaphoric phrases that open a sentence and lean on the date mentioned before. */
const LATER = ['Two days later', 'The following week', 'A month later', 'The next day', 'Later that week', 'Within hours'];

export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

export function monthDay(day: number): string {
  const date = dateOfDay(day);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

export function fullDate(day: number): string {
  return `${monthDay(day)}, ${dateOfDay(day).getUTCFullYear()}`;
}

export function weekday(day: number): string {
  return WEEKDAYS[dateOfDay(day).getUTCDay()] ?? 'Monday';
}

export function monthName(day: number): string {
  return MONTHS[dateOfDay(day).getUTCMonth()] ?? 'January';
}

export function yearOf(day: number): number {
  return dateOfDay(day).getUTCFullYear();
}

/** YYYY-MM-DD. */
export function isoDay(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}

export function relativePast(random: Random): string {
  return random.pick(PAST);
}

export function relativeFuture(random: Random): string {
  return random.pick(FUTURE);
}

export function anaphoric(random: Random): string {
  return random.pick(LATER);
}
