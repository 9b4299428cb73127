/**
 * Holidays chrono does not know, as dates: fixed ones ("Christmas Day", "New Year's Eve",
 * "Halloween") and movable ones computed for the year (US Thanksgiving, the fourth Thursday of
 * November; Memorial Day; Labor Day; US Election Day, the Tuesday after the first Monday of November;
 * Black Friday; the Easter days, from the Gregorian computus). With a year ("Christmas Day 2023")
 * the value is fixed; without one it is the holiday of the anchor's year, moved a year forward when
 * the sentence looks ahead and that day is already past, or a year back when it is months ahead of
 * a report that looks back ("Heavy snow on Christmas Day stranded drivers", published 27 December).
 */
import { type Day, addDays, daysBetween, formatDay, weekdayOf } from './calendar.js';
import { type Candidate, TIER, fixed, point, relative } from './candidate.js';
import { looksFuture } from './tense.js';

/** A holiday's day in a given year. */
type DayOf = (year: number) => Day;

const fixedDay =
  (month: number, day: number): DayOf =>
  (year) => ({ year, month, day });

/** The n-th (1-based; -1 for the last) given weekday (0 Sunday ... 6 Saturday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first: Day = { year, month, day: 1 };
    return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const THURSDAY = 4;
const MONDAY = 1;
const SUNDAY = 0;
const thanksgiving: DayOf = (year) => nthWeekday(year, 11, THURSDAY, 4);

/** Holiday names (case as written in news; a straight apostrophe also matches a curly one) and their day; longer names first in the pattern. */
const HOLIDAYS: ReadonlyArray<readonly [string, DayOf]> = [
  ["New Year's Day", fixedDay(1, 1)],
  ["New Year's Eve", fixedDay(12, 31)],
  ["Valentine's Day", fixedDay(2, 14)],
  ["St Patrick's Day", fixedDay(3, 17)],
  ["St. Patrick's Day", fixedDay(3, 17)],
  ['Independence Day', fixedDay(7, 4)],
  ['Bastille Day', fixedDay(7, 14)],
  ['Halloween', fixedDay(10, 31)],
  ['Bonfire Night', fixedDay(11, 5)],
  ['Armistice Day', fixedDay(11, 11)],
  ['Remembrance Day', fixedDay(11, 11)],
  ['Veterans Day', fixedDay(11, 11)],
  ['Christmas Eve', fixedDay(12, 24)],
  ['Christmas Day', fixedDay(12, 25)],
  ['Christmas', fixedDay(12, 25)],
  ['Boxing Day', fixedDay(12, 26)],
  ['Thanksgiving Day', thanksgiving],
  ['Thanksgiving', thanksgiving],
  ['Black Friday', (year) => addDays(thanksgiving(year), 1)],
  ['Cyber Monday', (year) => addDays(thanksgiving(year), 4)],
  ['Memorial Day', (year) => nthWeekday(year, 5, MONDAY, -1)],
  ['Labor Day', (year) => nthWeekday(year, 9, MONDAY, 1)],
  ["Mother's Day", (year) => nthWeekday(year, 5, SUNDAY, 2)],
  ["Father's Day", (year) => nthWeekday(year, 6, SUNDAY, 3)],
  ['Election Day', (year) => addDays(nthWeekday(year, 11, MONDAY, 1), 1)],
  ['Good Friday', (year) => addDays(easter(year), -2)],
  ['Easter Sunday', easter],
  ['Easter Monday', (year) => addDays(easter(year), 1)],
  ['Easter', easter],
];

/** The lookup key of a name as written: lower case, curly apostrophes made straight. */
const keyOf = (name: string): string => name.toLowerCase().replace(/’/g, "'");
const BY_NAME = new Map(HOLIDAYS.map(([name, dayOf]) => [keyOf(name), dayOf] as const));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
const HOLIDAY = new RegExp(
  `\\b(${[...HOLIDAYS.map(([name]) => name)].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:,?\\s+((?:19|20)\\d\\d))?(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Cheap pre-test: a text without these letters holds no holiday. */
const CUE = /Day|Eve|Christmas|Halloween|Thanksgiving|Easter|Friday|Monday|Night/;
/** A report that looks back sees a holiday at most this many days after its anchor as this year's. */
const PAST_SLACK_DAYS = 45;

/** The holiday of the year that fits the anchor and the sentence's tense (see the file comment). */
function occurrence(dayOf: DayOf, anchor: Day, future: boolean): Day {
  const here = dayOf(anchor.year);
  const ahead = daysBetween(anchor, here);
  if (future && ahead < 0) return dayOf(anchor.year + 1);
  if (!future && ahead > PAST_SLACK_DAYS) return dayOf(anchor.year - 1);
  return here;
}

export function findHolidays(text: string): Candidate[] {
  if (!CUE.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(HOLIDAY)) {
    const name = m[1] as string;
    const dayOf = BY_NAME.get(keyOf(name));
    if (dayOf === undefined) continue;
    const end = m.index + m[0].length;
    const year = m[2];
    if (year !== undefined) {
      out.push(fixed(m.index, end, { type: 'DATE', rule: 'holiday', tier: TIER.calendar, value: formatDay(dayOf(Number(year))) }));
      continue;
    }
    const future = looksFuture(text, m.index);
    out.push(
      relative(m.index, end, {
        type: 'DATE',
        rule: 'holiday',
        tier: TIER.calendar,
        anchoring: 'deictic',
        needs: 'day',
        resolve: (anchor) => point(formatDay(occurrence(dayOf, anchor, future))),
        unresolved: 'XXXX-XX-XX',
      }),
    );
  }
  return out;
}
