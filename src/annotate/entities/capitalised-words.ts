/**
 * The capitalised words of a text, as a global Unicode expression finds them, without running that
 * expression over the whole text: scanning every character for \p{Lu} was most of the cost of the
 * finders that read capitalised words (repeats.ts, demonyms.ts). ASCII is decided from the codes; a
 * word that reaches beyond ASCII (or a hyphen, where hyphenated words count) is handed to a sticky
 * copy of the expression at its first character, so every match is the expression's own.
 */

/** Calls `visit` with the offset and text of each capitalised word, in text order. */
export type CapitalisedWordScan = (text: string, visit: (start: number, word: string) => void) => void;

/** A capital, then letters and marks. */
const WORD = /\p{Lu}[\p{L}\p{M}]*/uy;
/** The same, then hyphen-joined parts ("Russian-held", "Guinea-Bissau"). */
const HYPHENATED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*/uy;

const HYPHEN = 0x2d;

function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isAsciiLetter(code: number): boolean {
  return isAsciiUpper(code) || (code >= 0x61 && code <= 0x7a);
}

/** Whether a high surrogate at `i` pairs with a low one after it (one code point, two units). */
function isSurrogatePair(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/**
 * The scan equal to running `/\p{Lu}[\p{L}\p{M}]*` + (hyphenated ? `(?:-[\p{L}\p{M}]+)*` : ``) + `/gu`
 * with exec over the text.
 */
export function capitalisedWordScan(hyphenated: boolean): CapitalisedWordScan {
  const sticky = hyphenated ? HYPHENATED_WORD : WORD;
  return (text, visit) => {
    const length = text.length;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if (!isAsciiUpper(code)) {
          i += 1;
          continue;
        }
        // ASCII letters are the only ASCII the expression reads past the capital: the word ends at
        // the first other ASCII character, unless it is a hyphen that may join another part.
        let end = i + 1;
        while (end < length && isAsciiLetter(text.charCodeAt(end))) end += 1;
        const next = end < length ? text.charCodeAt(end) : 0;
        if (next < 0x80 && !(hyphenated && next === HYPHEN)) {
          visit(i, text.slice(i, end));
          i = end;
          continue;
        }
      }
      sticky.lastIndex = i;
      if (sticky.test(text)) {
        const end = sticky.lastIndex;
        visit(i, text.slice(i, end));
        i = end;
        continue;
      }
      // No capital here: step over the whole code point, as the global expression does.
      i += isSurrogatePair(text, i) ? 2 : 1;
    }
  };
}
