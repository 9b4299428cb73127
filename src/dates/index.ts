/**
 * The one place where the codebase reads and writes dates. Callers import from here; the files
 * behind it hold one idea each (calendar rules, offsets, zones, month names, clock times, date
 * shapes, strict formats).
 */
export { type CalendarDate, type ClockTime, MAX_YEAR, MIN_YEAR } from './calendar.js';
export { findTime, type FoundTime } from './clock.js';
export { formatDate, formatDateTime } from './format.js';
export { checkIsoDate, type IsoDateCheck, parseW3cDate } from './iso.js';
export { findMonthDay, type FoundMonthDay } from './month-day.js';
export { MONTH_ALTERNATION } from './months.js';
export type { Offset } from './offset.js';
export { findDate, type FoundDate, isoDate, parseDate } from './parse.js';
export { parseRfc822Date } from './rfc822.js';
