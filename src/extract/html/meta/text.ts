/**
 * Cleaning of the short strings metadata holds: titles, names, descriptions.
 *
 * The HTML parser already decodes entities in text and attributes once, but JSON-LD sits in a
 * script (raw text, never decoded) and many CMSs double-encode meta values ("&amp;#8217;"), so we
 * decode again whenever something still looks like an entity. The cost of that second decoding
 * (a headline that literally reads "&lt;" would become "<") is far rarer than its benefit.
 */
import { decodeHTML } from 'entities';

const ENTITY_RE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
/** A tag; [^<>] keeps the scan linear on text full of unclosed "<". */
const TAG_RE = /<\/?[a-z][^<>]*>/gi;
const BLOCK_BREAK_RE = /<(?:br|\/p|\/div|\/h[1-6]|\/li)\b[^>]*>/gi;
const SPACES_RE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const INLINE_SPACES_RE = /[^\S\n]+|[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

export function decodeEntities(text: string): string {
  return ENTITY_RE.test(text) ? decodeHTML(text) : text;
}

/** Decoded, tags removed, whitespace collapsed to single spaces, trimmed; null when nothing is left. */
export function cleanText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const cleaned = decodeEntities(text).replace(TAG_RE, ' ').replace(SPACES_RE, ' ').trim();
  return cleaned.length > 0 ? cleaned : null;
}

/**
 * Like cleanText, but keeps paragraph breaks: for a JSON-LD articleBody, which may hold HTML or
 * newline-separated paragraphs. Paragraphs come out separated by one newline.
 */
export function cleanMultilineText(text: string): string | null {
  const lines = decodeEntities(text)
    .replace(BLOCK_BREAK_RE, '\n')
    .replace(TAG_RE, '') // block ends are newlines already; what is left is inline ("<b>point</b>.")
    .replace(/\r\n?/g, '\n')
    .replace(INLINE_SPACES_RE, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.length > 0 ? lines.join('\n') : null;
}
