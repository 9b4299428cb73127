/**
 * The dateline of wire copy: "TOKYO, Jan 30 (Reuters) - Japan's ...", "OSAKA, Japan, March 4
 * (Harbour Wire) — ...". It is part of the first paragraph and stays in the text. It gives a date
 * only as far as it prints one: a month and day take their year from the date the input states
 * (hints.published), never from the clock; without such a date they give nothing.
 */
import type { PublishedT } from '../../record/schema.js';
import { findDate, findMonthDay, formatDate, isoDate } from '../../dates/index.js';

/** CITY (capitals), then a comma, place and date words, then the agency in brackets and a dash. */
const WIRE_DATELINE = /^(\p{Lu}[\p{Lu} .'’-]{1,40}),([^()]{0,40})\(([^()]{2,40})\)\s*[-–—]{1,2}\s/u;
const ISO_YEAR = /^(\d{4})-/;

/** The date a wire dateline opening this paragraph gives, or null. */
export function wireDatelineDate(paragraph: string, statedPublished: string | undefined): PublishedT | null {
  const m = WIRE_DATELINE.exec(paragraph);
  if (!m) return null;
  const dateWords = m[2] ?? '';
  const full = findDate(dateWords);
  if (full) return { value: formatDate(full.date), from: 'text', detail: 'text:wire-dateline' };
  const monthDay = findMonthDay(dateWords);
  const year = statedPublished ? ISO_YEAR.exec(statedPublished)?.[1] : undefined;
  if (!monthDay || year === undefined) return null;
  const value = isoDate(Number(year), monthDay.month, monthDay.day);
  return value === null ? null : { value, from: 'inferred', detail: 'text:wire-dateline+input-year' };
}
