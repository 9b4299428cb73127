/**
 * The sentence around a span, from a window of the text: back to the end of the previous sentence
 * (., ! or ? then a space, or a paragraph break), forward to the end of this one. Good enough to show
 * a fact in context; not a sentence splitter (abbreviations such as "Dr." cut early).
 */

const SENTENCE_END_BEFORE = /(?:[.!?]["'”’)\]]*\s+|\n\s*)(?=[^\n.!?]*$)/;
const SENTENCE_END_AFTER = /[.!?]["'”’)\]]*(?=\s|$)|\n/;

/** `window` holds the text from `windowStart`; start/end index the whole text. */
export function sentenceAround(window: string, windowStart: number, start: number, end: number): string {
  const localStart = Math.max(0, start - windowStart);
  const localEnd = Math.min(window.length, Math.max(localStart, end - windowStart));
  const before = window.slice(0, localStart);
  const boundary = SENTENCE_END_BEFORE.exec(before);
  const from = boundary === null ? 0 : boundary.index + boundary[0].length;
  const after = window.slice(localEnd);
  const stop = SENTENCE_END_AFTER.exec(after);
  const to = stop === null ? window.length : localEnd + stop.index + (stop[0] === '\n' ? 0 : stop[0].length);
  return window.slice(from, to).replace(/\s+/g, ' ').trim();
}
