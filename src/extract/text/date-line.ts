/**
 * A date line: "Published 9:15 AM EST, Tue January 30, 2024", "Updated Jan. 31, 2024",
 * "30 January 2024 at 14:05 GMT". The line must hold nothing but the date, its time, a weekday and a
 * "Published"/"Updated" label: a sentence that mentions a date is body text, not a date line.
 */
import type { PublishedT } from '../../record/schema.js';
import { type CalendarDate, type ClockTime, findDate, findTime, toIso, zoneOffset } from './dates.js';

export type DateRole = 'published' | 'modified';

export interface DatePart {
  role: DateRole;
  value: string;
  /** True when a word such as "Published" or "Updated" says what the date is. */
  labelled: boolean;
}

/** The label before the date says whether it is the first publication or a later update. */
const DATE_LABEL = /^(?:(first |originally )?(published|posted|released|date)|(updated|last updated|modified|last modified|edited))\b\s*(?:on|at)?\s*:?\s*/i;
const WEEKDAY = /\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?/gi;
/** Words and marks that may surround a date on its line without making it a sentence. */
const FILLER = /\b(?:at|on|the)\b|[,.|·•()–—-]/gi;

/** Reads one date part ("Updated 10:02 AM EST, Tue January 30, 2024"), or null when it is not only a date. */
export function parseDatePart(part: string): DatePart | null {
  const label = DATE_LABEL.exec(part);
  const role: DateRole = label?.[3] ? 'modified' : 'published';
  let rest = label ? part.slice(label[0].length) : part;
  const date = findDate(rest);
  if (!date) return null;
  rest = blankOut(rest, date.index, date.length);
  const time = findTime(rest);
  if (time) rest = blankOut(rest, time.index, time.length);
  const residue = rest.replace(WEEKDAY, ' ').replace(FILLER, ' ').trim();
  if (residue.length > 0) return null;
  return { role, value: toIso(date.value, time ? clock(time.value, date.value) : null), labelled: label !== null };
}

/** The provenance a date read off a visible date line gets. */
export function dateLineFact(part: DatePart): PublishedT {
  return { value: part.value, from: 'text', detail: 'text:date-line' };
}

function clock(time: { hour: number; minute: number; zone: string | null }, date: CalendarDate): ClockTime {
  const offsetMinutes = time.zone === null ? null : zoneOffset(time.zone, date);
  return { hour: time.hour, minute: time.minute, offsetMinutes };
}

function blankOut(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
}
