/**
 * The dates annotator: every temporal expression in the record's text layers (the body, then the
 * title, then the captions), as a TIMEX3-style fact with its layer, span, type, normalized value,
 * range, whether the value was stated or inferred, and its anchor.
 *
 * Finders propose candidates (src/annotate/dates/*-finder.ts), one refiner settles overlaps, the
 * resolver anchors relative expressions in text order, and a last refiner joins "noon on Monday".
 * Every layer shares one deictic anchor, the body's: a caption or a headline is as old as the
 * article, and too short to hold a date of its own to anchor on.
 */
import type { Annotator } from './annotator.js';
import type { Candidate } from './dates/candidate.js';
import { BODY_LAYER, type TextLayer, textLayers } from './layers.js';
import { findChronoDates } from './dates/chrono-finder.js';
import { findDurations } from './dates/duration-finder.js';
import { findFrequencies } from './dates/frequency-finder.js';
import { findHolidays } from './dates/holiday-finder.js';
import { removeOverlaps } from './dates/overlap-refiner.js';
import { findPeriods } from './dates/period-finder.js';
import { findRanges } from './dates/range-finder.js';
import { findRelative } from './dates/relative-finder.js';
import { deicticAnchor, resolveAll } from './dates/resolver.js';
import { mergeTimeWithDate } from './dates/time-date-merger.js';
import type { DateFactT } from '../record/facts/dates.js';

const FINDERS: readonly ((text: string) => Candidate[])[] = [
  findChronoDates,
  findPeriods,
  findRanges,
  findDurations,
  findFrequencies,
  findRelative,
  findHolidays,
];

/** The candidates of one string, overlaps settled. */
function candidatesOf(text: string): Candidate[] {
  return removeOverlaps(FINDERS.flatMap((find) => find(text)));
}

/**
 * All temporal expressions of the given layers, layer by layer in the order given. `published`
 * (ISO 8601) anchors relative ones; without it, the latest fully stated day of the body does.
 */
export function annotateDateLayers(layers: readonly TextLayer[], published: string | null): DateFactT[] {
  const body = layers.find((source) => source.layer === BODY_LAYER);
  const bodyCandidates = body === undefined ? [] : candidatesOf(body.text);
  const deictic = deicticAnchor(published, bodyCandidates);
  return layers.flatMap((source) => {
    const candidates = source === body ? bodyCandidates : candidatesOf(source.text);
    return mergeTimeWithDate(source.text, resolveAll(source, candidates, deictic));
  });
}

/** All temporal expressions of a body text; `published` (ISO 8601) anchors relative ones. */
export function annotateDates(text: string, published: string | null): DateFactT[] {
  return annotateDateLayers([{ layer: BODY_LAYER, text }], published);
}

const annotator: Annotator = {
  id: 'dates',
  fields: ['dates'] as const,
  run(record, context) {
    return { dates: annotateDateLayers(textLayers(record), context.published) };
  },
};

export const datesAnnotator: Annotator = Object.freeze(annotator);
