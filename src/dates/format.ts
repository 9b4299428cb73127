/**
 * Writing dates as the record stores them: "2024-01-30", or "2024-01-30T09:15:00-05:00" when both
 * a time and its offset are known. A time without an offset does not name an instant, so it is
 * dropped rather than given an invented zone.
 */
import type { CalendarDate, ClockTime } from './calendar.js';
import { formatOffset, type Offset } from './offset.js';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const YEAR_DIGITS = 4;

/** "YYYY-MM-DD". */
export function formatDate(d: CalendarDate): string {
  return `${String(d.year).padStart(YEAR_DIGITS, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** The date, with "Thh:mm:ss" and the offset when the time and its offset are both known. */
export function formatDateTime(date: CalendarDate, time: ClockTime | null, offset: Offset | null): string {
  if (time === null || offset === null) return formatDate(date);
  return `${formatDate(date)}T${pad2(time.hour)}:${pad2(time.minute)}:${pad2(time.second)}${formatOffset(offset)}`;
}
