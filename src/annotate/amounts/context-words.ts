/** Reading the words around a span: the word just before it and the word just after it. */
import { monthNumber } from '../../dates/months.js';

/** A capitalised month name or abbreviation ("January", "Jan"): lower-case "may" is a verb. */
export function isMonthName(word: string): boolean {
  return /^[A-Z]/.test(word) && monthNumber(word) !== null;
}

export interface NearWord {
  word: string;
  /** Whether the word opens a sentence (text start or sentence punctuation before it). */
  opensSentence: boolean;
  /** Whether a period follows the word ("No. 10", "Jan. 30", or the end of a sentence). */
  dotted: boolean;
}

const LOOKBACK_CHARS = 40;
const LOOKAHEAD_CHARS = 40;
/** The last word of the look-back window, possibly followed by a period ("No."), then spacing. */
const WORD_BEFORE = /(?<before>^|[\s\S])(?<word>[A-Za-z][A-Za-z'’]*)(?<dot>\.?)[ \t]+$/;
const WORD_AFTER = /^[ \t]+(?<word>[A-Za-z][A-Za-z'’]*)/;
/** What may precede a sentence's first word: the text start, a line break, end punctuation, an opening quote. */
const SENTENCE_OPENER = /^(?:|[\n.!?"“‘(])$/;

export function wordBefore(text: string, start: number): NearWord | null {
  const window = text.slice(Math.max(0, start - LOOKBACK_CHARS), start);
  const match = WORD_BEFORE.exec(window);
  const word = match?.groups?.word;
  if (!match || word === undefined) return null;
  const wordStart = match.index + (match.groups?.before?.length ?? 0);
  const preceding = window.slice(0, wordStart).trimEnd();
  const atTextStart = preceding.length === 0 && start - LOOKBACK_CHARS <= 0;
  const opensSentence = atTextStart || SENTENCE_OPENER.test(preceding.slice(-1)) || window.slice(0, wordStart).endsWith('\n');
  return { word, opensSentence, dotted: match.groups?.dot === '.' };
}

export function wordAfter(text: string, end: number): string | null {
  return WORD_AFTER.exec(text.slice(end, end + LOOKAHEAD_CHARS))?.groups?.word ?? null;
}
