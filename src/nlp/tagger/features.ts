/**
 * Feature strings for the tagger. Everything that does not depend on the tags already chosen is
 * computed once per token (`staticFeatures`); the few features that read the previous tags are
 * built during decoding (`tagFeatures`). Bump FEATURE_VERSION whenever a feature changes: the
 * committed model records it, and a model trained on other features is refused.
 */
import { type Gazetteer, type GazetteerMatch, featuresOfMatches, gazetteerMatches, tokenKey } from './gazetteer-features.js';

export const FEATURE_VERSION = 4;

/** A line counts as ALL CAPS when at least this share of its letter-bearing tokens are upper case. */
const CAPS_LINE_SHARE = 0.8;
/** ...and it has at least this many such tokens (a lone "NATO" does not make a caps line). */
const CAPS_LINE_MIN_WORDS = 3;
/** Prefix and suffix lengths used as features. */
const AFFIX_LENGTHS = [2, 3, 4] as const;
/** Shapes are cut to this many characters so long words share a shape. */
const MAX_SHAPE_LENGTH = 6;

export interface SentenceFeatures {
  readonly words: readonly string[];
  /** Per token: the features that do not depend on tags. */
  readonly perToken: readonly (readonly string[])[];
  /** Known names of the knowledge base found in the sentence. */
  readonly gazetteerMatches: readonly GazetteerMatch[];
}

/** Word shape with runs collapsed: "Medvedev" -> "Xx", "U.S." -> "X.X.", "15,000" -> "d,d". */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    let cls: string;
    if (ch >= '0' && ch <= '9') cls = 'd';
    else if (ch !== ch.toLowerCase()) cls = 'X';
    else if (ch !== ch.toUpperCase()) cls = 'x';
    else cls = ch;
    if (cls !== last) shape += cls;
    last = cls;
    if (shape.length >= MAX_SHAPE_LENGTH) break;
  }
  return shape;
}

function hasLetter(word: string): boolean {
  return word.toLowerCase() !== word.toUpperCase();
}

/** Whether a sentence is written in capitals (a wire headline, a dateline, a table row). */
export function isCapsLine(words: readonly string[]): boolean {
  let letterWords = 0;
  let upperWords = 0;
  for (const word of words) {
    if (!hasLetter(word) || word.length < 2) continue;
    letterWords += 1;
    if (word === word.toUpperCase()) upperWords += 1;
  }
  return letterWords >= CAPS_LINE_MIN_WORDS && upperWords >= CAPS_LINE_SHARE * letterWords;
}

export const BOUNDARY = '<s>';

/** Offsets of the neighbouring words whose lower-cased form is a feature ("w-1=the"). */
export const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;

/** A sentence prepared for feature extraction: what every feature template reads. */
export interface SentenceContext {
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly shapes: readonly string[];
  readonly capsLine: boolean;
  /** Gazetteer feature strings per token. */
  readonly gaz: readonly (readonly string[])[];
  readonly matches: readonly GazetteerMatch[];
}

export function sentenceContext(words: readonly string[], gazetteer: Gazetteer | null): SentenceContext {
  const capsLine = isCapsLine(words);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map((w) => shapeOf(w, capsLine));
  const matches = gazetteer === null ? [] : gazetteerMatches(words, words.map(tokenKey), gazetteer, capsLine);
  return { words, lower, shapes, capsLine, gaz: featuresOfMatches(words.length, matches), matches };
}

/** On a caps line the case of a word says nothing: every word gets the same neutral shape. */
function shapeOf(word: string, capsLine: boolean): string {
  return capsLine && hasLetter(word) ? 'C' : wordShape(word);
}

/**
 * Features that depend only on the word itself and on whether its line is in capitals, so an
 * inference cache can score them once per distinct word (see fast-scorer.ts).
 */
export function wordFeatures(word: string, capsLine: boolean): string[] {
  const w = word.toLowerCase();
  const f = [`w=${w}`, `s=${shapeOf(word, capsLine)}`];
  for (const n of AFFIX_LENGTHS) {
    if (w.length > n) f.push(`p${n}=${w.slice(0, n)}`, `x${n}=${w.slice(-n)}`);
  }
  if (!capsLine) f.push(`W=${word}`);
  if (word.length > 1 && word === word.toUpperCase() && hasLetter(word) && !capsLine) f.push(`acro|${Math.min(word.length, 5)}`);
  return f;
}

/** The feature naming a neighbour's lower-cased form: "w-1=the". */
export function neighbourFeature(offset: number, lower: string): string {
  return `w${offset > 0 ? '+' : ''}${offset}=${lower}`;
}

/** Features of token i that combine it with its neighbours or its position (not cacheable per word). */
export function contextFeatures(c: SentenceContext, i: number): string[] {
  const at = (arr: readonly string[], k: number): string => arr[k] ?? BOUNDARY;
  const w = at(c.lower, i);
  const s = at(c.shapes, i);
  const f = ['b', `s-1=${at(c.shapes, i - 1)}|${s}`, `s+1=${s}|${at(c.shapes, i + 1)}`, `ww-1=${at(c.lower, i - 1)}|${w}`, `ww+1=${w}|${at(c.lower, i + 1)}`];
  if (i === 0) f.push(`first|${s}`, `first|${w}`);
  if (c.capsLine) f.push('caps');
  for (const g of c.gaz[i] ?? []) f.push(g, `${g}|${s}`);
  for (const g of c.gaz[i - 1] ?? []) f.push(`${g}@-1`);
  for (const g of c.gaz[i + 1] ?? []) f.push(`${g}@+1`);
  return f;
}

export function staticFeatures(words: readonly string[], gazetteer: Gazetteer | null): SentenceFeatures {
  const c = sentenceContext(words, gazetteer);
  const perToken = words.map((word, i) => {
    const f = wordFeatures(word, c.capsLine).concat(contextFeatures(c, i));
    for (const offset of NEIGHBOUR_OFFSETS) f.push(neighbourFeature(offset, c.lower[i + offset] ?? BOUNDARY));
    return f;
  });
  return { words, perToken, gazetteerMatches: c.matches };
}

/** Features that read the tags already chosen for the two previous tokens. */
export function tagFeatures(prevTag: string, prev2Tag: string, lowerWord: string): string[] {
  return [`t-1=${prevTag}`, `t-2=${prev2Tag}|${prevTag}`, `t-1w=${prevTag}|${lowerWord}`];
}
