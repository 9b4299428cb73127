/**
 * Lower-casing and case tests without a case-mapped string or a Unicode expression where none is
 * needed: most words of a text are ASCII, whose case toLowerCase (or /\p{Lu}/u) decides only after a
 * call into the runtime (a cost that showed in the tokenizer, the tagger and the entity finders,
 * which ask for every word).
 */

/** What asciiCase returns for a word with a character beyond ASCII. */
const BEYOND_ASCII = -1;

/** 1 when `word` is ASCII with an upper-case letter, 0 when ASCII without one, else BEYOND_ASCII. */
function asciiCase(word: string): number {
  let upper = 0;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 128) return BEYOND_ASCII;
    if (code >= 65 && code <= 90) upper = 1;
  }
  return upper;
}

/** word.toLowerCase(), the word itself when that changes nothing and is seen without the call. */
export function lowerCased(word: string): string {
  return asciiCase(word) === 0 ? word : word.toLowerCase();
}

/** Whether lower-casing changes `word` (word !== word.toLowerCase()). */
export function changesWhenLowerCased(word: string): boolean {
  const kind = asciiCase(word);
  return kind === BEYOND_ASCII ? word !== word.toLowerCase() : kind === 1;
}

/** Whether lower-casing changes the first code unit of `word` (a capital initial); false for ''. */
export function initialChangesWhenLowerCased(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const initial = word[0];
  return initial !== undefined && initial !== initial.toLowerCase();
}

const UPPER_CASE_INITIAL = /^\p{Lu}/u;

/** Whether `word` opens with an upper-case letter (/^\p{Lu}/u), ASCII decided from the code. */
export function startsWithUpperCaseLetter(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_CASE_INITIAL.test(word);
}
