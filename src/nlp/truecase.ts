/**
 * Casing repair for headlines. A Title Case ("Peace Treaty Only Possible Between Russia and Japan")
 * or ALL-CAPS ("RUSSIA WARNS JAPAN OVER ISLANDS") line says little about which of its words are
 * names, which confuses a tagger trained on prose. `truecaseLine` rewrites such a line in sentence
 * case, one word at a time, from evidence:
 *
 * 1. the evidence text (the article body): a word it writes capitalised mid-sentence keeps that
 *    form ("Kremlin", "NATO"); a word it writes only in lower case mid-sentence is lowered;
 * 2. a lexicon of common words (data/models/truecase-lexicon.txt, built by
 *    scripts/build-truecase-lexicon.ts from unlabelled news text: words written in lower case in
 *    nearly all their mid-sentence occurrences, and their inflections) lowers ordinary words;
 * 3. a caller's test for known names (the knowledge base) keeps the rest of the words capitalised;
 * 4. anything else is kept in a Title Case line; in an ALL-CAPS line it is lowered (a name in a wire
 *    headline is nearly always in the body or known), except words of three letters or fewer, kept in
 *    capitals as likely acronyms ("PLO", "EU").
 *
 * The result always has the same length as the input and only letters change case, so offsets into
 * the line stay valid. Lines that are not headlines (ordinary prose) come back unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../kb/paths.js';
import { initialChangesWhenLowerCased } from './lower-case.js';

export const TRUECASE_LEXICON_RELATIVE_PATH = join('data', 'models', 'truecase-lexicon.txt');

/** How an evidence text writes one word (lower-cased key) away from the start of a sentence. */
export interface WordCasing {
  /** Occurrences written in lower case. */
  lower: number;
  /** Occurrences with a capital. */
  capital: number;
  /** The capitalised form seen most often ("Kremlin", "NATO", "McDonald"). */
  form: string;
  /** How often `form` was seen. */
  formCount: number;
  /** Every capitalised form with its count (to pick `form`). */
  forms: Map<string, number>;
}

export type CaseEvidence = ReadonlyMap<string, WordCasing>;

export interface TruecaseOptions {
  /** Whether a word (as written in the line) is a name the caller knows, e.g. from the knowledge base. */
  readonly isKnownName?: (word: string) => boolean;
  /** Lower-cased common words; defaults to the committed lexicon. */
  readonly lexicon?: ReadonlySet<string>;
}

/** Words that are never names on their own: always lowered in a headline (unless the evidence capitalises them). */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without into onto over under about after before ' +
    'between against during since until as than then if so not no yes is are was were be been being am do does did ' +
    'has have had will would can could may might must shall should it its it\'s this that these those he she they we ' +
    'you i me him her them us our your their his my who whom whose which what when where why how all any some more ' +
    'most many much few new old says said say up down out off amid via per vs again also just only still'
  ).split(' '),
);

/** A letter run, with apostrophes inside ("O'Brien", "don't"). Hyphenated words are separate runs. */
const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;
/** Characters before a word that make it the first of a sentence when only these and spaces precede. */
const SENTENCE_END = /[.!?:;]["'”’)\]]*\s*$|^\s*["'“‘([]*\s*$/u;

/** A line counts as a headline when at least this share of its (non-function) words are capitalised. */
const HEADLINE_SHARE = 0.8;
/** ...and it has at least this many of them. */
const HEADLINE_MIN_WORDS = 2;
/** Unknown words of at most this many letters on an ALL-CAPS line are taken for acronyms. */
const MAX_ACRONYM_LETTERS = 3;

function isUpperWord(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

const isCapitalised = initialChangesWhenLowerCased;

export type LineCase = 'caps' | 'title' | 'other';

/** Whether a line is written in capitals, in Title Case, or otherwise (prose). */
export function lineCase(line: string): LineCase {
  let letterWords = 0;
  let upper = 0;
  let content = 0;
  let capital = 0;
  for (const m of line.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 2) continue;
    letterWords += 1;
    if (isUpperWord(word)) upper += 1;
    if (FUNCTION_WORDS.has(word.toLowerCase())) continue;
    content += 1;
    if (isCapitalised(word)) capital += 1;
  }
  if (letterWords >= HEADLINE_MIN_WORDS + 1 && upper >= HEADLINE_SHARE * letterWords) return 'caps';
  if (content >= HEADLINE_MIN_WORDS && capital >= HEADLINE_SHARE * content && capital >= HEADLINE_MIN_WORDS + 1) return 'title';
  return 'other';
}

function record(evidence: Map<string, WordCasing>, word: string): void {
  const key = word.toLowerCase();
  let entry = evidence.get(key);
  if (entry === undefined) {
    entry = { lower: 0, capital: 0, form: '', formCount: 0, forms: new Map() };
    evidence.set(key, entry);
  }
  if (word === key) {
    entry.lower += 1;
    return;
  }
  entry.capital += 1;
  const count = (entry.forms.get(word) ?? 0) + 1;
  entry.forms.set(word, count);
  if (count > entry.formCount) {
    entry.form = word;
    entry.formCount = count;
  }
}

/**
 * How a text writes its words mid-sentence. Lines that are themselves headlines (Title Case or
 * capitals) are skipped, and so is the first word of every sentence.
 */
export function caseEvidence(text: string, into: Map<string, WordCasing> = new Map()): Map<string, WordCasing> {
  for (const line of text.split('\n')) {
    if (lineCase(line) !== 'other') continue;
    for (const m of line.matchAll(WORD)) {
      if (SENTENCE_END.test(line.slice(0, m.index))) continue;
      record(into, m[0]);
    }
  }
  return into;
}

/** The same from tokenised sentences (CoNLL files): the first token of each sentence is skipped. */
export function caseEvidenceOfSentences(sentences: readonly (readonly string[])[], into: Map<string, WordCasing> = new Map()): Map<string, WordCasing> {
  for (const words of sentences) {
    if (lineCase(words.join(' ')) !== 'other') continue;
    let first = true;
    for (const word of words) {
      const letters = word.match(WORD);
      if (letters === null) continue;
      if (!first && letters[0] === word) record(into, word);
      first = false;
    }
  }
  return into;
}

let defaultLexicon: ReadonlySet<string> | null = null;

/**
 * The committed lexicon of common lower-case words (one a line; "#" lines are comments). The default
 * path is worked out only on the first call: packageRoot() probes the file system, and the entity
 * annotator asks for the lexicon several times per article.
 */
export function loadTruecaseLexicon(path?: string): ReadonlySet<string> {
  if (defaultLexicon !== null) return defaultLexicon;
  const words = readFileSync(path ?? join(packageRoot(), TRUECASE_LEXICON_RELATIVE_PATH), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  defaultLexicon = new Set(words);
  return defaultLexicon;
}

/** `word` with the case of `form` (same letters, any case), letter by letter; length never changes. */
function withCaseOf(word: string, form: string): string {
  if (form.length !== word.length) return titleCase(word);
  let out = '';
  for (let i = 0; i < word.length; i += 1) {
    const ch = word[i] ?? '';
    const model = form[i] ?? '';
    out += sameLengthCase(ch, model === model.toUpperCase() ? 'upper' : 'lower');
  }
  return out;
}

/** One character in upper or lower case, unless that would change its length ("ß", "İ"). */
function sameLengthCase(ch: string, to: 'upper' | 'lower'): string {
  const changed = to === 'upper' ? ch.toUpperCase() : ch.toLowerCase();
  return changed.length === ch.length ? changed : ch;
}

function lowerWord(word: string): string {
  let out = '';
  for (const ch of word) out += sameLengthCase(ch, 'lower');
  return out;
}

function titleCase(word: string): string {
  let out = '';
  let first = true;
  for (const ch of word) {
    out += sameLengthCase(ch, first ? 'upper' : 'lower');
    first = false;
  }
  return out;
}

/** Endings of inflected forms headlines use ("warns", "talks", "dropped", "rising") and what restores the stem. */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
];
/** Stems shorter than this are not trusted ("bus" from "buses" is fine, "a" from "as" is not). */
const MIN_STEM_LENGTH = 3;

/** Whether a word is an inflected form of a lexicon word ("warns" of "warn"). */
function inflectionOfCommonWord(key: string, lexicon: ReadonlySet<string>): boolean {
  for (const [ending, restore] of INFLECTIONS) {
    if (!key.endsWith(ending)) continue;
    const stem = key.slice(0, key.length - ending.length);
    if (stem.length >= MIN_STEM_LENGTH && lexicon.has(stem + restore)) return true;
    // doubled consonant: "dropped" -> "drop"
    if (ending !== 's' && stem.length > MIN_STEM_LENGTH && stem.at(-1) === stem.at(-2) && lexicon.has(stem.slice(0, -1))) return true;
  }
  return false;
}

/** The case one headline word should take: the rules of the module comment, in order. */
function caseWord(word: string, lineKind: 'caps' | 'title', evidence: CaseEvidence, lexicon: ReadonlySet<string>, options: TruecaseOptions): string {
  const key = word.toLowerCase();
  const seen = evidence.get(key);
  if (seen !== undefined && seen.capital > seen.lower && seen.form.length > 0) return withCaseOf(word, seen.form);
  if (seen !== undefined && seen.lower > 0) return lowerWord(word);
  if (FUNCTION_WORDS.has(key) || lexicon.has(key) || inflectionOfCommonWord(key, lexicon)) return lowerWord(word);
  if (options.isKnownName?.(word) === true) return lineKind === 'caps' && word.length > MAX_ACRONYM_LETTERS ? titleCase(word) : word;
  if (lineKind === 'title') return word;
  // A name in a capitals headline is nearly always in the body (rule 1) or known (rule 2): an
  // unknown longer word is more likely an ordinary word the lexicon lacks ("BRIBERY").
  return word.length <= MAX_ACRONYM_LETTERS ? word : lowerWord(word);
}

/** Sentence case for a word that opens the line (or follows a colon or dash): its first letter up. */
function openingCase(cased: string, original: string): string {
  if (!isCapitalised(original) || isCapitalised(cased)) return cased;
  return sameLengthCase(cased[0] ?? '', 'upper') + cased.slice(1);
}

const OPENS_CLAUSE = /(^|[:\-–—|]\s*|^\s*["'“‘([]\s*)$/u;

/**
 * A headline in sentence case, from what the evidence (the article body) shows about each word;
 * any other line unchanged. Same length as `line`, only letters change case.
 */
export function truecaseLine(line: string, evidence: string | CaseEvidence, options: TruecaseOptions = {}): string {
  const kind = lineCase(line);
  if (kind === 'other') return line;
  const stats = typeof evidence === 'string' ? caseEvidence(evidence) : evidence;
  const lexicon = options.lexicon ?? loadTruecaseLexicon();
  let out = '';
  let last = 0;
  for (const m of line.matchAll(WORD)) {
    const word = m[0];
    out += line.slice(last, m.index);
    const cased = caseWord(word, kind, stats, lexicon, options);
    const before = line.slice(0, m.index).trimEnd();
    const attachedToPrevious = m.index > 0 && /[\p{L}\p{N}-]$/u.test(line.slice(0, m.index));
    out += !attachedToPrevious && OPENS_CLAUSE.test(before) ? openingCase(cased, word) : cased;
    last = m.index + word.length;
  }
  return out + line.slice(last);
}

/**
 * The same for a tokenised line (the recognizer's sentences): returns the words re-cased, each the
 * same length as before. Tokens without letters pass through.
 */
export function truecaseWords(words: readonly string[], evidence: CaseEvidence, options: TruecaseOptions = {}): string[] {
  const cased = truecaseLine(words.join(' '), evidence, options);
  const out: string[] = [];
  let at = 0;
  for (const word of words) {
    out.push(cased.slice(at, at + word.length));
    at += word.length + 1;
  }
  return out;
}
