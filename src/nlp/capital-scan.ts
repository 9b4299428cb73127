/**
 * Matches of an expression whose every match starts with a capital letter (\p{Lu}), found without
 * running a global Unicode expression over the whole text. A global /u expression led by \p{Lu} is
 * tried at every position of the text, and that per-position cost was most of the time of the
 * scans over capitalised names (about 1 µs per match on the benchmark articles). Here the capitals
 * are found by their character codes (a sticky \p{Lu} test for the few characters beyond ASCII),
 * and a sticky copy of the expression runs at each one only.
 */

/** One capital letter at lastIndex (a surrogate pair is one code point, as in a /u expression). */
const CAPITAL_AT = /\p{Lu}/uy;

/**
 * Per UTF-16 code unit outside the surrogates, whether it is a capital: 0 not yet asked, CAPITAL or
 * NOT_CAPITAL. Curly quotes and apostrophes are in every article, and a sticky test per character
 * cost more than the rest of the scan.
 */
const capitalUnits = new Uint8Array(0x10000);
const CAPITAL = 1;
const NOT_CAPITAL = 2;

function isCapitalUnit(code: number): boolean {
  let known = capitalUnits[code] ?? 0;
  if (known === 0) {
    known = /\p{Lu}/u.test(String.fromCharCode(code)) ? CAPITAL : NOT_CAPITAL;
    capitalUnits[code] = known;
  }
  return known === CAPITAL;
}

/** Whether a high surrogate at `i` pairs with a low one after it (one code point, two units). */
function isSurrogatePair(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/**
 * The offset of the first capital letter at or after `from` (a code-point boundary), stepping over
 * the text one code point at a time as a global /u expression does; -1 when there is none.
 */
export function nextCapitalAt(text: string, from: number): number {
  const length = text.length;
  for (let i = from; i < length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) return i;
      i += 1;
      continue;
    }
    if (code < 0xd800 || code > 0xdfff) {
      if (isCapitalUnit(code)) return i;
      i += 1;
      continue;
    }
    CAPITAL_AT.lastIndex = i;
    if (CAPITAL_AT.test(text)) return i;
    i += isSurrogatePair(text, i) ? 2 : 1;
  }
  return -1;
}

/**
 * What `exec` of the global form of `sticky` (same source, flags 'gu' instead of 'uy') returns with
 * lastIndex `from`, for an expression whose every match starts with a capital letter: the first
 * match at a capital at or after `from`, or null. Like the global form, it leaves lastIndex at the
 * end of the match (0 when there is none), so a loop can pass `sticky.lastIndex` back as `from`.
 */
export function execAtNextCapital(sticky: RegExp, text: string, from: number): RegExpExecArray | null {
  for (let at = nextCapitalAt(text, from); at >= 0; at = nextCapitalAt(text, at + (isSurrogatePair(text, at) ? 2 : 1))) {
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match !== null) return match;
  }
  sticky.lastIndex = 0;
  return null;
}
