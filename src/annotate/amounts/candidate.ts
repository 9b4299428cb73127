/** The shared shapes the amount finders and refiners pass along. */
import type { NumberToken } from './numbers.js';
import type { UnitReading } from './units.js';

export type Bound = 'exact' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'range';

/** A number with its unit read: the finders' output. */
export interface Reading {
  token: NumberToken;
  unit: UnitReading;
}

/** One amount in the making: a single number or a range of two. */
export interface Candidate {
  /** Span of the amount: approximator, number(s) and unit. */
  start: number;
  end: number;
  /** The number tokens (one, or two for a range), for the filters that look at their surroundings. */
  first: NumberToken;
  last: NumberToken;
  value: number;
  min: number | null;
  max: number | null;
  bound: Bound;
  kind: UnitReading['kind'];
  unit: string | null;
  /** The rule name after "amounts/". */
  rule: string;
}

/** The rule of a single number: what found it, or its unit kind. */
export function ruleOf(reading: Reading): string {
  if (reading.unit.kind !== 'count') return reading.unit.kind;
  return reading.token.finder;
}

/** A candidate for one number, exact until an approximator says otherwise. */
export function singleCandidate(reading: Reading): Candidate {
  const { token, unit } = reading;
  const vague = token.finder === 'vague';
  return {
    start: unit.start,
    end: unit.end,
    first: token,
    last: token,
    value: token.value,
    // A vague quantity names an order of magnitude: "hundreds of" is at least a hundred.
    min: vague ? token.value : null,
    max: null,
    bound: vague ? 'at-least' : 'exact',
    kind: unit.kind,
    unit: unit.unit,
    rule: ruleOf(reading),
  };
}
