/**
 * The dates annotator: every temporal expression in the clean text, as a TIMEX3-style fact with its
 * span, type, normalized value, range, whether the value was stated or inferred, and its anchor.
 *
 * Finders propose candidates (src/annotate/dates/*-finder.ts), one refiner settles overlaps, the
 * resolver anchors relative expressions in text order, and a last refiner joins "noon on Monday".
 */
import type { Annotator } from './annotator.js';
import type { Candidate } from './dates/candidate.js';
import { findChronoDates } from './dates/chrono-finder.js';
import { findDurations } from './dates/duration-finder.js';
import { findFrequencies } from './dates/frequency-finder.js';
import { removeOverlaps } from './dates/overlap-refiner.js';
import { findPeriods } from './dates/period-finder.js';
import { findRanges } from './dates/range-finder.js';
import { findRelative } from './dates/relative-finder.js';
import { resolveAll } from './dates/resolver.js';
import { mergeTimeWithDate } from './dates/time-date-merger.js';
import type { DateFactT } from '../record/facts/dates.js';

const FINDERS: readonly ((text: string) => Candidate[])[] = [
  findChronoDates,
  findPeriods,
  findRanges,
  findDurations,
  findFrequencies,
  findRelative,
];

/** All temporal expressions of a text; `published` (ISO 8601) anchors relative ones. */
export function annotateDates(text: string, published: string | null): DateFactT[] {
  const candidates = FINDERS.flatMap((find) => find(text));
  return mergeTimeWithDate(text, resolveAll(text, removeOverlaps(candidates), published));
}

const annotator: Annotator = {
  id: 'dates',
  fields: ['dates'] as const,
  run(record, context) {
    return { dates: annotateDates(record.text, context.published) };
  },
};

export const datesAnnotator: Annotator = Object.freeze(annotator);
