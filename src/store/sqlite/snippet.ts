/**
 * Snippets: FTS5 marks matches with two control characters that never occur in extracted text;
 * they are turned into plain text plus highlight offsets, which a terminal or a web page renders as
 * it likes.
 */
import type { Highlight } from '../store.js';

export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';
/** Words of context in a snippet. */
export const SNIPPET_TOKENS = 24;
export const ELLIPSIS = '…';
/** Characters shown for an empty query, which has no match to centre on. */
export const LEAD_CHARACTERS = 200;

export interface MarkedText {
  text: string;
  highlights: Highlight[];
}

/** Plain text with highlight offsets; runs of whitespace (paragraph breaks) become one space. */
export function parseMarkedSnippet(marked: string): MarkedText {
  let text = '';
  const highlights: Highlight[] = [];
  let openAt: number | null = null;
  for (const char of marked) {
    if (char === MARK_OPEN) {
      openAt = text.length;
    } else if (char === MARK_CLOSE) {
      if (openAt !== null && text.length > openAt) highlights.push({ start: openAt, end: text.length });
      openAt = null;
    } else if (/\s/.test(char)) {
      if (text.length > 0 && !text.endsWith(' ')) text += ' ';
    } else {
      text += char;
    }
  }
  return { text: text.trimEnd(), highlights };
}

/** The first words of a text, cut at a word boundary. */
export function leadOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LEAD_CHARACTERS) return flat;
  const cut = flat.lastIndexOf(' ', LEAD_CHARACTERS);
  return flat.slice(0, cut > 0 ? cut : LEAD_CHARACTERS) + ELLIPSIS;
}
