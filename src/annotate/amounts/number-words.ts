/**
 * English number words ("seventeen", "two hundred and fifty", "a dozen", "three million") read
 * into a value. The finder's regex proposes a run of number words; readNumberWords reads the
 * longest prefix of it that is a well-formed number, so "two three" yields only "two".
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words multiply what comes before them; "hundred" binds tighter than the others. */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
const DOZEN = 12;
const HUNDRED = 100;

/** Every word a number-word run may contain, longest first so the regex alternation prefers it. */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen',
].sort((a, b) => b.length - a.length);

export interface WordNumber {
  value: number;
  /** The trailing scale word's factor ("three million" -> 1e6), 1 when none: ranges share it. */
  scale: number;
  /** Length of the text read, from the start of the run. */
  length: number;
}

type Last = 'start' | 'article' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'and' | 'dozen';

interface State {
  total: number;
  current: number;
  last: Last;
  lastScale: number;
  /** The trailing scale factor of what has been read so far. */
  trailingScale: number;
}

/** Applies one word to the state, or returns null when the word cannot continue the number. */
function step(state: State, word: string): State | null {
  const { total, current, last } = state;
  if ((word === 'a' || word === 'an') && last === 'start') return { ...state, current: 1, last: 'article' };
  if (last === 'article' && !(word in SCALES) && word !== 'dozen') return null;
  if (word === 'and') return last === 'hundred' || last === 'scale' ? { ...state, last: 'and' } : null;
  const opensGroup = last === 'start' || last === 'hundred' || last === 'scale' || last === 'and';
  const unit = UNITS[word];
  if (unit !== undefined) {
    if (!(opensGroup || last === 'ten')) return null;
    return { ...state, current: current + unit, last: 'unit', trailingScale: 1 };
  }
  const teen = TEENS[word] ?? TENS[word];
  if (teen !== undefined) {
    if (!opensGroup) return null;
    return { ...state, current: current + teen, last: word in TEENS ? 'teen' : 'ten', trailingScale: 1 };
  }
  if (word === 'hundred') {
    if (!(last === 'unit' || last === 'teen' || last === 'article') || current >= HUNDRED) return null;
    return { ...state, current: current * HUNDRED, last: 'hundred', trailingScale: HUNDRED };
  }
  const scale = SCALES[word];
  if (scale !== undefined) {
    if (current === 0 || last === 'and' || scale >= state.lastScale) return null;
    return { total: total + current * scale, current: 0, last: 'scale', lastScale: scale, trailingScale: scale };
  }
  if (word === 'dozen') {
    if (!(last === 'unit' || last === 'article')) return null;
    return { ...state, current: current * DOZEN, last: 'dozen', trailingScale: DOZEN };
  }
  return null;
}

const WORD_IN_RUN = /[a-z]+/gi;

/** Reads the longest well-formed number at the start of `run` (a match of the number-word regex). */
export function readNumberWords(run: string): WordNumber | null {
  let state: State = { total: 0, current: 0, last: 'start', lastScale: Infinity, trailingScale: 1 };
  let best: WordNumber | null = null;
  for (const match of run.matchAll(WORD_IN_RUN)) {
    const next = step(state, match[0].toLowerCase());
    if (next === null) break;
    state = next;
    if (state.last === 'article' || state.last === 'and') continue;
    best = { value: state.total + state.current, scale: state.trailingScale, length: match.index + match[0].length };
  }
  return best;
}
