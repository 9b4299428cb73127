/**
 * UTC offsets: the range that exists, reading a numeric one, writing one in ISO 8601 form.
 */

/** Largest real UTC offset (Line Islands, +14:00); anything beyond is a typo. */
export const MAX_OFFSET_MINUTES = 14 * 60;
const MINUTES_PER_HOUR = 60;
const LAST_MINUTE = 59;

/** A UTC offset: `zulu` when it is to be written "Z" rather than "+00:00". */
export interface Offset {
  minutes: number;
  zulu: boolean;
}

/** The Z offset (UTC written as "Z", "UTC" or "GMT"). */
export const ZULU: Offset = { minutes: 0, zulu: true };

/** "+09:00", "+0900", "-05" as sign, hours and minutes; null when out of range. Kept as written ("+00:00" stays numeric). */
export function numericOffset(sign: string, hours: string, minutes: string | undefined): Offset | null {
  const minutePart = Number(minutes ?? '0');
  const total = Number(hours) * MINUTES_PER_HOUR + minutePart;
  if (minutePart > LAST_MINUTE || total > MAX_OFFSET_MINUTES) return null;
  return { minutes: sign === '-' ? -total : total, zulu: false };
}

const ISO_OFFSET_RE = /^([+-])(\d{2}):?(\d{2})?$/;

/** An offset written the ISO way ("+09:00", "+0900", "-05"), or null. */
export function parseIsoOffset(text: string): Offset | null {
  const m = ISO_OFFSET_RE.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return numericOffset(m[1], m[2], m[3]);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "Z", or "+09:00" / "-05:00". */
export function formatOffset(offset: Offset): string {
  if (offset.zulu) return 'Z';
  const sign = offset.minutes < 0 ? '-' : '+';
  const abs = Math.abs(offset.minutes);
  return `${sign}${pad2(Math.floor(abs / MINUTES_PER_HOUR))}:${pad2(abs % MINUTES_PER_HOUR)}`;
}
