/**
 * Calendar dates and clock times found with chrono-node: "January 30, 2024", "30 January",
 * "Jan. 29", "1/30/2024", "2024-01-30", "in August", "on Tuesday", "9:15 a.m.", "March 5-7".
 *
 * chrono is used for what it reads well, the many written forms of a date, and only its known
 * (printed) components are kept: the year of "January 30", the day of "on Tuesday" are worked out
 * here against the article's anchor, so stated and inferred parts stay apart. Its relative and
 * casual parsers are left out: the relative finder resolves those against the right anchor.
 */
import * as chrono from 'chrono-node';
import { type Day, addDays, daysBetween, formatDay, pad, weekdayOf } from './calendar.js';
import { type Candidate, type Resolved, TIER, fixed, relative } from './candidate.js';
import { MONTH_CUE, monthNumber } from './lexicon.js';
import { looksFuture } from './tense.js';

/**
 * chrono parsers kept, by class name: the ones that read printed dates. The casual configuration
 * is the base because the strict one drops bare weekdays ("on Tuesday").
 */
const KEPT_CASUAL_PARSERS = new Set([
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
  'ENYearMonthDayParser',
  'ENMonthNameParser',
]);
/** The strict clock-time parser: it wants "9:15", "a.m." or "o'clock", so "at 5" stays a number. */
const KEPT_STRICT_PARSERS = new Set(['ENTimeExpressionParser']);

function buildChrono(): chrono.Chrono {
  const parser = chrono.en.casual.clone();
  parser.parsers = [
    ...parser.parsers.filter((p) => KEPT_CASUAL_PARSERS.has(p.constructor.name)),
    ...chrono.en.strict.parsers.filter((p) => KEPT_STRICT_PARSERS.has(p.constructor.name)),
  ];
  return parser;
}

const CHRONO = buildChrono();

/**
 * What each kept parser cannot match without, read off its pattern (chrono-node 2.10): ASCII
 * digits, a month name or abbreviation (each holds one of MONTH_STEM's three letters), a weekday
 * name or "weekend"/"weekday" (WEEKDAY_STEM). A parser whose need is absent from a chunk finds
 * nothing there, so leaving it out gives the same results; what each parser found, its order and
 * the refiners are unchanged. Parsers not listed always run.
 */
const PARSER_NEEDS: Readonly<Record<string, readonly Need[]>> = {
  ISOFormatParser: ['digit'],
  SlashDateFormatParser: ['digit'],
  ENSlashMonthFormatParser: ['digit'],
  ENYearMonthDayParser: ['digit'],
  ENTimeExpressionParser: ['digit'],
  ENYearMonthNameParser: ['digit', 'month'],
  ENMonthNameLittleEndianParser: ['month'],
  ENMonthNameMiddleEndianParser: ['month'],
  ENMonthNameParser: ['month'],
  ENWeekdayParser: ['weekday'],
};
type Need = 'digit' | 'month' | 'weekday';
const NEED_BITS: Readonly<Record<Need, number>> = { digit: 1, month: 2, weekday: 4 };
const DIGIT = /[0-9]/;
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const WEEKDAY_STEM = /sun|mon|tue|wed|thu|fri|sat|week/i;

/** One chrono per set of needs present, holding only the parsers that can match (built on first use). */
const CHRONO_BY_NEEDS = new Map<number, chrono.Chrono>();

function chronoFor(text: string): chrono.Chrono {
  const present = (DIGIT.test(text) ? NEED_BITS.digit : 0) | (MONTH_STEM.test(text) ? NEED_BITS.month : 0) | (WEEKDAY_STEM.test(text) ? NEED_BITS.weekday : 0);
  let parser = CHRONO_BY_NEEDS.get(present);
  if (parser === undefined) {
    parser = CHRONO.clone();
    parser.parsers = CHRONO.parsers.filter((p) => (PARSER_NEEDS[p.constructor.name] ?? []).every((need) => (present & NEED_BITS[need]) !== 0));
    CHRONO_BY_NEEDS.set(present, parser);
  }
  return parser;
}
/** Any fixed reference works: only the components chrono marks as certain are read. */
const CHRONO_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

const LEADING_PREPOSITION = /^(?:on|at|in|by|from|since|until|till|of|during|before|after|the)\s+/i;
const TRAILING_PUNCTUATION = /[\s,;:]+$/;
const NUMBER_CHAR = /[\d,.]/;
const CURRENCY_BEFORE = /[$£€¥]\s*$/;
/** "3 a" of "3 a month": an hour needs the whole a.m./p.m. */
const HALF_MERIDIEM = /^\d{1,2}\s*[ap]$/i;
const PART_AFTER = /^\s+(morning|afternoon|evening|night)\b/i;
const PART_CODE: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const WEEKDAY_MODIFIER = /^(last|next|this|past|coming)\s+/i;
const MONTH_LED = /^([A-Za-z]+\.?)/;
const BARE_MONTH = /^[A-Za-z]+\.?$/;
const CAPITALIZED_WORD_BEFORE = /\b([A-Z][a-z]+)\.?\s+$/;
const WEEKDAY_NAME = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** Capitalized words before "May" that do not make it a surname ("In May", "The May 2023 report"). */
const FUNCTION_WORD = /^(?:The|A|An|In|On|Of|By|Since|Until|Till|From|Last|Next|This|That|Early|Late|Mid|And|But|Or|For|At|During|Before|After|Through|Between|Each|Every)$/;
/** "9/11" without a year names the 2001 attacks far more often than a day of the current year. */
const YEARLESS_SLASH = /^\d{1,2}\/\d{1,2}$/;
const TITLE_BEFORE = /\b(?:Mrs?|Ms|Dr|Minister|Secretary|Prime|Theresa|Brian)\.?\s+$/;

/** Years tried for a printed month and day: the anchor's and its neighbours. */
const NEAREST_YEAR_OFFSETS = [-1, 0, 1];
const DAYS_IN_WEEK = 7;

interface Known {
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  hour: number | null;
  minute: number | null;
  /** TIMEX3 part of day ("Friday night" = NI), read after chrono's span. */
  part: string | null;
}

function known(c: chrono.ParsedComponents): Known {
  const get = (k: chrono.Component): number | null => (c.isCertain(k) ? c.get(k) : null);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    weekday: get('weekday'),
    hour: get('hour'),
    minute: get('minute'),
    part: null,
  };
}

function clock(k: Known): string {
  if (k.hour !== null) return `T${pad(k.hour)}:${pad(k.minute ?? 0)}`;
  return k.part === null ? '' : `T${k.part}`;
}

/**
 * The year for a printed month and day: the nearest occurrence on the side of the anchor the
 * sentence points to (a report of what happened "on May 5" written in January is last May's).
 */
function yearFor(month: number, day: number, anchor: Day, future: boolean): Day {
  let best: Day | null = null;
  for (const offset of NEAREST_YEAR_OFFSETS) {
    const c: Day = { year: anchor.year + offset, month, day };
    const distance = daysBetween(anchor, c);
    if (future ? distance < 0 : distance > 0) continue;
    if (best === null || Math.abs(distance) < Math.abs(daysBetween(anchor, best))) best = c;
  }
  return best ?? { year: anchor.year, month, day };
}

/** The weekday nearest the anchor in the direction the sentence points (same day counts). */
function weekdayFrom(weekday: number, anchor: Day, modifier: string, future: boolean): Day {
  const forward = modifier === 'next' || modifier === 'coming' || (modifier === '' && future);
  const delta = (weekday - weekdayOf(anchor) + DAYS_IN_WEEK) % DAYS_IN_WEEK;
  if (forward) return addDays(anchor, delta === 0 && modifier !== '' ? DAYS_IN_WEEK : delta);
  const back = (weekdayOf(anchor) - weekday + DAYS_IN_WEEK) % DAYS_IN_WEEK;
  return addDays(anchor, -(back === 0 && modifier !== '' ? DAYS_IN_WEEK : back));
}

/** A month without a year: the latest one not after the anchor, or the next one for the future. */
function monthFrom(month: number, anchor: Day, future: boolean): string {
  let year = anchor.year;
  if (future && month < anchor.month) year += 1;
  if (!future && month > anchor.month) year -= 1;
  return `${pad(year, 4)}-${pad(month)}`;
}

interface Point {
  /** The value when nothing needs an anchor, else null. */
  readonly fixedValue: string | null;
  readonly resolve: (anchor: Day) => string;
  readonly unresolved: string;
  readonly anaphoric: boolean;
}

function pointOf(k: Known, modifier: string, future: boolean): Point | null {
  const time = clock(k);
  if (k.year !== null && k.month !== null && k.day !== null) {
    const v = formatDay({ year: k.year, month: k.month, day: k.day }) + time;
    return { fixedValue: v, resolve: () => v, unresolved: v, anaphoric: false };
  }
  if (k.year !== null && k.month !== null) {
    const v = `${pad(k.year, 4)}-${pad(k.month)}`;
    return { fixedValue: v, resolve: () => v, unresolved: v, anaphoric: false };
  }
  const { month, day, weekday } = k;
  if (month !== null && day !== null) {
    return {
      fixedValue: null,
      resolve: (a) => formatDay(yearFor(month, day, a, future)) + time,
      unresolved: `XXXX-${pad(month)}-${pad(day)}${time}`,
      anaphoric: false,
    };
  }
  if (month !== null) {
    return { fixedValue: null, resolve: (a) => monthFrom(month, a, future), unresolved: `XXXX-${pad(month)}`, anaphoric: false };
  }
  if (weekday !== null) {
    return {
      fixedValue: null,
      resolve: (a) => formatDay(weekdayFrom(weekday, a, modifier, future)) + time,
      unresolved: `XXXX-WXX-${weekday || DAYS_IN_WEEK}${time}`,
      anaphoric: false,
    };
  }
  if (k.hour !== null) {
    // A bare clock time belongs to the day last talked about in the same paragraph.
    return { fixedValue: null, resolve: (a) => formatDay(a) + time, unresolved: `XXXX-XX-XX${time}`, anaphoric: true };
  }
  return null;
}

/** Rejects month names that are not dates: "May" the surname, "march" the noun, "March" leading a sentence. */
export function isFalseMonth(text: string, start: number, matched: string, k: Known): boolean {
  const head = MONTH_LED.exec(matched)?.[1] ?? '';
  if (monthNumber(head) === null || k.weekday !== null) return false;
  if (head[0] !== head[0]?.toUpperCase()) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (TITLE_BEFORE.test(before)) return true;
  const name = CAPITALIZED_WORD_BEFORE.exec(before)?.[1];
  if (head === 'May' && name !== undefined && !WEEKDAY_NAME.test(name) && !FUNCTION_WORD.test(name)) {
    return true; // "Theresa May", "Brian May 1975"
  }
  return BARE_MONTH.test(matched) && !MONTH_CUE.test(before);
}

interface ChronoHit {
  readonly index: number;
  readonly text: string;
  readonly start: chrono.ParsedComponents;
  readonly end: chrono.ParsedComponents | null;
}

function toCandidate(text: string, result: ChronoHit): Candidate | null {
  let start = result.index;
  let matched = result.text;
  const lead = LEADING_PREPOSITION.exec(matched);
  if (lead) {
    start += lead[0].length;
    matched = matched.slice(lead[0].length);
  }
  matched = matched.replace(TRAILING_PUNCTUATION, '');
  let end = start + matched.length;
  if (NUMBER_CHAR.test(text[start - 1] ?? '') || /\d/.test(text[end] ?? '')) return null; // "12,000 to 17,500"
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || HALF_MERIDIEM.test(matched)) return null; // "$3 a month"
  const k = known(result.start);
  if (isFalseMonth(text, start, matched, k) || YEARLESS_SLASH.test(matched)) return null;
  const part = k.hour === null && k.day === null ? PART_AFTER.exec(text.slice(end, end + 12)) : null;
  if (part) {
    k.part = PART_CODE[(part[1] ?? '').toLowerCase()] ?? null;
    end += part[0].length;
  }
  const modifier = (WEEKDAY_MODIFIER.exec(matched)?.[1] ?? '').toLowerCase();
  const future = looksFuture(text, start);
  const first = pointOf(k, modifier, future);
  if (first === null) return null;
  const last = result.end ? pointOf({ ...k, ...definedOnly(known(result.end)) }, modifier, future) : null;
  const type = k.hour !== null || k.part !== null ? 'TIME' : 'DATE';
  const common = { type, rule: 'chrono', tier: TIER.calendar } as const;
  if (first.fixedValue !== null && (last === null || last.fixedValue !== null)) {
    const range = last?.fixedValue ? { start: first.fixedValue, end: last.fixedValue } : null;
    return fixed(start, end, { ...common, value: range ? `${range.start}/${range.end}` : first.fixedValue, range });
  }
  const resolve = (a: Day): Resolved => {
    const s = first.resolve(a);
    if (last === null) return { value: s, range: null };
    const e = last.resolve(a);
    return { value: `${s}/${e}`, range: { start: s, end: e } };
  };
  return relative(start, end, {
    ...common,
    ...(first.anaphoric ? { rule: 'chrono-time', withinParagraph: true } : {}),
    anchoring: first.anaphoric ? 'anaphoric' : 'deictic',
    needs: 'day',
    resolve,
    unresolved: last ? `${first.unresolved}/${last.unresolved}` : first.unresolved,
  });
}

/** The end of "March 5-7" repeats only what changes; the rest is the start's. */
function definedOnly(k: Known): Partial<Known> {
  return Object.fromEntries(Object.entries(k).filter(([, v]) => v !== null)) as Partial<Known>;
}

/**
 * Cheap test run before chrono on each paragraph: chrono runs a dozen regexes over all it is given,
 * and most paragraphs of an article hold no month, weekday or clock time at all.
 */
const TRIGGER =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|\d[:/.-]\d|\d\s*[ap]\.?m\b|o'clock/i;
/** Blank-line separated blocks; a block longer than MAX_CHUNK is cut after a sentence end. */
const PARAGRAPH = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
const SENTENCE_END = /[.!?]\s+/g;
/** chrono's refiners compare results pairwise, so its input is kept short. */
const MAX_CHUNK = 1000;
const HARD_LIMIT = 2 * MAX_CHUNK;

interface Chunk {
  readonly index: number;
  readonly text: string;
}

/** A run without sentence ends (a list, a table dump) is cut at the last space before the limit. */
function* bounded(index: number, text: string): Generator<Chunk> {
  let from = 0;
  while (text.length - from > HARD_LIMIT) {
    const space = text.lastIndexOf(' ', from + HARD_LIMIT);
    const cut = space > from ? space + 1 : from + HARD_LIMIT;
    yield { index: index + from, text: text.slice(from, cut) };
    from = cut;
  }
  yield { index: index + from, text: text.slice(from) };
}

function* chunks(text: string): Generator<Chunk> {
  for (const paragraph of text.matchAll(PARAGRAPH)) {
    const body = paragraph[0];
    let from = 0;
    // A paragraph shorter than MAX_CHUNK is never cut: its sentence ends are not looked for.
    const ends = body.length < MAX_CHUNK ? [] : body.matchAll(SENTENCE_END);
    for (const end of ends) {
      const cut = end.index + end[0].length;
      if (cut - from < MAX_CHUNK) continue;
      yield* bounded(paragraph.index + from, body.slice(from, cut));
      from = cut;
    }
    yield* bounded(paragraph.index + from, body.slice(from));
  }
}

export function findChronoDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const chunk of chunks(text)) {
    if (!TRIGGER.test(chunk.text)) continue;
    for (const result of chronoFor(chunk.text).parse(chunk.text, CHRONO_REFERENCE)) {
      const c = toCandidate(text, { ...pick(result), index: result.index + chunk.index });
      if (c) out.push(c);
    }
  }
  return out;
}

/** The parts of a chrono result read here, with the index moved into the whole text. */
function pick(result: chrono.ParsedResult): ChronoHit {
  return { index: result.index, text: result.text, start: result.start, end: result.end ?? null };
}
