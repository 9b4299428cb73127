/**
 * The publication date in the three forms the store keeps: as the record states it, as an instant
 * for ordering (newest first), and as the calendar day printed in the article's own time zone for
 * --from/--to (an article of 2024-10-23T09:10+12:00 is from the 23rd, although it is the 22nd in UTC).
 */
import type { PublishedT } from '../../record/schema.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

export interface PublishedColumns {
  published: string | null;
  /** Milliseconds since the epoch (a bare date counts as its UTC midnight), null when unparseable. */
  publishedAt: number | null;
  /** YYYY-MM-DD as written, null when the value does not start with a full date. */
  publishedDay: string | null;
}

export function publishedColumns(published: PublishedT | null): PublishedColumns {
  if (published === null) return { published: null, publishedAt: null, publishedDay: null };
  const at = Date.parse(published.value);
  const day = ISO_DAY.exec(published.value);
  return { published: published.value, publishedAt: Number.isNaN(at) ? null : at, publishedDay: day ? day[0] : null };
}
