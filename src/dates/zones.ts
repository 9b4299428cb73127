/**
 * Time-zone abbreviations that news pages print after a time ("9:15 a.m. ET"), and their UTC
 * offsets. Abbreviations are ambiguous in general (CST is also China Standard Time); we take the
 * reading that English-language news uses. The bare US zones (ET, CT, MT, PT) depend on daylight
 * saving time, which we work out from the date.
 */

/** Abbreviation -> offset in minutes east of UTC. */
const FIXED_ZONES: ReadonlyMap<string, number> = new Map([
  ['utc', 0],
  ['gmt', 0],
  ['z', 0],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['akst', -540],
  ['akdt', -480],
  ['hst', -600],
  ['wet', 0],
  ['west', 60],
  ['bst', 60],
  ['cet', 60],
  ['cest', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['ist', 330],
  ['pkt', 300],
  ['wib', 420],
  ['sgt', 480],
  ['hkt', 480],
  ['jst', 540],
  ['kst', 540],
  ['awst', 480],
  ['acst', 570],
  ['aest', 600],
  ['aedt', 660],
  ['nzst', 720],
  ['nzdt', 780],
]);

/** US zones printed without S/D: standard offset; daylight saving adds an hour. */
const US_GENERIC_ZONES: ReadonlyMap<string, number> = new Map([
  ['et', -300],
  ['ct', -360],
  ['mt', -420],
  ['pt', -480],
]);

/** Every abbreviation the parser should recognise, for building its pattern (longest first). */
export const ZONE_ALTERNATION: string = [...FIXED_ZONES.keys(), ...US_GENERIC_ZONES.keys()]
  .filter((z) => z !== 'z')
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Year the current US rule (second Sunday of March to first Sunday of November) took effect. */
const US_DST_RULE_2007 = 2007;

/** Day of month of the n-th Sunday (n from 1) of a month, or of the last Sunday when n is 0. */
function nthSunday(year: number, month: number, n: number): number {
  if (n === 0) {
    const last = new Date(Date.UTC(year, month, 0)); // day 0 of the next month = last day of this one
    return last.getUTCDate() - last.getUTCDay();
  }
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - firstWeekday) % 7);
  return firstSunday + 7 * (n - 1);
}

/** Whether US daylight saving time is in force on a date (by day; the 2 a.m. switch is ignored). */
export function isUsDaylightTime(year: number, month: number, day: number): boolean {
  const rule =
    year >= US_DST_RULE_2007
      ? { startMonth: 3, startDay: nthSunday(year, 3, 2), endMonth: 11, endDay: nthSunday(year, 11, 1) }
      : { startMonth: 4, startDay: nthSunday(year, 4, 1), endMonth: 10, endDay: nthSunday(year, 10, 0) };
  const key = month * 100 + day;
  return key >= rule.startMonth * 100 + rule.startDay && key < rule.endMonth * 100 + rule.endDay;
}

/** The UTC offset in minutes of a zone abbreviation on a given date, or null when unknown. */
export function zoneOffsetMinutes(abbreviation: string, year: number, month: number, day: number): number | null {
  const key = abbreviation.toLowerCase();
  const fixed = FIXED_ZONES.get(key);
  if (fixed !== undefined) return fixed;
  const generic = US_GENERIC_ZONES.get(key);
  if (generic === undefined) return null;
  return isUsDaylightTime(year, month, day) ? generic + 60 : generic;
}
