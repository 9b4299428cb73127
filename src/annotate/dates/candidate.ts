/**
 * What the finders propose. A candidate is either fixed (its value is fully known from the words:
 * "January 30, 2024", "the 1990s", "three months") or relative (its value needs an anchor day:
 * "yesterday", "earlier in the month", "on Tuesday"). The resolver supplies the anchor; refiners
 * settle overlaps between candidates before that.
 */
import type { Day, Grain } from './calendar.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateRange {
  readonly start: string;
  readonly end: string;
}

export interface Resolved {
  readonly value: string;
  readonly range: DateRange | null;
}

/**
 * How much a candidate is trusted when two overlap: a phrase that understands more of the words
 * beats one that understands fewer ("two years ago" over "two years", "2015-16" over "2015").
 */
export const TIER = { year: 1, duration: 2, calendar: 3, relative: 4, range: 5 } as const;

interface CandidateBase {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  /** Rule name without the annotator prefix, e.g. "chrono" or "decade". */
  readonly rule: string;
  readonly tier: number;
}

export interface FixedCandidate extends CandidateBase {
  readonly kind: 'fixed';
  readonly value: string;
  readonly range: DateRange | null;
  /** False when part of the value is a convention rather than printed (the century of "the '90s"). */
  readonly stated: boolean;
}

/**
 * deictic: resolved against the article's "now" (publication date, else the latest stated date);
 * anaphoric: resolved against the most recent earlier mention precise to `needs`, else as deictic.
 */
export type Anchoring = 'deictic' | 'anaphoric';

export interface RelativeCandidate extends CandidateBase {
  readonly kind: 'relative';
  readonly anchoring: Anchoring;
  /** The precision the anchor must have. */
  readonly needs: Grain;
  resolve(anchor: Day): Resolved;
  /** An anaphor that only looks back within its own paragraph (a bare clock time). */
  readonly withinParagraph?: boolean;
  /** The TIMEX3 value with unknown parts as X, used when no anchor exists. */
  readonly unresolved: string;
}

export type Candidate = FixedCandidate | RelativeCandidate;

export function fixed(
  start: number,
  end: number,
  fields: { type: TimexType; rule: string; tier: number; value: string; range?: DateRange | null; stated?: boolean },
): FixedCandidate {
  return { kind: 'fixed', start, end, range: null, stated: true, ...fields };
}

export function relative(
  start: number,
  end: number,
  fields: Omit<RelativeCandidate, 'kind' | 'start' | 'end'>,
): RelativeCandidate {
  return { kind: 'relative', start, end, ...fields };
}

/** A resolved point value with no range. */
export function point(value: string): Resolved {
  return { value, range: null };
}
