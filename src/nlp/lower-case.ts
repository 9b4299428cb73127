/**
 * Lower-casing without a case-mapped string where none is needed: most words of a text are written
 * in lower-case ASCII, which toLowerCase returns unchanged but only after a call into the runtime
 * (a cost that showed in the tokenizer and the tagger, which ask for every word).
 */

/** Whether every character of `word` is ASCII and none is an upper-case letter. */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

/** word.toLowerCase(), the word itself when that changes nothing and is seen without the call. */
export function lowerCased(word: string): string {
  return isLowerAscii(word) ? word : word.toLowerCase();
}

/** Whether lower-casing changes `word` (word !== word.toLowerCase()). */
export function changesWhenLowerCased(word: string): boolean {
  return !isLowerAscii(word) && word !== word.toLowerCase();
}
