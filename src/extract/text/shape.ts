/**
 * The shape of a line: how long it is, how it ends, whether it reads like a sentence or a name.
 * Every rule asks these questions, so they live in one place with their thresholds.
 */
import { NAME_PARTICLES } from '../../nlp/name-particles.js';

/** Closing quotes and brackets that may follow the full stop of a sentence. */
const CLOSERS = `"'”’»)]`;
const CJK_CLOSERS = '」』）】〕';
/** Ends like a sentence: a full stop, question or exclamation mark or ellipsis (also the CJK ones), possibly inside closing quotes. */
const SENTENCE_END = new RegExp(`[.!?…。！？][${escapeClass(CLOSERS + CJK_CLOSERS)}]*$`);
/** Scripts written without spaces between words: each character counts as a word, so length thresholds mean the same. */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

export function wordCount(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  const words = text.replace(UNSPACED_CHAR, ' ').match(/\S+/g)?.length ?? 0;
  return unspaced + words;
}

/** True when the line ends the way a sentence ends. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** True when the line starts with a lower-case letter (it continues something rather than opening it). */
export function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** A capitalised name word: "Clare", "O’Brien", "Jean-Luc", "McKay", or an initial "J." */
const NAME_WORD = /^(?:\p{Lu}[\p{L}’'-]*\p{L}|\p{Lu}\.)$/u;
/** Names of people run from two to this many words, particles included. */
const NAME_MAX_WORDS = 5;
/** A person's name on its own is never longer than this. */
const NAME_MAX_CHARS = 50;

/** Capitalised words that open headings and labels but never names ("What Happens Next", "Top Stories"). */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'what', 'how', 'why', 'when', 'where', 'who', 'which', 'in', 'on', 'at', 'of', 'for', 'and', 'or', 'to',
  'with', 'from', 'by', 'our', 'your', 'my', 'this', 'that', 'these', 'more', 'new', 'about', 'read', 'next', 'top', 'latest',
  'most', 'all', 'share', 'follow', 'sign', 'log', 'view', 'watch', 'related', 'is', 'are', 'was', 'will', 'not', 'no',
]);

/**
 * True when the text looks like a person's name alone: two to five capitalised words (particles and
 * initials allowed), no digits, no punctuation at the end.
 */
export function looksLikePersonName(text: string): boolean {
  if (text.length > NAME_MAX_CHARS || /\d/.test(text)) return false;
  const words = text.split(' ');
  if (words.length < 2 || words.length > NAME_MAX_WORDS) return false;
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last) || last.endsWith('.')) return false;
  if (words.some((word) => NOT_NAME_WORDS.has(word.toLowerCase()))) return false;
  return words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word));
}

/** Escapes characters that are special inside a regular-expression character class. */
function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
