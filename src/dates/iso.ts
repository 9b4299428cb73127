/**
 * Strict ISO 8601, for values that must be nothing but a date: the --published option (validated,
 * with the reason when refused) and W3C dates in Atom and Dublin Core feeds.
 */
import { daysInMonth, isRealTime, makeDate, makeTime } from './calendar.js';
import { formatDateTime } from './format.js';
import { type Offset, parseIsoOffset, ZULU } from './offset.js';

const MAX_MONTH = 12;

// ---------------------------------------------------------------------------------------------
// User-given dates (--published)

/**
 * The record stores dates as ISO 8601: a calendar date (2024-01-30) or a date-time with an explicit
 * offset (2024-01-30T09:15:00+09:00, ...Z). A date-time without an offset is refused rather than
 * guessed: the same wall-clock time means different instants in different places, and the record
 * must not invent a zone.
 */
const USER_DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const USER_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

export type IsoDateCheck = { ok: true; value: string } | { ok: false; reason: string };

function checkCalendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > MAX_MONTH) return `month ${month} is not between 01 and 12`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `day ${day} does not exist in ${year}-${String(month).padStart(2, '0')}`;
  return null;
}

function checkOffset(offset: string): string | null {
  if (offset === 'Z' || offset === 'z') return null;
  return parseIsoOffset(offset) === null ? `offset ${offset} is out of range` : null;
}

/** Checks that `input` is an ISO 8601 date or date-time with offset; returns it normalised (upper-case T and Z). */
export function checkIsoDate(input: string): IsoDateCheck {
  const value = input.trim();
  const dateOnly = USER_DATE_ONLY.exec(value);
  if (dateOnly) {
    const problem = checkCalendarDate(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]));
    return problem ? { ok: false, reason: problem } : { ok: true, value };
  }
  const dateTime = USER_DATE_TIME.exec(value);
  if (!dateTime) {
    return { ok: false, reason: 'expected an ISO 8601 date (2024-01-30) or date-time with offset (2024-01-30T09:15:00Z)' };
  }
  const [, year, month, day, hour, minute, second, offset] = dateTime;
  const dateProblem = checkCalendarDate(Number(year), Number(month), Number(day));
  if (dateProblem) return { ok: false, reason: dateProblem };
  if (!isRealTime(Number(hour), Number(minute), Number(second ?? 0))) {
    return { ok: false, reason: `time ${hour}:${minute}${second ? ':' + second : ''} is out of range` };
  }
  if (offset === undefined) {
    return { ok: false, reason: 'a date-time needs a time zone offset (append Z for UTC, or +09:00 etc.)' };
  }
  const offsetProblem = checkOffset(offset);
  if (offsetProblem) return { ok: false, reason: offsetProblem };
  return { ok: true, value: value.replace(/t/, 'T').replace(/z$/, 'Z') };
}

// ---------------------------------------------------------------------------------------------
// W3C dates (Atom, Dublin Core)

/** W3C-DTF as feeds write it: a date, or a date-time with optional fraction and zone. */
const W3C_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/;
/** Feeds mean UTC by a zero offset ("+00:00", "+0000"): written Z, as for a Z. */
const ZERO_OFFSET_RE = /^[+-]00:?00$/;

function w3cOffset(zone: string | undefined): Offset | null {
  if (zone === undefined) return null;
  if (zone.toUpperCase() === 'Z' || ZERO_OFFSET_RE.test(zone)) return ZULU;
  return parseIsoOffset(zone);
}

/**
 * A W3C date as ISO 8601 ("2024-03-06T09:15:00+09:00"), or null when the whole value is not one or
 * names no real day or time. The fraction of a second is dropped; a time without a zone (or with an
 * impossible one) is reduced to its date. Years outside MIN_YEAR..MAX_YEAR are refused as for any
 * date: in feeds they are placeholders ("0001-01-01") or typos.
 */
export function parseW3cDate(text: string): string | null {
  const m = W3C_RE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, min, s, zone] = m;
  const date = makeDate(Number(y), Number(mo), Number(d));
  if (!date) return null;
  if (h === undefined || min === undefined) return formatDateTime(date, null, null);
  const time = makeTime(Number(h), Number(min), Number(s ?? 0));
  if (!time) return null;
  return formatDateTime(date, time, w3cOffset(zone));
}
