/**
 * Reading the dates a scrape prints: "January 30, 2024", "30 January 2024", "Jan. 30, 2024",
 * "2024-01-30", with a clock time when one is given ("9:15 AM EST", "14:05 GMT"). Only what is
 * printed is read: a date without a year stays without one, and nothing here looks at the clock.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
  /** Offset from UTC in minutes when the line names a zone, else null. */
  offsetMinutes: number | null;
}

/** Where in a string a match was found, so callers can check what is left around it. */
export interface Found<T> {
  value: T;
  index: number;
  length: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_PATTERN = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const ORDINAL = '(?:st|nd|rd|th)?';

const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})${ORDINAL}\\b`, 'i');

/** Years outside this range are not news dates (they are amounts, codes or typos). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Fixed offsets of the zone abbreviations news pages print, in minutes east of UTC. */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, IST: 330, PKT: 300, SGT: 480, HKT: 480, JST: 540, KST: 540,
  AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};
/** US zones printed without saying standard or daylight time ("9:15 AM ET"): standard offset, in minutes. */
const US_GENERIC_ZONES: Readonly<Record<string, number>> = { ET: -300, CT: -360, MT: -420, PT: -480 };
const ZONE_PATTERN = [...Object.keys(ZONE_OFFSETS), ...Object.keys(US_GENERIC_ZONES)].sort((a, b) => b.length - a.length).join('|');
const CLOCK_TIME = new RegExp(
  `\\b(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*(a\\.m\\.|p\\.m\\.|am|pm)?(?:\\s*\\(?((?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|${ZONE_PATTERN})\\)?)?(?![\\w:])`,
  'i',
);

/** Finds the first full date (with a year) in the text. */
export function findDate(text: string): Found<CalendarDate> | null {
  const candidates = [matchIso(text), matchMonthDayYear(text), matchDayMonthYear(text)].filter(
    (found): found is Found<CalendarDate> => found !== null,
  );
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** Finds a month and day with no year ("Jan 30"), as wire datelines print them. */
export function findMonthDay(text: string): Found<{ month: number; day: number }> | null {
  const m = MONTH_DAY.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1]);
  const day = Number(m[2]);
  if (month === null || day < 1 || day > 31) return null;
  return { value: { month, day }, index: m.index, length: m[0].length };
}

/** Finds a clock time ("9:15 AM EST", "14:05", "10.30pm GMT+1"). */
export function findTime(text: string): Found<{ hour: number; minute: number; zone: string | null }> | null {
  const m = CLOCK_TIME.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const meridiem = m[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { value: { hour, minute, zone: m[4]?.toUpperCase() ?? null }, index: m.index, length: m[0].length };
}

/** The UTC offset of a zone on a date, or null for a zone this module does not know. */
export function zoneOffset(zone: string, date: CalendarDate): number | null {
  const fixed = ZONE_OFFSETS[zone];
  if (fixed !== undefined) return fixed;
  const generic = US_GENERIC_ZONES[zone];
  if (generic !== undefined) return generic + (isUsDaylightTime(date) ? 60 : 0);
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** US daylight saving time runs from the second Sunday of March to the first Sunday of November. */
function isUsDaylightTime(date: CalendarDate): boolean {
  const start = nthSunday(date.year, 3, 2);
  const end = nthSunday(date.year, 11, 1);
  const key = date.month * 100 + date.day;
  return key >= 300 + start && key < 1100 + end;
}

function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - firstWeekday) % 7);
  return firstSunday + (n - 1) * 7;
}

/** ISO 8601 for a date, with the time and offset when both are known ("2024-01-30T09:15:00-05:00"). */
export function toIso(date: CalendarDate, time: ClockTime | null): string {
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  if (!time || time.offsetMinutes === null) return day;
  return `${day}T${pad(time.hour)}:${pad(time.minute)}:00${formatOffset(time.offsetMinutes)}`;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthNumber(name: string | undefined): number | null {
  return name ? (MONTHS[name.toLowerCase()] ?? null) : null;
}

/** A real calendar day in a plausible year. */
export function isValidDate(date: CalendarDate): boolean {
  if (date.year < MIN_YEAR || date.year > MAX_YEAR || date.month < 1 || date.month > 12 || date.day < 1) return false;
  const daysInMonth = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day <= daysInMonth;
}

function found(date: CalendarDate, m: RegExpExecArray): Found<CalendarDate> | null {
  return isValidDate(date) ? { value: date, index: m.index, length: m[0].length } : null;
}

function matchIso(text: string): Found<CalendarDate> | null {
  const m = ISO_DATE.exec(text);
  return m ? found({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, m) : null;
}

function matchMonthDayYear(text: string): Found<CalendarDate> | null {
  const m = MONTH_DAY_YEAR.exec(text);
  const month = monthNumber(m?.[1]);
  return m && month !== null ? found({ year: Number(m[3]), month, day: Number(m[2]) }, m) : null;
}

function matchDayMonthYear(text: string): Found<CalendarDate> | null {
  const m = DAY_MONTH_YEAR.exec(text);
  const month = monthNumber(m?.[2]);
  return m && month !== null ? found({ year: Number(m[3]), month, day: Number(m[1]) }, m) : null;
}
