/**
 * Validation of user-given publication dates (--published). The record stores dates as ISO 8601:
 * a calendar date (2024-01-30) or a date-time with an explicit offset (2024-01-30T09:15:00+09:00,
 * ...Z). A date-time without an offset is refused rather than guessed: the same wall-clock time
 * means different instants in different places, and the record must not invent a zone.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

const MAX_MONTH = 12;
const MAX_HOUR = 23;
const MAX_MINUTE = 59;
/** 60 allows a leap second, which ISO 8601 permits. */
const MAX_SECOND = 60;
/** Offsets in use today range from -12:00 to +14:00; anything beyond is a typo. */
const MAX_OFFSET_HOURS = 14;

export type IsoDateCheck = { ok: true; value: string } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids local-zone surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkCalendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > MAX_MONTH) return `month ${month} is not between 01 and 12`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `day ${day} does not exist in ${year}-${String(month).padStart(2, '0')}`;
  return null;
}

function checkOffset(offset: string): string | null {
  if (offset === 'Z' || offset === 'z') return null;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > MAX_OFFSET_HOURS || minutes > MAX_MINUTE) return `offset ${offset} is out of range`;
  return null;
}

/** Checks that `input` is an ISO 8601 date or date-time with offset; returns it normalised (upper-case T and Z). */
export function checkIsoDate(input: string): IsoDateCheck {
  const value = input.trim();
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const problem = checkCalendarDate(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]));
    return problem ? { ok: false, reason: problem } : { ok: true, value };
  }
  const dateTime = DATE_TIME.exec(value);
  if (!dateTime) {
    return { ok: false, reason: 'expected an ISO 8601 date (2024-01-30) or date-time with offset (2024-01-30T09:15:00Z)' };
  }
  const [, year, month, day, hour, minute, second, offset] = dateTime;
  const dateProblem = checkCalendarDate(Number(year), Number(month), Number(day));
  if (dateProblem) return { ok: false, reason: dateProblem };
  if (Number(hour) > MAX_HOUR || Number(minute) > MAX_MINUTE || Number(second ?? 0) > MAX_SECOND) {
    return { ok: false, reason: `time ${hour}:${minute}${second ? ':' + second : ''} is out of range` };
  }
  if (offset === undefined) {
    return { ok: false, reason: 'a date-time needs a time zone offset (append Z for UTC, or +09:00 etc.)' };
  }
  const offsetProblem = checkOffset(offset);
  if (offsetProblem) return { ok: false, reason: offsetProblem };
  return { ok: true, value: value.replace(/t/, 'T').replace(/z$/, 'Z') };
}
