/**
 * RFC 822 / RFC 2822 dates, as RSS 2.0 items carry them ("Tue, 30 Jan 2024 09:15:00 +0900").
 * Strict: the whole value must be one date. RFC 822 allows two-digit years ("30 Jan 24"), which is
 * safe here only because the grammar leaves no doubt that the number is a year.
 */
import { type CalendarDate, makeDate, makeTime } from './calendar.js';
import { formatDateTime } from './format.js';
import { monthNumber } from './months.js';
import { numericOffset, type Offset, ZULU } from './offset.js';
import { zoneOffsetMinutes } from './zones.js';

/** Two-digit years below this are 20xx, the rest 19xx. */
const TWO_DIGIT_YEAR_PIVOT = 50;
const TWENTIETH_CENTURY = 1900;
const TWENTY_FIRST_CENTURY = 2000;
/** Month names are recognised by their first letters when the whole name is not in the table ("Janu"). */
const MONTH_PREFIX_LENGTH = 3;

/** Optional weekday, day, month name, year, optional time, optional zone. */
const RFC822_RE =
  /^(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,4}))?$/;
const NUMERIC_ZONE_RE = /^([+-])(\d{2}):?(\d{2})$/;
/** RFC 822's own name for UTC, not in the general zone table. */
const UNIVERSAL_TIME = 'ut';

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year + (year < TWO_DIGIT_YEAR_PIVOT ? TWENTY_FIRST_CENTURY : TWENTIETH_CENTURY);
}

function monthOf(name: string): number {
  return monthNumber(name) ?? monthNumber(name.slice(0, MONTH_PREFIX_LENGTH)) ?? 0;
}

/** The zone's offset; a zero offset is written Z, since RFC 2822 defines +0000 as UTC. Null when unknown. */
function rfc822Offset(zone: string | undefined, date: CalendarDate): Offset | null {
  if (zone === undefined) return null;
  const numeric = NUMERIC_ZONE_RE.exec(zone);
  const minutes = numeric
    ? (numericOffset(numeric[1] ?? '+', numeric[2] ?? '', numeric[3])?.minutes ?? null)
    : zone.toLowerCase() === UNIVERSAL_TIME
      ? 0
      : zoneOffsetMinutes(zone, date.year, date.month, date.day);
  if (minutes === null) return null;
  return minutes === 0 ? ZULU : { minutes, zulu: false };
}

/**
 * An RFC 822 date as ISO 8601, or null when the whole value is not one or names no real day or
 * time (years outside MIN_YEAR..MAX_YEAR included). The stated offset is kept, because the local time of publication is information; a time
 * without a known zone is reduced to its date.
 */
export function parseRfc822Date(text: string): string | null {
  const m = RFC822_RE.exec(text);
  if (!m) return null;
  const [, d, monthName, y, h, min, s, zone] = m;
  const date = makeDate(fullYear(y ?? ''), monthOf(monthName ?? ''), Number(d));
  if (!date) return null;
  if (h === undefined || min === undefined) return formatDateTime(date, null, null);
  const time = makeTime(Number(h), Number(min), Number(s ?? 0));
  if (!time) return null;
  return formatDateTime(date, time, rfc822Offset(zone, date));
}
