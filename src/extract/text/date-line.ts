/**
 * A date line: "Published 9:15 AM EST, Tue January 30, 2024", "Updated Jan. 31, 2024",
 * "30 January 2024 at 14:05 GMT". The line must hold nothing but the date, its time, a weekday and a
 * "Published"/"Updated" label: a sentence that mentions a date is body text, not a date line.
 */
import type { PublishedT } from '../../record/schema.js';
import { findDate, findTime, formatDateTime } from '../../dates/index.js';

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
  rest = blankOut(rest, date.start, date.end);
  // A time printed apart from the date ("14:05 GMT | Tue | January 30, 2024") still belongs to it.
  let time = date.time;
  if (time === null) {
    time = findTime(rest, date.date);
    if (time) rest = blankOut(rest, time.start, time.end);
  }
  const residue = rest.replace(WEEKDAY, ' ').replace(FILLER, ' ').trim();
  if (residue.length > 0) return null;
  return { role, value: formatDateTime(date.date, time?.time ?? null, time?.offset ?? null), labelled: label !== null };
}

/** The provenance a date read off a visible date line gets. */
export function dateLineFact(part: DatePart): PublishedT {
  return { value: part.value, from: 'text', detail: 'text:date-line' };
}

function blankOut(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}
