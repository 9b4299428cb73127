/**
 * Finds quoted spans: pairs of opening and closing quote marks, straight or curly, double or
 * single, with their nesting.
 *
 * Each mark is read from its neighbours. A curly opening mark (“ ‘ « „) can only open and a curly
 * closing mark (” ’ ») can only close; a straight mark (" ') opens after a space, a bracket, a dash
 * or another opening mark, and closes before a space, punctuation or another closing mark. A single
 * mark between two letters is an apostrophe (doesn’t), and a single closing mark with no single
 * mark open is one too (the students’ union). A closing mark closes the nearest open mark of its
 * family; marks opened above it and never closed were apostrophes and are dropped. That also reads
 * a straight apostrophe closing a curly single quote (‘Northern territories'”).
 *
 * Two single closing marks in a row ("’’", "''") close an open double quotation, as some sites
 * type them.
 *
 * Paragraphs: a quotation still open at the end of a paragraph continues when the next paragraph
 * opens with a mark of the same family (the newspaper convention for multi-paragraph quotes);
 * otherwise what is still open there is dropped.
 */
import { paragraphSpans } from '../../nlp/sentences.js';

export type QuoteFamily = 'double' | 'single';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** The quoted words: from after the opening mark to the closing mark. */
  contentStart: number;
  contentEnd: number;
  family: QuoteFamily;
  /** 0 for a top-level span, 1 inside another span, and so on. */
  depth: number;
  /** True when the span runs over a paragraph break. */
  multiParagraph: boolean;
}

interface OpenMark {
  at: number;
  family: QuoteFamily;
  multiParagraph: boolean;
}

/**
 * Whether a UTF-16 code unit is a quotation mark: " ' “ ” ‘ ’ « » „ ‹ ›. Tested by code in the
 * scan: a global /["'“”‘’«»„‹›]/ exec per mark (every apostrophe is one) cost more than the rest
 * of the scan.
 */
function isMarkCode(code: number): boolean {
  if (code < 0xab) return code === 0x22 || code === 0x27;
  return code === 0xab || code === 0xbb || code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0x2039 || code === 0x203a;
}

/** The offset of the first quotation mark in text[from..to), or -1. */
function nextMarkAt(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isMarkCode(text.charCodeAt(i))) return i;
  return -1;
}
const OPEN_ONLY = new Set(['“', '‘', '«', '„', '‹']);
const CLOSE_ONLY = new Set(['”', '’', '»', '›']);
const DOUBLE_MARKS = new Set(['"', '“', '”', '«', '»', '„']);
/** Characters after which a straight mark opens (besides whitespace and the start). */
const OPENS_AFTER = /[([{\-–—/“‘«„]/;
/** Characters before which a straight or curly mark closes (besides whitespace and the end). */
const CLOSES_BEFORE = /[.,;:!?)\]}\-–—”’»"']/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?]/;
const UPPER = /\p{Lu}/u;
/** A list bullet opening a paragraph, with its space: "• ", "▪ ", "* ", "- ". */
const BULLET = /^(?:[•▪◦‣]|[*–-](?=\s))\s*/;
const DIGIT = /\p{N}/u;

interface MarkRoles {
  canOpen: boolean;
  canClose: boolean;
}

/** What a mark at `at` may do, read from the characters around it. */
function rolesOf(text: string, at: number, mark: string, family: QuoteFamily): MarkRoles {
  const prev = at > 0 ? text.charAt(at - 1) : '';
  const next = at + 1 < text.length ? text.charAt(at + 1) : '';
  const prevIsLetter = prev !== '' && LETTER_OR_DIGIT.test(prev);
  const nextIsLetter = next !== '' && LETTER_OR_DIGIT.test(next);
  if (family === 'single' && prevIsLetter && nextIsLetter) return { canOpen: false, canClose: false };
  // ‘90s and '90s: an elided century, not an opening quote.
  if (family === 'single' && DIGIT.test(next) && !prevIsLetter) return { canOpen: false, canClose: false };
  const spaceBefore = prev === '' || /\s/.test(prev) || OPENS_AFTER.test(prev);
  const spaceAfter = next === '' || /\s/.test(next) || CLOSES_BEFORE.test(next);
  // A curly opening mark can do nothing else: stray spaces after it ("“  You guys…”") do not stop it.
  if (OPEN_ONLY.has(mark)) return { canOpen: next !== '' && (!/\s/.test(next) || /^[ \t]{1,2}[\p{L}\p{N}]/u.test(text.slice(at + 1, at + 4))), canClose: false };
  // "‘Oh no,’ ”: a thin space between two closing marks does not stop the outer one closing.
  // A curly closing mark can do nothing else, so it closes even after stray spaces ("continue to see  ” Mayer said").
  // "the founder said, ”There doesn’t...": a closing double mark set after a space and before a
  // letter is an opening mark of the wrong shape (a closing mark never sits before a word).
  if (mark === '”' && /\s/.test(prev) && nextIsLetter) return { canOpen: true, canClose: false };
  if (CLOSE_ONLY.has(mark)) return { canOpen: false, canClose: prev !== '' };
  // "said Chairman Tim Kaine."So that is...": a straight double mark glued between a sentence's end
  // and a capital (a space lost in the page) closes an open quotation, else opens one.
  if (family === 'double' && SENTENCE_END.test(prev) && UPPER.test(next)) return { canOpen: true, canClose: true };
  // A straight mark between spaces cannot open (nothing follows it): it closes ("ourselves  " she wrote).
  const betweenSpaces = spaceBefore && (next === '' || /\s/.test(next));
  return { canOpen: spaceBefore && next !== '' && !/\s/.test(next), canClose: (!spaceBefore && spaceAfter) || betweenSpaces };
}

/** All quoted spans of `text`, ordered by their opening mark. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let stack: OpenMark[] = [];
  const paragraphs = paragraphSpans(text);
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p] as { start: number; end: number };
    let from = paragraph.start;
    // A carried-over quotation consumes the re-opening mark that starts this paragraph.
    const carried = stack[0];
    if (carried !== undefined) {
      // A memo quoted as a list: "• “First point.\n\n• “Second point.\n\n• Third point.”" runs on
      // through bulleted paragraphs, with or without a re-opening mark after the bullet.
      const bullet = BULLET.exec(text.slice(from, from + 4));
      const at = from + (bullet?.[0].length ?? 0);
      if (familyOf(text.charAt(at)) === carried.family && rolesOf(text, at, text.charAt(at), carried.family).canOpen) {
        carried.multiParagraph = true;
        from = at + 1;
      } else if (bullet !== null) carried.multiParagraph = true;
      else stack = [];
    }
    scanParagraph(text, from, paragraph.end, stack, spans);
    const bottom = stack[0];
    stack = bottom !== undefined && p + 1 < paragraphs.length ? [bottom] : [];
  }
  return withDepths(spans);
}

function familyOf(mark: string): QuoteFamily | null {
  if (DOUBLE_MARKS.has(mark)) return 'double';
  if (mark === "'" || mark === '‘' || mark === '’' || mark === '‹' || mark === '›') return 'single';
  return null;
}

function scanParagraph(text: string, from: number, to: number, stack: OpenMark[], spans: QuotedSpan[]): void {
  let searchFrom = from;
  for (let at = nextMarkAt(text, searchFrom, to); at >= 0; at = nextMarkAt(text, searchFrom, to)) {
    searchFrom = at + 1;
    const mark = text.charAt(at);
    // "’’" or "''" closing a double quotation ("“It was an attempt to mislead voters,’’ Will Moy"):
    // two single closing marks stand for one double closing mark when a double mark is open and no
    // single one is open above it.
    const pairEnd = at + 2;
    if ((mark === '’' || mark === "'") && text.charAt(at + 1) === mark && findOpen(stack, 'single') < findOpen(stack, 'double')) {
      const after = pairEnd < text.length ? text.charAt(pairEnd) : '';
      if (after === '' || /\s/.test(after) || CLOSES_BEFORE.test(after)) {
        const openIndex = findOpen(stack, 'double');
        const opened = stack[openIndex] as OpenMark;
        stack.length = openIndex;
        spans.push({ open: opened.at, close: at + 1, contentStart: opened.at + 1, contentEnd: at, family: 'double', depth: 0, multiParagraph: opened.multiParagraph });
        searchFrom = pairEnd;
        continue;
      }
    }
    const family = familyOf(mark) as QuoteFamily;
    const roles = rolesOf(text, at, mark, family);
    if (roles.canClose) {
      const openIndex = findOpen(stack, family);
      if (openIndex >= 0) {
        const opened = stack[openIndex] as OpenMark;
        stack.length = openIndex;
        // A lone letter between single marks is an elision ("rock 'n' roll"), not a quotation.
        const length = at - opened.at - 1;
        if (length > 1 || (length === 1 && family === 'double')) {
          spans.push({
            open: opened.at,
            close: at,
            contentStart: opened.at + 1,
            contentEnd: at,
            family,
            depth: 0,
            multiParagraph: opened.multiParagraph,
          });
        }
        continue;
      }
    }
    if (roles.canOpen) stack.push({ at: at, family, multiParagraph: false });
  }
}

function findOpen(stack: readonly OpenMark[], family: QuoteFamily): number {
  for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as OpenMark).family === family) return i;
  return -1;
}

/** Sorts spans by their opening mark and sets each one's nesting depth. */
function withDepths(spans: QuotedSpan[]): QuotedSpan[] {
  spans.sort((a, b) => a.open - b.open);
  const enclosing: QuotedSpan[] = [];
  for (const span of spans) {
    while (enclosing.length > 0 && (enclosing[enclosing.length - 1] as QuotedSpan).close < span.open) enclosing.pop();
    span.depth = enclosing.length;
    enclosing.push(span);
  }
  return spans;
}
