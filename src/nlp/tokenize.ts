/**
 * A fast word tokenizer with offsets into the original string, close to CoNLL/Penn tokens so a
 * tagger trained on CoNLL-style files sees the same units at run time:
 * - punctuation is split off ("Japan," -> "Japan" ","), each mark its own token;
 * - dotted abbreviations stay whole ("U.S.", "a.m."), and so do known short abbreviations and
 *   initials with their period ("Mr.", "Inc.", "J.");
 * - possessive and clitic endings are split ("Russia's" -> "Russia" "'s", "don't" -> "do" "n't");
 * - hyphenated words and numbers with separators stay whole ("Soviet-Japanese", "15,000", "3.5").
 *
 * One regular expression says how far each token goes from each non-space character, worked out
 * by hand while the characters are ASCII; the few splits above are plain string checks.
 */

import { lowerCased } from './lower-case.js';

export interface Token {
  readonly text: string;
  /** Offset of the first character in the source string. */
  readonly start: number;
  /** Offset just past the last character (half-open). */
  readonly end: number;
}

/**
 * Alternatives, tried in order at each position:
 * 1. dotted abbreviations of two or more letters ("U.S.", "a.m.", "U.S.A.");
 * 2. digits running into letters: ordinals, decades, model names ("5th", "1990s", "4G");
 * 3. numbers, with inner separators (15,000  3.5  1:0  24/7  2-1  1996-08-22);
 * 4. words: letters/digits/marks joined by inner hyphens, apostrophes, ampersands or periods
 *    between letters ("Soviet-Japanese", "O'Brien", "AT&T", "Amazon.com");
 * 5. any other single non-space character.
 */
const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|\p{N}+\p{L}[\p{L}\p{N}]*|\p{N}+(?:[-.,:/]\p{N}+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;

/** TOKEN_PATTERN anchored at lastIndex (sticky), for the scan in tokenizeInto. */
const TOKEN_AT = new RegExp(TOKEN_PATTERN.source, 'uy');

/** Returned by asciiTokenEnd when the scan reads a character beyond ASCII. */
const NOT_ASCII = -1;
const PERIOD = 46;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The inner separators of alternative 3 (- . , : /) and of alternative 4 (- ' & .; ’ is not ASCII). */
function isNumberSeparator(code: number): boolean {
  return code === 45 || code === 46 || code === 44 || code === 58 || code === 47;
}

function isWordSeparator(code: number): boolean {
  return code === 45 || code === 39 || code === 38 || code === 46;
}

/**
 * Where TOKEN_PATTERN's match at `pos` (a non-space character) ends, worked out by hand while every
 * character read is ASCII, where \p{L} is [A-Za-z], \p{N} is [0-9] and \p{M} is empty; NOT_ASCII as
 * soon as one is not. Each alternative's quantifiers are greedy with nothing after them, so its
 * match is its longest run, and the first alternative that matches wins. Calling the sticky
 * expression for every token was most of the tokenizer's time.
 */
function asciiTokenEnd(text: string, pos: number): number {
  const length = text.length;
  const first = text.charCodeAt(pos);
  if (first >= 128) return NOT_ASCII;
  if (isAsciiDigit(first)) {
    let i = pos + 1;
    let code = i < length ? text.charCodeAt(i) : 0;
    while (isAsciiDigit(code)) code = ++i < length ? text.charCodeAt(i) : 0;
    if (code >= 128) return NOT_ASCII;
    if (isAsciiLetter(code)) {
      // 2. digits running into letters
      code = ++i < length ? text.charCodeAt(i) : 0;
      while (isAsciiLetter(code) || isAsciiDigit(code)) code = ++i < length ? text.charCodeAt(i) : 0;
      return code >= 128 ? NOT_ASCII : i;
    }
    // 3. a number with inner separators, each followed by digits
    while (isNumberSeparator(code) && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 128) return NOT_ASCII;
      if (!isAsciiDigit(next)) break;
      i += 2;
      code = i < length ? text.charCodeAt(i) : 0;
      while (isAsciiDigit(code)) code = ++i < length ? text.charCodeAt(i) : 0;
      if (code >= 128) return NOT_ASCII;
    }
    return i;
  }
  if (!isAsciiLetter(first)) return pos + 1; // 5. any other character
  // 1. two or more letter-period pairs
  let pairs = 0;
  let i = pos;
  while (i + 1 < length) {
    const letter = text.charCodeAt(i);
    const period = text.charCodeAt(i + 1);
    if (letter >= 128 || period >= 128) return NOT_ASCII;
    if (!isAsciiLetter(letter) || period !== PERIOD) break;
    pairs += 1;
    i += 2;
  }
  if (pairs >= 2) return pos + 2 * pairs;
  // 4. a word: letters and digits, joined by single inner separators
  i = pos + 1;
  for (;;) {
    let code = i < length ? text.charCodeAt(i) : 0;
    while (isAsciiLetter(code) || isAsciiDigit(code)) code = ++i < length ? text.charCodeAt(i) : 0;
    if (code >= 128) return NOT_ASCII;
    if (!isWordSeparator(code) || i + 1 >= length) return i;
    const next = text.charCodeAt(i + 1);
    if (next >= 128) return NOT_ASCII;
    if (!isAsciiLetter(next) && !isAsciiDigit(next)) return i;
    i += 2;
  }
}

/** Where TOKEN_PATTERN's match at `pos` (a non-space character) ends: by hand for ASCII, else by the sticky expression. */
export function tokenEndAt(text: string, pos: number): number {
  const end = asciiTokenEnd(text, pos);
  if (end !== NOT_ASCII) return end;
  TOKEN_AT.lastIndex = pos;
  // every non-space character matches (the last alternative); the fallback is never taken
  return TOKEN_AT.test(text) ? TOKEN_AT.lastIndex : pos + 1;
}

/**
 * Whether a UTF-16 code unit is one that \s matches: the ECMAScript WhiteSpace and LineTerminator
 * characters (a test checks this against \s for every code unit).
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Abbreviations that keep their trailing period as part of the token. */
const PERIOD_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'maj', 'rev',
  'st', 'mt', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'bros', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ft', 'ave', 'blvd', 'dept', 'est', 'mass', 'calif',
  'fla', 'ill', 'wash', 'pa', 'va', 'ga', 'tex', 'ariz', 'mich', 'minn', 'conn', 'md', 'ky', 'tenn', 'ore',
]);

const LONGEST_ABBREVIATION = Math.max(...[...PERIOD_ABBREVIATIONS].map((abbreviation) => abbreviation.length));

/** Clitic endings split off a word, longest first; compared lower-cased with ’ read as '. */
const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];
/** A word must keep at least this many characters for a clitic to be split off it. */
const MIN_STEM_LENGTH = 1;

function isLetterOrDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/** The clitic ending `word`, if any ("Russia's" -> "'s"). */
function cliticOf(word: string): string | null {
  const folded = word.toLowerCase().replace(/’/g, "'");
  for (const clitic of CLITICS) {
    if (folded.length - clitic.length >= MIN_STEM_LENGTH && folded.endsWith(clitic)) return clitic;
  }
  return null;
}

/** Whether the period right after a word belongs to it ("Mr." "Inc." or an initial "J."). */
function takesPeriod(word: string): boolean {
  if (word.length === 1) {
    // every sentence's last word comes here: ASCII is decided from the code
    const code = word.charCodeAt(0);
    return code < 128 ? code >= 65 && code <= 90 : /\p{Lu}/u.test(word);
  }
  // a longer word cannot lower-case to a listed abbreviation (letters map one to one onto a-z)
  return word.length <= LONGEST_ABBREVIATION && PERIOD_ABBREVIATIONS.has(lowerCased(word));
}

/** `word` is text[start..end), the regular expression's match (not sliced again). */
function pushWord(text: string, word: string, start: number, end: number, out: Token[], offset: number): void {
  const clitic = word.includes("'") || word.includes('’') ? cliticOf(word) : null;
  if (clitic === null) {
    out.push({ text: word, start: start + offset, end: end + offset });
    return;
  }
  const cut = end - clitic.length;
  out.push({ text: text.slice(start, cut), start: start + offset, end: cut + offset });
  out.push({ text: text.slice(cut, end), start: cut + offset, end: end + offset });
}

export function tokenize(text: string): Token[] {
  return tokenizeInto(text, 0, []);
}

/**
 * The tokens of `text` appended to `out`, their offsets moved by `offset`: for a line cut out of a
 * longer string, tokens that index that string without a second pass to shift them.
 */
export function tokenizeInto(text: string, offset: number, out: Token[]): Token[] {
  const length = text.length;
  let pos = 0;
  for (;;) {
    // A match of TOKEN_PATTERN starts at the first non-space character (its last alternative takes
    // any), so the scan skips spaces itself and asks only how far the match goes: no match array
    // per token.
    while (pos < length && isSpaceCode(text.charCodeAt(pos))) pos += 1;
    if (pos >= length) break;
    const start = pos;
    let end = tokenEndAt(text, pos);
    pos = end;
    const word = text.slice(start, end);
    const first = text.charCodeAt(start);
    if (word.length > 1 && isLetterOrDigitCode(first)) {
      if (text.charCodeAt(end) === PERIOD && takesPeriod(word)) {
        end += 1;
        pos = end;
        out.push({ text: text.slice(start, end), start: start + offset, end: end + offset });
        continue;
      }
      pushWord(text, word, start, end, out, offset);
      continue;
    }
    if (word.length === 1 && text.charCodeAt(end) === PERIOD && takesPeriod(word)) {
      end += 1;
      pos = end;
      out.push({ text: text.slice(start, end), start: start + offset, end: end + offset });
      continue;
    }
    out.push({ text: word, start: start + offset, end: end + offset });
  }
  return out;
}
