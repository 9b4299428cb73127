/**
 * The approximator refiner: the words just before an amount that say it is not an exact figure
 * ("about", "approximately", "more than", "at least", "up to", "some") widen its span and set its
 * bound. "hundreds of" is already approximate by itself.
 */
import type { Bound, Candidate } from './candidate.js';
import { wordAfter } from './context-words.js';

/** Each approximator and the bound it sets. Longer phrases first, so "no more than" beats "more than". */
const APPROXIMATORS: readonly (readonly [string, Bound])[] = [
  ['no more than', 'at-most'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['an estimated', 'about'],
  ['upwards of', 'more-than'],
  ['more than', 'more-than'],
  ['fewer than', 'less-than'],
  ['less than', 'less-than'],
  ['as many as', 'at-most'],
  ['as much as', 'at-most'],
  ['well over', 'more-than'],
  ['just over', 'more-than'],
  ['just under', 'less-than'],
  ['close to', 'about'],
  ['at least', 'at-least'],
  ['at most', 'at-most'],
  ['a few', 'at-least'],
  ['up to', 'at-most'],
  ['approximately', 'about'],
  ['estimated', 'about'],
  ['roughly', 'about'],
  ['several', 'at-least'],
  ['nearly', 'about'],
  ['around', 'about'],
  ['almost', 'about'],
  ['about', 'about'],
  ['circa', 'about'],
  ['over', 'more-than'],
  ['under', 'less-than'],
  ['some', 'about'],
];

const BOUND_OF = new Map(APPROXIMATORS);
/** One regex for all of them, anchored at the end of the look-back window; compiled once. */
const APPROXIMATOR_BEFORE = new RegExp(
  `(?:^|[^\\w])(?<word>${APPROXIMATORS.map(([phrase]) => phrase.replace(/ /g, '[ \\t]+')).join('|')})[ \\t]+$`,
  'i',
);
/** "over 18 months" is a period (during), not "more than": "over" before a unit of time is left out. */
const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'nights', 'weeks', 'months', 'years', 'decades', 'centuries']);
const DURING_WORDS = new Set(['over']);
/** Longest approximator plus its spacing. */
const LOOKBACK_CHARS = 20;

/** Applies the approximator printed just before the candidate, if any. */
export function applyApproximator(text: string, candidate: Candidate): Candidate {
  if (candidate.bound === 'range' && /^between\b/i.test(text.slice(candidate.start, candidate.end))) return candidate;
  const before = text.slice(Math.max(0, candidate.start - LOOKBACK_CHARS), candidate.start);
  const match = APPROXIMATOR_BEFORE.exec(before);
  const word = match?.groups?.word;
  if (!match || word === undefined) return candidate;
  const bound = BOUND_OF.get(word.toLowerCase().replace(/[ \t]+/g, ' '));
  if (bound === undefined) return candidate;
  const unit = wordAfter(text, candidate.end)?.toLowerCase();
  if (DURING_WORDS.has(word.toLowerCase()) && unit !== undefined && TIME_UNITS.has(unit)) return candidate;
  const start = candidate.start - match[0].length + leadingSkip(match[0]);
  if (candidate.bound === 'range') return { ...candidate, start };
  const value = candidate.value;
  return {
    ...candidate,
    start,
    bound,
    min: bound === 'at-least' || bound === 'more-than' ? value : candidate.min,
    max: bound === 'at-most' || bound === 'less-than' ? value : candidate.max,
  };
}

/** The non-word character the regex consumed before the approximator, which is not part of it. */
function leadingSkip(matched: string): number {
  return /^[^\w]/.test(matched) ? 1 : 0;
}
