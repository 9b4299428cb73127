/**
 * A fast sentence splitter over a record's clean `text`.
 *
 * Paragraph breaks (a blank line) always end a sentence. Inside a paragraph, a run of terminal
 * punctuation (. ! ? …), with any closing quote marks or brackets that follow it, ends a sentence
 * when whitespace follows and the next word does not continue the sentence:
 * - the next visible character (after an opening quote or bracket) is a lower-case letter or a
 *   digit ("she asked", "Jan. 30") -> no break;
 * - the period closes a known abbreviation: titles (Mr., Dr., Gen.) never end a sentence; other
 *   abbreviations (U.S., Inc., a.m.) end one only when the next word is a common sentence opener;
 * - the period closes a single capital letter, an initial ("John F. Kennedy") -> no break.
 * Decimals ("3.5") never match because no whitespace follows the period.
 *
 * Returns half-open offset spans into `text`, trimmed of surrounding whitespace, in order.
 */
import { isSpaceCode } from './tokenize.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Titles written before a name: a period after one never ends a sentence. */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'rev', 'fr', 'st', 'mt', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'hon', 'messrs', 'mme', 'mlle',
]);

/** Other abbreviations: they may end a sentence, but usually do not. */
const OTHER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'inc', 'corp', 'ltd', 'co', 'bros', 'jr', 'sr', 'approx', 'est', 'dept',
  'univ', 'ave', 'blvd', 'rd', 'fig', 'vol', 'op', 'cf', 'al', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n',
  'e.u', 'd.c', 'u.s.a', 'ph.d', 'b.a', 'm.a',
]);

/** Words that commonly open a sentence: after an ambiguous abbreviation they signal a break. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but', 'and', 'this', 'that',
  'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'after', 'before', 'when', 'while', 'if',
  'however', 'meanwhile', 'for', 'as', 'some', 'many', 'most', 'officials', 'police',
]);

/** Terminal punctuation, then closing quotes/brackets, then whitespace (the candidate break). */
const BREAK_CANDIDATE = /[.!?…]+["'”’»)\]]*(?=\s)/g;
/** The word just before a period: letters, with internal periods for "U.S." or "a.m.". */
const WORD_BEFORE_PERIOD = /((?:\p{L}\.)*\p{L}+)\.$/u;
/** Opening quotes and brackets that may precede the first letter of a sentence. */
const OPENING_MARKS = /["'“‘«([]/;
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
/** How far back the abbreviation check looks: longer than any listed abbreviation. */
const ABBREVIATION_LOOKBACK = 12;

/**
 * The sentences (and the paragraphs) of the texts split last, by text: the tagger and the quotes
 * annotator both split a record's body, and the quotes annotator reads its paragraphs twice more.
 * Emptied when it holds this many (the body, the title and a few captions).
 */
const MAX_REMEMBERED_TEXTS = 8;
const rememberedSentences = new Map<string, readonly SentenceSpan[]>();
const rememberedParagraphs = new Map<string, readonly SentenceSpan[]>();

/** The spans `split` gives `text`, remembered in `memory`; copies, as a caller may change the spans it gets. */
function remembered(memory: Map<string, readonly SentenceSpan[]>, text: string, split: (text: string) => SentenceSpan[]): SentenceSpan[] {
  let spans = memory.get(text);
  if (spans === undefined) {
    spans = split(text);
    if (memory.size >= MAX_REMEMBERED_TEXTS) memory.clear();
    memory.set(text, spans);
  }
  return spans.map((span) => ({ start: span.start, end: span.end }));
}

/** The paragraphs of `text` (separated by blank lines), trimmed, as offset spans. */
export function paragraphSpans(text: string): SentenceSpan[] {
  return remembered(rememberedParagraphs, text, findParagraphs);
}

function findParagraphs(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraphStart = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m !== null; m = PARAGRAPH_BREAK.exec(text)) {
    pushTrimmed(text, paragraphStart, m.index, out);
    paragraphStart = m.index + m[0].length;
  }
  pushTrimmed(text, paragraphStart, text.length, out);
  return out;
}

/** Splits `text` into sentences; paragraphs are separated by blank lines. */
export function splitSentences(text: string): SentenceSpan[] {
  return remembered(rememberedSentences, text, findSentences);
}

function findSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const p of paragraphSpans(text)) splitParagraph(text, p.start, p.end, out);
  return out;
}

function splitParagraph(text: string, from: number, to: number, out: SentenceSpan[]): void {
  const paragraph = text.slice(from, to);
  let sentenceStart = 0;
  BREAK_CANDIDATE.lastIndex = 0;
  for (let m = BREAK_CANDIDATE.exec(paragraph); m !== null; m = BREAK_CANDIDATE.exec(paragraph)) {
    const breakAt = m.index + m[0].length;
    if (!isSentenceBreak(paragraph, m.index, m[0], breakAt)) continue;
    pushTrimmed(text, from + sentenceStart, from + breakAt, out);
    sentenceStart = breakAt;
  }
  pushTrimmed(text, from + sentenceStart, to, out);
}

/** Decides whether the punctuation run `punct` at `at` (ending at `breakAt`) ends a sentence. */
function isSentenceBreak(paragraph: string, at: number, punct: string, breakAt: number): boolean {
  const next = nextWord(paragraph, breakAt);
  if (next === null) return false;
  const first = next.charAt(0);
  if (/[\p{Ll}\p{N}]/u.test(first)) return false;
  if (!punct.startsWith('.') || punct.startsWith('..')) return true;
  const before = paragraph.slice(Math.max(0, at - ABBREVIATION_LOOKBACK), at + 1);
  const word = WORD_BEFORE_PERIOD.exec(before)?.[1];
  if (word === undefined) return true;
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  if (OTHER_ABBREVIATIONS.has(lower) || lower.includes('.')) return SENTENCE_OPENERS.has(next.toLowerCase());
  return true;
}

/** The next word after whitespace and opening marks, or null at the end of the paragraph. */
function nextWord(paragraph: string, from: number): string | null {
  let i = from;
  while (i < paragraph.length && isSpaceCode(paragraph.charCodeAt(i))) i++;
  while (i < paragraph.length && OPENING_MARKS.test(paragraph.charAt(i))) i++;
  if (i >= paragraph.length) return null;
  const m = /^[\p{L}\p{N}]+/u.exec(paragraph.slice(i, i + 40));
  return m ? m[0] : paragraph.charAt(i);
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Index of the sentence containing `offset` (binary search), or -1 when it lies between sentences. */
export function sentenceIndexAt(sentences: readonly SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as SentenceSpan;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
