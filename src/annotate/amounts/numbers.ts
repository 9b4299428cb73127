/**
 * The number finder: proposes every number printed in the text, in digits ("15,000", "1.5
 * million", "$2bn"), in words ("seventeen", "a dozen", "two hundred") or as a vague quantity
 * ("hundreds of", "tens of thousands of"). It knows nothing of context: units, ranges,
 * approximators and the not-amount filters come after it.
 */
import { wordLedScan } from '../../nlp/word-led-scan.js';
import { NUMBER_WORDS, SCALES, readNumberWords } from './number-words.js';

export type Finder = 'digits' | 'words' | 'vague';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** The factor of a trailing scale word or suffix ("15 million" -> 1e6), 1 when none. */
  scale: number;
  finder: Finder;
  /** A bare run of digits: no thousands separator, no decimals, no scale ("2020", "737"). */
  bare: boolean;
  /** A short scale suffix glued to the digits ("5m", "2bn"): only money is written so. */
  shortScale: boolean;
}

/** Scale suffixes glued to digits, as in "$5m" and "£2.3bn". */
const SHORT_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12 };

/** Vague quantities: the value is the order of magnitude they name ("hundreds of" = 100). */
const VAGUE: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
  'tens of thousands': 1e4, 'hundreds of thousands': 1e5, 'tens of millions': 1e7, 'hundreds of millions': 1e8,
};

const WORD_SCALE = `(?:[ \\t]+(?<wordScale>${[...Object.keys(SCALES), 'dozen'].join('|')}))`;
const SHORT_SCALE = `(?<shortScale>${Object.keys(SHORT_SCALES).join('|')})`;
const DIGITS = `(?<![\\w.,])(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:${WORD_SCALE}|${SHORT_SCALE})?(?![\\w])`;
const WORD = `(?:${NUMBER_WORDS.join('|')})`;
const WORDS = `(?<words>\\b(?:an?[ \\t]+(?=(?:dozen|hundred|thousand|million|billion)\\b))?${WORD}(?:(?:[ \\t]+and[ \\t]+|[ \\t]*-[ \\t]*|[ \\t]+)${WORD})*\\b)`;
/** "tens" and "scores" are quantities only before "of" ("scores" alone is usually sport). */
const VAGUE_RE = `(?<vague>\\b(?:(?:tens|hundreds)[ \\t]+of[ \\t]+(?:thousands|millions)|(?:tens|scores)(?=[ \\t]+of\\b)|dozens|hundreds|thousands|millions|billions)\\b)`;

/** "half a million", "half a dozen". */
const HALF = `(?<half>\\bhalf[ \\t]+an?[ \\t]+(?<halfOf>dozen|hundred|thousand|million|billion)\\b)`;
const HALF_OF: Readonly<Record<string, number>> = { ...SCALES, dozen: 12 };

/**
 * One pass over the text finds all kinds; compiled once. It runs at the words a match can start
 * with only (word-led-scan.ts): "half", a vague quantity, "a"/"an" or a number word, or digits
 * (their look-behind rules out a word character before them).
 */
const NUMBER = wordLedScan(new RegExp(`${HALF}|${VAGUE_RE}|${DIGITS}|${WORDS}`, 'gi'), {
  words: ['half', 'tens', 'hundreds', 'scores', 'dozens', 'thousands', 'millions', 'billions', 'a', 'an', ...NUMBER_WORDS],
  digits: true,
});

function digitToken(match: RegExpMatchArray, start: number): NumberToken {
  const groups = match.groups ?? {};
  const digits = groups.digits ?? '';
  const wordScale = groups.wordScale?.toLowerCase();
  const shortScale = groups.shortScale?.toLowerCase();
  const scale = wordScale !== undefined ? (SCALES[wordScale] ?? 12) : shortScale !== undefined ? (SHORT_SCALES[shortScale] ?? 1) : 1;
  const base = Number(digits.replaceAll(',', ''));
  return {
    start,
    end: start + match[0].length,
    value: base * scale,
    scale,
    finder: 'digits',
    bare: /^\d+$/.test(digits) && scale === 1,
    shortScale: shortScale !== undefined,
  };
}

function wordToken(run: string, start: number): NumberToken | null {
  const read = readNumberWords(run);
  if (read === null) return null;
  return { start, end: start + read.length, value: read.value, scale: read.scale, finder: 'words', bare: false, shortScale: false };
}

function vagueToken(phrase: string, start: number): NumberToken | null {
  const value = VAGUE[phrase.toLowerCase().replace(/[ \t]+/g, ' ')];
  if (value === undefined) return null;
  return { start, end: start + phrase.length, value, scale: 1, finder: 'vague', bare: false, shortScale: false };
}

/** Every number in `text`, in order, without overlaps. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of NUMBER.matches(text)) {
    const start = match.index;
    const groups = match.groups ?? {};
    const half = groups.halfOf !== undefined ? HALF_OF[groups.halfOf.toLowerCase()] : undefined;
    const token =
      half !== undefined
        ? { start, end: start + match[0].length, value: half / 2, scale: half, finder: 'words' as const, bare: false, shortScale: false }
        : groups.vague !== undefined
        ? vagueToken(groups.vague, start)
        : groups.digits !== undefined
          ? digitToken(match, start)
          : wordToken(match[0], start);
    if (token !== null) tokens.push(token);
  }
  return tokens;
}
