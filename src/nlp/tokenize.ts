/**
 * A fast word tokenizer with offsets into the original string, close to CoNLL/Penn tokens so a
 * tagger trained on CoNLL-style files sees the same units at run time:
 * - punctuation is split off ("Japan," -> "Japan" ","), each mark its own token;
 * - dotted abbreviations stay whole ("U.S.", "a.m."), and so do known short abbreviations and
 *   initials with their period ("Mr.", "Inc.", "J.");
 * - possessive and clitic endings are split ("Russia's" -> "Russia" "'s", "don't" -> "do" "n't");
 * - hyphenated words and numbers with separators stay whole ("Soviet-Japanese", "15,000", "3.5").
 *
 * One regular expression scans the text once (sticky, from each non-space character); the few
 * splits above are plain string checks.
 */

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
  return word.length <= LONGEST_ABBREVIATION && PERIOD_ABBREVIATIONS.has(word.toLowerCase());
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
    // any), so the scan skips spaces itself and asks the sticky copy whether and how far it matches:
    // no match array per token.
    while (pos < length && isSpaceCode(text.charCodeAt(pos))) pos += 1;
    if (pos >= length) break;
    TOKEN_AT.lastIndex = pos;
    if (!TOKEN_AT.test(text)) {
      pos += 1; // not reached: every non-space character matches
      continue;
    }
    const start = pos;
    let end = TOKEN_AT.lastIndex;
    pos = end;
    const word = text.slice(start, end);
    const first = text.charCodeAt(start);
    if (word.length > 1 && isLetterOrDigitCode(first)) {
      if (text[end] === '.' && takesPeriod(word)) {
        end += 1;
        pos = end;
        out.push({ text: text.slice(start, end), start: start + offset, end: end + offset });
        continue;
      }
      pushWord(text, word, start, end, out, offset);
      continue;
    }
    if (word.length === 1 && text[end] === '.' && takesPeriod(word)) {
      end += 1;
      pos = end;
      out.push({ text: text.slice(start, end), start: start + offset, end: end + offset });
      continue;
    }
    out.push({ text: word, start: start + offset, end: end + offset });
  }
  return out;
}
