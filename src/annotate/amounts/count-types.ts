/**
 * The count-type refiner: decides what kind of thing an amount counts, GDELT-style, from a cue
 * word in the counted phrase ("80,000 troops"), a few words after it ("17,000 Japanese civilians
 * expelled", "12 people were killed") or just before the number ("killing at least 12", "the
 * death toll rose to 40"). Cues never reach across sentence punctuation, a comma or another amount.
 * Event types (KILL, ARREST, ...) outrank group types (TROOPS, PROTEST): "30 protesters were
 * arrested" is ARREST; the nearer cue wins among equals, the counted phrase first. Group types say
 * who is counted, so they count only inside the counted phrase ("soldiers backed by 40 tanks" is
 * not TROOPS).
 */
import type { CountTypeT } from '../../record/facts/amounts.js';
import { COUNT_TYPE_CUES } from './count-type-lexicon.js';
import type { CountedObject } from './counted-object.js';

export interface CountCue {
  type: CountTypeT;
  start: number;
  end: number;
  text: string;
}

/** Types that say who was counted rather than what happened to them. */
const GROUP_TYPES: ReadonlySet<CountTypeT> = new Set(['TROOPS', 'PROTEST']);
/** A past-tense cue ("marched", "rallied"): a verb, not a noun naming the group. */
const PAST_VERB = /ed$/i;
/** Words after the counted phrase searched for a cue ("were reportedly killed" is three). */
const WORDS_AFTER = 4;
/** Words before the number searched for a cue ("toll rose to 40" is three). */
const WORDS_BEFORE = 3;
/** A window stops at these: a cue beyond them belongs to another clause. */
const CLAUSE_BREAK = /[.;:!?,()\n"“”]/;
const WORD = /[A-Za-z][A-Za-z'’-]*/g;

interface Window {
  from: number;
  to: number;
}

function cuesIn(text: string, window: Window): CountCue[] {
  const slice = text.slice(window.from, window.to);
  const cues: CountCue[] = [];
  for (const match of slice.matchAll(WORD)) {
    const type = COUNT_TYPE_CUES.get(match[0].toLowerCase());
    if (type === undefined) continue;
    const start = window.from + match.index;
    cues.push({ type, start, end: start + match[0].length, text: match[0] });
  }
  return cues;
}

/** Words that join clauses: a cue after one belongs to the next clause ("killed 12 and wounded 30"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'while', 'whereas', 'then']);
/** Auxiliaries and hedges between a count and its verb, not counted against the window ("are feared to have drowned"). */
const PASSING_WORDS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'to', 'reportedly', 'also', 'feared',
  'believed', 'thought', 'said', 'later', 'all', 'now', 'since',
]);
/**
 * A parenthetical between commas after the counted phrase ("About 1,000 people, including 200
 * children, were killed") is stepped over; a count inside one ("including 200 children, were
 * killed") may look past the comma that closes it.
 */
const PARENTHETICAL_OPENERS = 'including|among them|among whom|of whom|of them|most of them|many of them|mostly|mainly';
const PARENTHETICAL_AFTER = new RegExp(`^,[ \\t]+(?:${PARENTHETICAL_OPENERS})\\b[^,.;:!?\\n]*,`, 'i');
const INSIDE_PARENTHETICAL = new RegExp(`,[ \\t]+(?:${PARENTHETICAL_OPENERS})[ \\t]+$`, 'i');
const CLOSING_COMMA = /^,/;
/** Look-ahead and look-back in characters: comfortably more than the words searched. */
const WINDOW_CHARS = 60;

/**
 * Whether a conjunction opens a new clause: a cue word, a past-tense verb or a number right after it
 * ("killed 9 and injured 41"), not a noun phrase ("four journalists and their driver were abducted").
 */
function opensClause(slice: string, after: number): boolean {
  const next = /^[ \t]+([A-Za-z][A-Za-z'’-]*|\d)/.exec(slice.slice(after))?.[1];
  // "destroyed two warehouses and forced the evacuation of...": a past-tense verb opens a clause too.
  return next === undefined || /^\d/.test(next) || COUNT_TYPE_CUES.has(next.toLowerCase()) || PAST_VERB.test(next);
}

/** Up to `count` words forward from `from`, stopping at a clause break, a conjunction or `limit`. */
function windowAfter(text: string, at: number, limit: number, count: number, inside: boolean): Window {
  // A parenthetical may hold the next amount ("including 200 children"): it is stepped over whole.
  const parenthetical = PARENTHETICAL_AFTER.exec(text.slice(at, at + WINDOW_CHARS))?.[0].length ?? 0;
  const skipped = parenthetical > 0 ? parenthetical : inside && CLOSING_COMMA.test(text.slice(at, at + 1)) ? 1 : 0;
  const from = at + skipped;
  const end = parenthetical > 0 ? from + WINDOW_CHARS : Math.min(limit, from + WINDOW_CHARS);
  const slice = text.slice(from, end);
  const clauseEnd = slice.search(CLAUSE_BREAK);
  const open = clauseEnd === -1 ? slice : slice.slice(0, clauseEnd);
  let to = from;
  let words = 0;
  for (const match of open.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    if (words === count || (CONJUNCTIONS.has(lower) && opensClause(slice, match.index + match[0].length))) break;
    if (!PASSING_WORDS.has(lower)) words++;
    to = from + match.index + match[0].length;
  }
  return { from, to };
}

/** Up to `count` words back from `to`, stopping at a clause break, a conjunction or `limit`. */
function windowBefore(text: string, to: number, limit: number, count: number): Window {
  const begin = Math.max(limit, to - WINDOW_CHARS, 0);
  const slice = text.slice(begin, to);
  let clauseStart = 0;
  for (let i = slice.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(slice[i] ?? '')) {
      clauseStart = i + 1;
      break;
    }
  }
  const words = [...slice.slice(clauseStart).matchAll(WORD)];
  let from = to;
  for (let i = words.length - 1, taken = 0; i >= 0 && taken < count; i--, taken++) {
    const match = words[i]!;
    if (CONJUNCTIONS.has(match[0].toLowerCase())) break;
    from = begin + clauseStart + match.index;
  }
  return { from, to };
}

function rank(cue: CountCue): number {
  return GROUP_TYPES.has(cue.type) ? 1 : 0;
}

export interface CountTypeInput {
  /** Span of the amount (approximator to unit). */
  start: number;
  end: number;
  object: CountedObject | null;
  /** Where the previous amount ends and the next one starts: windows do not cross them. */
  previousEnd: number;
  nextStart: number;
}

/** The count type of an amount and the cue that says it, or null. */
export function findCountType(text: string, input: CountTypeInput): CountCue | null {
  const phraseEnd = input.object?.end ?? input.end;
  const inObject = input.object ? cuesIn(text, { from: input.object.start, to: input.object.end }) : [];
  // "people marched": a group type's verb says what happened, like an event type.
  const isEvent = (cue: CountCue): boolean => !GROUP_TYPES.has(cue.type) || PAST_VERB.test(cue.text);
  const inside = INSIDE_PARENTHETICAL.test(text.slice(Math.max(0, input.start - WINDOW_CHARS), input.start));
  const after = cuesIn(text, windowAfter(text, phraseEnd, input.nextStart, WORDS_AFTER, inside)).filter(isEvent);
  const before = cuesIn(text, windowBefore(text, input.start, input.previousEnd, WORDS_BEFORE)).filter(isEvent).reverse();
  // Order of preference among equal ranks: the counted phrase, then after it, then nearest before.
  const ordered = [...inObject, ...after, ...before];
  let best: CountCue | null = null;
  for (const cue of ordered) if (best === null || rank(cue) < rank(best)) best = cue;
  return best;
}
