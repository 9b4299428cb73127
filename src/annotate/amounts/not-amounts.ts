/**
 * The not-amount filter: numbers that do not count anything. Years ("in 2020"), dates ("January
 * 30"), times ("10:30", "3 p.m."), ids and names ("Article 5", "Boeing 737", "No. 10"), phone
 * numbers and codes ("555 0123", "192.168.0.1"), ages ("aged 45", "Smith, 45,"), hyphenated
 * compounds ("45-year-old", "COVID-19"), measurements ("5 km") and addresses ("10 Downing Street").
 * Ordinals ("2nd", "5th") never reach here: the finder does not read digits glued to letters.
 */
import type { Candidate } from './candidate.js';
import { isMonthName, wordAfter, wordBefore } from './context-words.js';
import { findCountedObject } from './counted-object.js';
import { YEAR_MAX, YEAR_MIN } from './ranges.js';

export type NotAmountReason =
  | 'joined' | 'ratio' | 'marker' | 'leading-zero' | 'year' | 'date' | 'time' | 'id' | 'age' | 'measure' | 'address';

/** The most days a month has: larger numbers next to a month name are not its day. */
const MAX_DAY = 31;
/** Words after which a bare four-digit number is a year even before a plural noun ("in 2020 elections"). */
const YEAR_CONTEXT = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'of', 'to', 'before', 'after', 'during', 'year', 'early', 'late', 'mid', 'the', 'and', 'or', 'between']);
/** Words that name the number after them rather than count with it. */
const ID_WORDS = new Set([
  'no', 'nos', 'number', 'article', 'articles', 'section', 'chapter', 'paragraph', 'resolution', 'flight', 'route',
  'highway', 'interstate', 'room', 'page', 'vol', 'volume', 'gate', 'platform', 'terminal', 'building', 'apartment',
  'apt', 'suite', 'channel', 'level', 'category', 'stage', 'phase', 'game', 'round', 'season', 'episode', 'part', 'act',
  'rule', 'bill', 'proposition', 'prop', 'amendment', 'title', 'model', 'version', 'grade', 'class', 'pier', 'block',
  'lot', 'unit', 'ward', 'district', 'precinct', 'zone', 'code', 'form', 'item', 'question', 'step', 'exhibit', 'figure',
  'table', 'exit', 'row', 'seat', 'case', 'cell', 'floor', 'bus', 'train', 'tier', 'division', 'group',
  'squad', 'fleet', 'corps', 'battalion', 'brigade', 'regiment', 'covid', 'windows', 'iphone', 'magnitude', 'type',
]);
/** Capitalised words that may stand before a counted number without naming it. */
const CAPITALISED_FUNCTION_WORDS = new Set([
  'about', 'some', 'nearly', 'almost', 'around', 'over', 'under', 'more', 'fewer', 'less', 'least', 'only', 'just',
  'all', 'and', 'but', 'with', 'of', 'the', 'to', 'for', 'by', 'at', 'in', 'on', 'from', 'than', 'approximately',
  'roughly', 'estimated', 'another', 'killed', 'killing', 'had', 'has', 'have', 'were', 'was', 'are', 'is',
]);
/** Abbreviations that end in a period and still name the number after them ("No. 10"). */
const DOTTED_ID_WORDS = new Set(['no', 'nos', 'vol', 'apt', 'art', 'sec', 'ch', 'fig', 'p', 'pp']);
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
/** "retire at 65", "kick in at 65": "at" and a bare number of years of age, with nothing counted after it. */
const AT_AGE = /\bat[ \t]+$/;
const MIN_AT_AGE = 16;
/** "Smith, 45," or "The president, 71," - a bare small number between commas after a word is an age. */
const NAME_COMMA_BEFORE = /[A-Za-z][\w'’-]*,[ \t]+$/;
const COMMA_AFTER = /^(?:,|[ \t]+[–—])/;
const MAX_AGE = 120;
const TIME_AFTER = /^[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b|hours?[ \t]+(?:GMT|UTC)\b|GMT\b|UTC\b|BST\b|CET\b|EST\b|EDT\b|PST\b)/i;
const MEASURES = new Set([
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'mi', 'miles', 'mile', 'metres', 'meters', 'metre', 'meter',
  'cm', 'mm', 'kg', 'kilograms', 'kilos', 'grams', 'g', 'lb', 'lbs', 'pounds', 'ounces', 'oz', 'tonnes', 'tons', 'ton',
  'feet', 'foot', 'ft', 'inches', 'inch', 'yards', 'acres', 'hectares', 'degrees', 'mph', 'kph', 'knots', 'litres',
  'liters', 'gallons', 'square', 'sq', 'cubic', 'magnitude', 'celsius', 'fahrenheit', 'mw', 'gw', 'kw', 'kwh', 'watts',
  'volts', 'gb', 'mb', 'tb', 'kb',
  // Kitchen measures: recipes are full of them.
  'nm', 'db', 'dba', 'hz', 'khz', 'mhz', 'ghz', 'rpm', 'hp', 'bhp', 'horsepower', 'psi', 'mah', 'wh',
  'tsp', 'tbsp', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'cup', 'cups', 'ml', 'l', 'pinch', 'dash',
]);
const ADDRESS_AFTER = /^[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Place|Square|Way)\b/;
/** Characters that glue a number to a neighbouring letter or digit ("COVID-19", "2015/16", "10:30"). */
const GLUE = new Set(['-', '/', ':', '.', '–']);
const ALNUM = /[A-Za-z0-9]/;

function isJoined(text: string, candidate: Candidate): boolean {
  const before = text[candidate.start - 1] ?? '';
  const beforeTwo = text[candidate.start - 2] ?? '';
  const after = text[candidate.end] ?? '';
  const afterTwo = text[candidate.end + 1] ?? '';
  if (before === '+' || before === '#') return true;
  if (GLUE.has(before) && ALNUM.test(beforeTwo)) return true;
  if (after === '.' ) return /[0-9]/.test(afterTwo);
  if (GLUE.has(after) && ALNUM.test(afterTwo)) return true;
  if (after === '(' && /[a-z]/i.test(afterTwo)) return true;
  // Digit groups separated by single spaces are phone numbers or codes, not two amounts.
  if (candidate.first.finder !== 'digits') return false;
  return /\d[ \t]$/.test(text.slice(Math.max(0, candidate.start - 2), candidate.start)) || /^[ \t]\d/.test(text.slice(candidate.end, candidate.end + 2));
}

/** "1 in 5 children", "one in four": a ratio, not two counts. */
const RATIO_AFTER = /^[ \t]+(?:in|out[ \t]+of)[ \t]+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const RATIO_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))[ \t]+(?:in|out[ \t]+of)[ \t]+$/i;

/** Enough for the longest ratio joint and number word ("seven out of "). */
const RATIO_REACH = 20;

function isRatio(text: string, candidate: Candidate): boolean {
  if (candidate.kind !== 'count') return false;
  return (
    RATIO_AFTER.test(text.slice(candidate.end, candidate.end + RATIO_REACH)) ||
    RATIO_BEFORE.test(text.slice(Math.max(0, candidate.start - RATIO_REACH), candidate.start))
  );
}

/** "(30)" and "[12]" cite a reference; "5)" and a sentence-opening "5. " number a list item. */
const REFERENCE_OPEN = new Set(['(', '[']);
const REFERENCE_CLOSE = new Set([')', ']']);
const LIST_DOT_AFTER = /^\.[ \t]+[A-Z]/;
const SENTENCE_BOUNDARY_BEFORE = /(?:^|[.!?:\n][ \t]*)$/;

/** "(14, 15)", "[3-5]": a parenthesis holding nothing but numbers cites references. */
const REFERENCE_LIST = /^[([][\d,\s–-]+[)\]]$/;
const REFERENCE_REACH = 24;

function inReferenceList(text: string, candidate: Candidate): boolean {
  // Searched in a bounded window: a scan back to the text start would make long texts quadratic.
  const from = Math.max(0, candidate.start - REFERENCE_REACH);
  const window = text.slice(from, candidate.start);
  const opening = Math.max(window.lastIndexOf('('), window.lastIndexOf('['));
  if (opening < 0) return false;
  const open = from + opening;
  const closeAt = text.slice(candidate.end, candidate.end + REFERENCE_REACH).search(/[)\]]/);
  return closeAt >= 0 && REFERENCE_LIST.test(text.slice(open, candidate.end + closeAt + 1));
}

function isMarker(text: string, candidate: Candidate): boolean {
  if (candidate.kind !== 'count' || !candidate.first.bare || candidate.start !== candidate.first.start) return false;
  const before = text[candidate.start - 1] ?? '';
  const after = text[candidate.end] ?? '';
  const opensSentence = SENTENCE_BOUNDARY_BEFORE.test(text.slice(Math.max(0, candidate.start - 3), candidate.start));
  if (REFERENCE_CLOSE.has(after)) return REFERENCE_OPEN.has(before) || opensSentence || inReferenceList(text, candidate);
  if (after === ',' || before === ' ') return inReferenceList(text, candidate);
  return opensSentence && LIST_DOT_AFTER.test(text.slice(candidate.end, candidate.end + 3));
}

function isYear(text: string, candidate: Candidate): boolean {
  const { first } = candidate;
  if (candidate.bound === 'range' || candidate.kind !== 'count' || !first.bare) return false;
  if (first.value < YEAR_MIN || first.value > YEAR_MAX || text.slice(first.start, first.end).length !== 4) return false;
  const next = wordAfter(text, candidate.end);
  const countsSomething = next !== null && /^[a-z]+s$/.test(next) && next !== 'was' && next !== 'is' && next !== 'has';
  const previous = wordBefore(text, candidate.start)?.word.toLowerCase();
  return !countsSomething || (previous !== undefined && YEAR_CONTEXT.has(previous));
}

function isDate(text: string, candidate: Candidate): boolean {
  if (candidate.kind !== 'count' || !candidate.first.bare) return false;
  const previous = wordBefore(text, candidate.start);
  if (previous && isMonthName(previous.word) && (!previous.dotted || previous.word.length <= 4)) return true;
  const next = wordAfter(text, candidate.end);
  return next !== null && isMonthName(next) && candidate.value <= MAX_DAY;
}

function isId(text: string, candidate: Candidate): boolean {
  if (candidate.kind !== 'count' || candidate.first.finder !== 'digits') return false;
  const previous = wordBefore(text, candidate.start);
  if (!previous) return false;
  const lower = previous.word.toLowerCase();
  // A period after the word ends a sentence unless the word is a known abbreviation.
  if (previous.dotted) return DOTTED_ID_WORDS.has(lower);
  if (ID_WORDS.has(lower)) return true;
  // "Boeing 737", "Apollo 11": a capitalised word names the number after it; at a sentence's start
  // only when nothing counted follows ("AirPods 2 dropped"; not "Police 40" - no such sentence).
  const capitalised = /^[A-Z]/.test(previous.word) && !CAPITALISED_FUNCTION_WORDS.has(lower) && !isMonthName(previous.word);
  if (!capitalised || !candidate.first.bare) return false;
  return !previous.opensSentence || findCountedObject(text, candidate.end, { vague: false, singular: candidate.value === 1 }) === null;
}

function isAge(text: string, candidate: Candidate): boolean {
  if (candidate.kind !== 'count' || !candidate.first.bare || candidate.value > MAX_AGE) return false;
  const previous = wordBefore(text, candidate.start)?.word.toLowerCase();
  if (previous !== undefined && AGE_WORDS.has(previous)) return true;
  const atAge = candidate.value >= MIN_AT_AGE && AT_AGE.test(text.slice(Math.max(0, candidate.start - 4), candidate.start));
  if (atAge && findCountedObject(text, candidate.end, { vague: false, singular: false }) === null && wordAfter(text, candidate.end) === null) return true;
  const before = text.slice(Math.max(0, candidate.start - 30), candidate.start);
  return NAME_COMMA_BEFORE.test(before) && COMMA_AFTER.test(text.slice(candidate.end, candidate.end + 1));
}

function isMeasure(text: string, candidate: Candidate): boolean {
  if (candidate.kind !== 'count') return false;
  const next = wordAfter(text, candidate.end);
  return next !== null && MEASURES.has(next.toLowerCase());
}

/** Why the candidate is not an amount, or null when it may be one. */
export function notAmountReason(text: string, candidate: Candidate): NotAmountReason | null {
  if (isJoined(text, candidate)) return 'joined';
  if (isRatio(text, candidate)) return 'ratio';
  if (isMarker(text, candidate)) return 'marker';
  if (/^0\d/.test(text.slice(candidate.first.start, candidate.first.end))) return 'leading-zero';
  if (TIME_AFTER.test(text.slice(candidate.end, candidate.end + 16))) return 'time';
  if (isYear(text, candidate)) return 'year';
  if (isDate(text, candidate)) return 'date';
  if (isAge(text, candidate)) return 'age';
  if (isId(text, candidate)) return 'id';
  if (isMeasure(text, candidate)) return 'measure';
  if (candidate.kind === 'count' && ADDRESS_AFTER.test(text.slice(candidate.end, candidate.end + 40))) return 'address';
  return null;
}
