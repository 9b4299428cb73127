/**
 * Byline text -> author names.
 *
 * "By JANE DOE and John Roe, Reuters | Updated Jan. 30, 2024" -> ["Jane Doe", "John Roe"].
 *
 * The text is cut into segments at strong separators (|, •, ;, " - "), each segment is cut where a
 * date, a place ("in Kyiv") or a word like "Updated" begins, its lead word ("By", "Von", "Par") is
 * stripped, and the rest is split into names at commas and joiners ("and", "&", "und"...). A name
 * stops at a role or organisation word ("Staff Writer", "Reuters"); what survives must look like a
 * name: a few capitalised words, no digits. Single-word names are kept only when the byline holds
 * nothing else, since after a comma a single word is usually a place or an outlet. ALL-CAPS names
 * are title-cased, and duplicates are dropped case-insensitively. Pure: used by the HTML metadata
 * extractor, the content extractor and the plain-text extractor alike.
 */
import {
  BYLINE_CUT_CONNECTORS,
  BYLINE_LEAD_WORDS,
  BYLINE_STOP_WORDS,
  NAME_JOINERS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_AUTHOR_CREDITS,
  OUTLET_NAMES,
  OUTLET_SUFFIXES,
  ROLE_WORDS,
} from './byline-words.js';
import { MONTH_ALTERNATION } from '../../../dates/index.js';

/** Longer text is a bio or a paragraph, not a byline; we read only this much of it. */
export const MAX_BYLINE_LENGTH = 300;
/** A person's name has at most this many words, not counting particles ("van", "de"). */
const MAX_NAME_WORDS = 5;
/** And at most this many characters. */
const MAX_NAME_LENGTH = 60;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const HANDLE_RE = /(?<![\w@])@\w+/g;
/** Strong separators between the parts of a byline block; a full stop after a word (not "Dr.") ends a part too. */
const SEGMENT_SPLIT_RE =
  /\s*[|•·\n\r\t;]\s*|\s+[-–—]+\s+|\s*[–—]\s*|(?<=\p{L}{2})(?<!(?:^|\s)(?:Dr|Mr|Mrs|Ms|St|Prof|Rev|Jr|Sr|Gen|Sen|Rep|Col|Capt|Lt|Sgt))\.\s+(?=\p{Lu})/u;
const NON_AUTHOR_RE = new RegExp(`^(?:${alternation(NON_AUTHOR_CREDITS)})\\b`, 'iu');
/** "By", "Von", "Written by:", and any one word before "by" ("Analysis by", "Words by"). */
const LEAD_RE = new RegExp(`^(?:(?:\\p{L}+\\s+)?by|${alternation(BYLINE_LEAD_WORDS)})(?:\\s*:\\s*|\\s+)`, 'iu');
/** Where the names end: a stop word, a connector before a capital or digit, a month before a day, a digit, a bracket, a colon. */
const CUT_RE = new RegExp(
  String.raw`(?<!\p{L})(?:${alternation(BYLINE_STOP_WORDS)})(?!\p{L})` +
    String.raw`|\s(?:${alternation(BYLINE_CUT_CONNECTORS)})\s+(?=[\p{Lu}\d])` +
    String.raw`|(?<!\p{L})(?:${MONTH_ALTERNATION})\.?\s+\d` +
    String.raw`|\d|[([{<]|:\s`,
  'iu',
);
const JOINER_SPLIT_RE = new RegExp(String.raw`\s*,\s*|\s+(?:${alternation(NAME_JOINERS)})\s+`, 'iu');
const EDGE_PUNCTUATION_RE = /^[\s"'“”‘’«».,:;!?*/\\-]+|[\s"'“”‘’«»,:;!?*/\\-]+$/gu;
/** A final full stop that ends the sentence, not an initial ("J.") or an abbreviation ("Jr."). */
const SENTENCE_STOP_RE = /(?<=[\p{L}]{2,})\.$/u;
const ARTICLE_START_RE = /^(?:the|a|an)(?:\s|$)/i;

function normalise(text: string): string {
  return text
    .slice(0, MAX_BYLINE_LENGTH)
    .replace(EMAIL_RE, ' ')
    .replace(URL_RE, ' ')
    .replace(HANDLE_RE, ' ')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');
}

/** Cuts a segment where the names end, and strips its lead words ("By", "Written by"). */
function namesPart(segment: string): string {
  let s = segment.trim();
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(LEAD_RE, '').trim();
  }
  const cut = CUT_RE.exec(s);
  return cut ? s.slice(0, cut.index) : s;
}

/** Splits names at commas and joiners, gluing "Jr." and friends back to the name before them. */
function splitNames(part: string): string[] {
  const pieces = part.split(JOINER_SPLIT_RE);
  const names: string[] = [];
  for (const raw of pieces) {
    const piece = trimName(raw);
    if (piece.length === 0) continue;
    const last = names.length - 1;
    if (last >= 0 && NAME_SUFFIXES.has(piece.replace(/\./g, '').toLowerCase())) {
      names[last] = `${names[last]}, ${piece}`;
    } else {
      names.push(piece);
    }
  }
  return names;
}

const wordKey = (word: string): string => word.replace(/[.,]/g, '').toLowerCase();

/** At least two capitals and no lower-case letter: "DOE", "J.R.R.", "USA". */
const isAllCaps = (word: string): boolean => (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}/u.test(word);

/** "Kevin McCoy USA TODAY" -> "Kevin McCoy": an ALL-CAPS tail after a mixed-case name is an outlet. */
function dropCapsTail(words: string[]): string[] {
  if (words.every(isAllCaps)) return words;
  let end = words.length;
  while (end > 0 && isAllCaps(words[end - 1] ?? '')) end--;
  return words.slice(0, end);
}

/**
 * Where an outlet's name starts in a run of words, or -1. Agency names start it themselves ("Tom
 * Davies Associated Press"); outlet suffixes take the word before them ("Elliot Brownstein Florida
 * Today"), unless a role follows, as in "News reporter".
 */
function outletStart(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const word = wordKey(words[i] ?? '');
    if (OUTLET_NAMES.has(word)) return i;
    if (OUTLET_SUFFIXES.has(word)) return ROLE_WORDS.has(wordKey(words[i + 1] ?? '')) ? i : Math.max(0, i - 1);
  }
  return -1;
}

/**
 * Drops a trailing outlet and role ("Jane Doe Staff Writer", "Tom Davies Associated Press" ->
 * names); null when nothing is left, or when the piece starts with an outlet ("Detroit News wire
 * services", "European Space Agency").
 */
function stripRoles(name: string): string | null {
  let words = dropCapsTail(name.split(/\s+/));
  const outlet = outletStart(words);
  // One word before an outlet is the outlet's own ("European Space Agency", "Jerusalem Post").
  if (outlet === 0 || outlet === 1) return null;
  if (outlet > 0) words = words.slice(0, outlet);
  const role = words.findIndex((w) => ROLE_WORDS.has(wordKey(w)));
  if (role >= 0) words = words.slice(0, role);
  // "Coordenadoria de TI" -> "Coordenadoria": a particle cannot end a name.
  while (words.length > 0 && NAME_PARTICLES.has(words[words.length - 1] ?? '')) words.pop();
  const joined = trimName(words.join(' '));
  return joined.length > 0 ? joined : null;
}

/** Starts with a capital, or belongs to a script without case (CJK, Arabic...), or is an initial. */
function isNameWord(word: string): boolean {
  if (NAME_PARTICLES.has(word.toLowerCase()) && word === word.toLowerCase()) return true;
  const first = word.charAt(0);
  if (!/\p{L}/u.test(first)) return false;
  const caseless = first.toUpperCase() === first.toLowerCase();
  return caseless || first === first.toUpperCase();
}

/** A lone ALL-CAPS word this short is an agency's initials ("PTI", "AP"), not a person. */
const MAX_ACRONYM_LENGTH = 4;

function looksLikeName(name: string): boolean {
  if (name.length > MAX_NAME_LENGTH || /\d/.test(name) || ARTICLE_START_RE.test(name)) return false;
  if (name.length <= MAX_ACRONYM_LENGTH && isAllCaps(name)) return false;
  const words = name.replace(/,\s*/g, ' ').split(/\s+/).filter((w) => w.length > 0);
  const core = words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  if (core.length === 0 || core.length > MAX_NAME_WORDS) return false;
  return words.every(isNameWord);
}

function trimName(raw: string): string {
  const trimmed = raw.replace(EDGE_PUNCTUATION_RE, '');
  const lastWord = (trimmed.split(/\s+/).pop() ?? '').replace(/\.$/, '').toLowerCase();
  return NAME_SUFFIXES.has(lastWord) ? trimmed : trimmed.replace(SENTENCE_STOP_RE, '');
}

function wordCount(name: string): number {
  return name.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w.toLowerCase())).length;
}

/** "JANE O'BRIEN-SMITH" -> "Jane O'Brien-Smith"; names with any lower-case letter are left as printed. */
export function titleCaseIfAllCaps(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}.*\p{Lu}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase())
    .replace(/\bMc(\p{Ll})/gu, (_m, letter: string) => `Mc${letter.toUpperCase()}`);
}

/** Author names in a byline, in order, deduplicated case-insensitively. Empty when none is found. */
export function parseByline(text: string): string[] {
  const candidates: string[] = [];
  let pieces = 0;
  for (const segment of normalise(text).split(SEGMENT_SPLIT_RE)) {
    if (NON_AUTHOR_RE.test(segment.trim())) continue;
    for (const piece of splitNames(namesPart(segment))) {
      pieces++;
      if (ARTICLE_START_RE.test(piece)) continue; // "The Daily Planet Staff": an outlet, not a person
      const name = stripRoles(piece);
      if (name !== null && looksLikeName(name)) candidates.push(titleCaseIfAllCaps(name));
    }
  }
  // A lone word next to anything else is a place or an outlet ("Jane Doe, Washington", "PTI,
  // Washington"); a byline that is one word and nothing more may be a pen name.
  const kept = pieces > 1 ? candidates.filter((n) => wordCount(n) > 1) : candidates;
  const seen = new Set<string>();
  return kept.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
