/**
 * Reading the zone written right after a clock time: a numeric offset ("+09:00", "UTC+1",
 * "GMT-5"), an abbreviation ("EST", "ET", "CEST") or Zulu ("Z"), optionally in brackets ("(UTC+2)").
 */
import type { CalendarDate } from './calendar.js';
import { numericOffset, type Offset } from './offset.js';
import { ZONE_ALTERNATION, zoneOffsetMinutes } from './zones.js';

export interface ZoneReading {
  offset: Offset;
  /** Where the zone (and a closing bracket) ends in the text. */
  end: number;
}

const ZONE_RE = new RegExp(
  String.raw`\s*\(?\s*(?:(?:(utc|gmt)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?|(${ZONE_ALTERNATION}|Z))(?![\p{L}\d])\)?`,
  'iuy',
);
/** Abbreviations that mean UTC itself, written "Z" in the output. */
const UTC_NAMES_RE = /^(utc|gmt|z)$/i;
/** Zulu time is written with a capital ("09:15Z"); a lower-case "z" after a time is a word ("o 10:30 z Kijowa"). */
const LOWER_CASE_ZULU = 'z';

/**
 * Reads a zone written at `at` in `text`. The date is needed because the US zones printed without
 * S/D ("ET") change offset with daylight saving time.
 */
export function readZone(text: string, at: number, date: CalendarDate): ZoneReading | null {
  ZONE_RE.lastIndex = at;
  const m = ZONE_RE.exec(text);
  if (!m) return null;
  const [, utcWord, sign, hours, minutes, abbreviation] = m;
  const end = at + m[0].length;
  if (sign !== undefined && hours !== undefined) {
    // A bare "-5" after a time is too often something else (a range, a score): require a prefix or four digits.
    if (utcWord === undefined && minutes === undefined) return null;
    const offset = numericOffset(sign, hours, minutes);
    return offset ? { offset, end } : null;
  }
  if (abbreviation !== undefined && abbreviation !== LOWER_CASE_ZULU) {
    const minutesEast = zoneOffsetMinutes(abbreviation, date.year, date.month, date.day);
    if (minutesEast === null) return null;
    return { offset: { minutes: minutesEast, zulu: UTC_NAMES_RE.test(abbreviation) }, end };
  }
  return null;
}
