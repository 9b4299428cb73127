/**
 * The channel ("on X", "in a statement", "told reporters", "in a recent speech") and the date phrase
 * ("on Tuesday", "on January 30, 2024", "last week") stated in a quotation's attribution clause.
 * Only the attribution window is read, so a speech mentioned elsewhere in the sentence about someone
 * else is not taken. Dates are kept as written, with their span: no normalisation.
 */
import { escapeRegExp, readLexicon } from '../../nlp/lexicons.js';

export interface PhraseSpan {
  start: number;
  end: number;
  text: string;
}

const CHANNEL_NOUNS = readLexicon('quote-channels.txt').sort((a, b) => b.length - a.length);
/** The one-word common nouns of the channels ("statement", "interview"), lower case. */
const CHANNEL_WORDS: ReadonlySet<string> = new Set(CHANNEL_NOUNS.filter((noun) => /^[\p{Ll}-]+$/u.test(noun)));

/** True when `word` is a channel's common noun, singular or plural, any case: "statement", "Interviews". */
export function isChannelNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return CHANNEL_WORDS.has(lower) || (lower.endsWith('s') && CHANNEL_WORDS.has(lower.slice(0, -1)));
}
/** A preposition, an optional determiner and up to three modifiers, then a channel noun. */
const CHANNEL = new RegExp(
  String.raw`(?<![\p{L}])(?:on|in|at|during|via|through)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:${CHANNEL_NOUNS.map(escapeRegExp).join('|')})(?![\p{L}])(?:\s+on\s+(?:${CHANNEL_NOUNS.map(escapeRegExp).join('|')})(?![\p{L}]))?`,
  'gu',
);
/** "told reporters", "told the BBC", "told Reuters": the audience is the channel. */
const TOLD_AUDIENCE = /(?<![\p{L}])told\s+(?:reporters|journalists|the\s+press|lawmakers|parliament|supporters|the\s+\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)*|\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)*)/gu;

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DATE_PHRASE = new RegExp(
  [
    String.raw`(?:on\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+${MONTH}\s+\d{1,2}(?:,\s+\d{4})?)?`,
    String.raw`(?:on\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`,
    String.raw`(?:on\s+)?\d{1,2}\s+${MONTH}(?:\s+\d{4})?`,
    String.raw`(?:in|last|earlier\s+(?:this|in))\s+${MONTH}(?:\s+\d{4})?`,
    String.raw`(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening|week|month|year)|(?:last|earlier\s+this|late\s+last|early\s+this|earlier\s+in\s+the)\s+(?:week|month|year))`,
  ].join('|'),
  'gu',
);

function firstMatch(pattern: RegExp, text: string, from: number, to: number): PhraseSpan | null {
  if (to <= from) return null;
  const region = text.slice(from, to);
  pattern.lastIndex = 0;
  const m = pattern.exec(region);
  if (m === null) return null;
  return { start: from + m.index, end: from + m.index + m[0].length, text: m[0] };
}

/** The channel stated between `from` and `to`, or null. */
export function findChannel(text: string, from: number, to: number): PhraseSpan | null {
  const told = firstMatch(TOLD_AUDIENCE, text, from, to);
  const prep = firstMatch(CHANNEL, text, from, to);
  if (told === null) return prep;
  if (prep === null) return told;
  return told.start <= prep.start ? told : prep;
}

/** The date phrase stated between `from` and `to`, or null. */
export function findDatePhrase(text: string, from: number, to: number): PhraseSpan | null {
  return firstMatch(DATE_PHRASE, text, from, to);
}
