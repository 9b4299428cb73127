/**
 * Bytes -> string, with the encoding recorded and checked.
 *
 * HTML (files, WARC records): BOM, then the HTTP Content-Type charset, then <meta> in the first
 * 4 KB, then detection (valid UTF-8, else chardet), then UTF-8. The BOM goes first, as in browsers:
 * it is proof, whereas a header is a claim. A declared charset is checked against the bytes: when
 * decoding with it yields many U+FFFD, or when the bytes are plainly UTF-8 but labelled otherwise,
 * the encoding is re-detected and an `encoding/mismatch` warning is recorded.
 * Plain text: BOM, then valid UTF-8, then detection.
 */
import { detect as chardetDetect } from 'chardet';
import type { WarningT } from '../record/schema.js';
import { sniffBom } from './bom.js';
import { type Charset, decodeStrictUtf8, resolveCharset, UTF8 } from './charset.js';
import { findMetaCharset } from './declared-charset.js';
import { type EncodingFrom, InputError } from './document.js';

/** chardet looks at this many leading bytes (it is slow on whole pages and gains nothing). */
export const DETECT_SAMPLE_BYTES = 64 * 1024;
/** A declared charset is wrong when decoding with it yields at least this many U+FFFD... */
export const MISMATCH_MIN_REPLACEMENTS = 4;
/** ...and they are at least this share of the non-ASCII characters. */
export const MISMATCH_REPLACEMENT_SHARE = 0.05;
/** Bytes labelled as a legacy charset but valid UTF-8 with this many multi-byte characters are UTF-8. */
export const UTF8_MISLABEL_MIN_SEQUENCES = 8;
/** After every attempt, more than this share of U+FFFD among all characters means undecodable input. */
export const UNDECODABLE_SHARE = 0.1;
/** Below this many characters the undecodable share is not judged (a few bad bytes in a tiny file). */
export const UNDECODABLE_MIN_CHARS = 64;

const REPLACEMENT = 0xfffd;

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used. */
  encoding: string;
  encodingFrom: EncodingFrom;
  warnings: WarningT[];
}

interface Attempt {
  charset: Charset;
  from: EncodingFrom;
  text: string;
  replacements: number;
  nonAscii: number;
}

function countChars(text: string): { replacements: number; nonAscii: number } {
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) nonAscii++;
    if (code === REPLACEMENT) replacements++;
  }
  return { replacements, nonAscii };
}

function attempt(bytes: Uint8Array, charset: Charset, from: EncodingFrom, text = charset.decode(bytes)): Attempt {
  return { charset, from, text, ...countChars(text) };
}

/** Number of UTF-8 lead bytes of multi-byte characters (only meaningful once the bytes are known valid). */
function countMultibyteLeads(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte >= 0xc2 && byte <= 0xf4) count++;
  return count;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true;
  return false;
}

/** Valid UTF-8 first (chardet misreads short UTF-8), then chardet, then UTF-8 as the default. */
function detectEncoding(bytes: Uint8Array): Attempt {
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return attempt(bytes, UTF8, hasNonAscii(bytes) ? 'detected' : 'default', utf8);
  const guess = chardetDetect(bytes.subarray(0, DETECT_SAMPLE_BYTES));
  const charset = guess ? resolveCharset(guess) : null;
  if (charset) return attempt(bytes, charset, 'detected');
  return attempt(bytes, UTF8, 'default');
}

function fromBom(bytes: Uint8Array): Attempt | null {
  const bom = sniffBom(bytes);
  if (!bom) return null;
  const charset = resolveCharset(bom.encoding) ?? UTF8;
  return attempt(bytes, charset, 'bom');
}

/** A <meta> cannot truthfully declare UTF-16 (the tag itself would not be readable as ASCII): read it as UTF-8. */
function metaCharset(label: string): Charset | null {
  const charset = resolveCharset(label);
  if (charset && charset.name.startsWith('utf-16')) return UTF8;
  return charset;
}

function declaredCharset(bytes: Uint8Array, httpCharset: string | null): { charset: Charset; from: EncodingFrom } | null {
  const fromHeader = httpCharset ? resolveCharset(httpCharset) : null;
  if (fromHeader) return { charset: fromHeader, from: 'http-header' };
  const metaLabel = findMetaCharset(bytes);
  const fromMeta = metaLabel ? metaCharset(metaLabel) : null;
  return fromMeta ? { charset: fromMeta, from: 'meta' } : null;
}

function isMismatch(result: Attempt): boolean {
  return (
    result.replacements >= MISMATCH_MIN_REPLACEMENTS &&
    result.replacements / Math.max(1, result.nonAscii) >= MISMATCH_REPLACEMENT_SHARE
  );
}

function mismatchWarning(declared: Attempt, used: Attempt): WarningT {
  return {
    code: 'encoding/mismatch',
    message: `Unexpected bytes for the declared encoding ${declared.charset.name} (from ${declared.from}): ${declared.replacements} undecodable characters; decoded as ${used.charset.name} instead`,
  };
}

/** Checks a declared charset against the bytes and swaps it for a detected one when it is clearly wrong. */
function checkDeclared(bytes: Uint8Array, declared: Attempt): { result: Attempt; warnings: WarningT[] } {
  if (declared.charset.name !== 'utf-8' && countMultibyteLeads(bytes) >= UTF8_MISLABEL_MIN_SEQUENCES) {
    const utf8 = decodeStrictUtf8(bytes);
    if (utf8 !== null) {
      const used = attempt(bytes, UTF8, 'detected', utf8);
      return { result: used, warnings: [mismatchWarning(declared, used)] };
    }
  }
  if (!isMismatch(declared)) return { result: declared, warnings: [] };
  const detected = detectEncoding(bytes);
  if (detected.replacements >= declared.replacements) return { result: declared, warnings: [] };
  return { result: detected, warnings: [mismatchWarning(declared, detected)] };
}

function finish(result: Attempt, warnings: WarningT[]): Decoded {
  const { text, replacements } = result;
  if (text.length >= UNDECODABLE_MIN_CHARS && replacements / text.length > UNDECODABLE_SHARE) {
    throw new InputError(
      'input/bad-encoding',
      `cannot be decoded: ${replacements} of ${text.length} characters are invalid as ${result.charset.name}`,
    );
  }
  const all = [...warnings];
  if (replacements > 0) {
    all.push({
      code: 'encoding/replacement-chars',
      message: `${replacements} byte sequences were invalid as ${result.charset.name} and became U+FFFD`,
    });
  }
  return { text, encoding: result.charset.name, encodingFrom: result.from, warnings: all };
}

export interface HtmlDecodeContext {
  /** The charset parameter of the HTTP Content-Type header, when the page came with one (WARC). */
  httpCharset?: string | null;
}

export function decodeHtml(bytes: Uint8Array, context: HtmlDecodeContext = {}): Decoded {
  const bom = fromBom(bytes);
  if (bom) return finish(bom, []);
  const declared = declaredCharset(bytes, context.httpCharset ?? null);
  if (!declared) return finish(detectEncoding(bytes), []);
  const checked = checkDeclared(bytes, attempt(bytes, declared.charset, declared.from));
  return finish(checked.result, checked.warnings);
}

export function decodeText(bytes: Uint8Array): Decoded {
  return finish(fromBom(bytes) ?? detectEncoding(bytes), []);
}
