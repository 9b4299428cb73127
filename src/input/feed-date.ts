/**
 * Feed dates -> ISO 8601. RSS 2.0 uses RFC 822 ("Tue, 30 Jan 2024 09:15:00 +0900"); Atom and
 * Dublin Core use W3C dates ("2024-01-30T09:15:00+09:00"). The stated offset is kept, because the
 * local time of publication is information; a time without any zone is reduced to its date.
 */

/** Two-digit years below this are 20xx, the rest 19xx (RFC 822 allows "30 Jan 24"). */
const TWO_DIGIT_YEAR_PIVOT = 50;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names and their offsets from UTC in hours. */
const ZONES: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};

const RFC822 = /^(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,4}))?$/;
const W3C = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface Parts {
  year: number;
  month: number;
  day: number;
  time: { hour: number; minute: number; second: number } | null;
  /** "Z", "+09:00", or null when no zone is known. */
  offset: string | null;
}

function isRealDate({ year, month, day, time }: Parts): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  return !time || (time.hour < 24 && time.minute < 60 && time.second < 61);
}

function formatOffset(zone: string | undefined): string | null {
  if (!zone) return null;
  const upper = zone.toUpperCase();
  if (upper in ZONES) {
    const hours = ZONES[upper] ?? 0;
    return hours === 0 ? 'Z' : `${hours < 0 ? '-' : '+'}${pad(Math.abs(hours))}:00`;
  }
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!numeric) return null;
  return numeric[2] === '00' && numeric[3] === '00' ? 'Z' : `${numeric[1]}${numeric[2]}:${numeric[3]}`;
}

function format(parts: Parts): string | null {
  if (!isRealDate(parts)) return null;
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (!parts.time || !parts.offset) return date;
  const { hour, minute, second } = parts.time;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${parts.offset}`;
}

function parseRfc822(text: string): Parts | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(m[3]);
  if ((m[3] ?? '').length === 2) year += year < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900;
  const time = m[4] ? { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) } : null;
  return { year, month, day: Number(m[1]), time, offset: formatOffset(m[7]) };
}

function parseW3c(text: string): Parts | null {
  const m = W3C.exec(text);
  if (!m) return null;
  const time = m[4] ? { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) } : null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time, offset: formatOffset(m[7]) };
}

/** The date as ISO 8601 (a date, or a date-time with offset), or null when it cannot be read. */
export function normalizeFeedDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  const parts = parseW3c(text) ?? parseRfc822(text);
  return parts ? format(parts) : null;
}
