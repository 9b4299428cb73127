/**
 * Spans of time written as two ends: "2015-16", "1939–45", "from 2019 to 2021", "between March and
 * May", "from March 2019 to May 2021". One fact covers both ends (the signal word "from" or
 * "between" is left out of the span); its value is the ISO 8601 interval "start/end" and `range`
 * holds the two ends.
 */
import { type Day, pad } from './calendar.js';
import { type Candidate, TIER, fixed, relative } from './candidate.js';
import { COUNT_NOUNS, MONTH_SOURCE, YEAR_SOURCE, monthNumber } from './lexicon.js';
import { looksFuture } from './tense.js';

const SHORT_RANGE = new RegExp(`(?<![\\w$£€#.,/:-])(${YEAR_SOURCE})\\s?[-–]\\s?(\\d{2}|${YEAR_SOURCE})(?![\\w%]|[.,:]\\d|[-–/]\\d)`, 'g');
const END_ATOM = `(?:(${MONTH_SOURCE})(?:\\s+(${YEAR_SOURCE}))?|(${YEAR_SOURCE}))`;
const START_ATOM = `(?:(${MONTH_SOURCE})(?:,?\\s+(${YEAR_SOURCE}))?|(${YEAR_SOURCE}))`;
const SPELLED_RANGE = new RegExp(
  `\\b(?:[Ff]rom|[Bb]etween)\\s+(${START_ATOM}\\s+(?:to|and|until|till|through|-|–)\\s+${END_ATOM})(?![\\w,]\\d|\\d)`,
  'g',
);
const CENTURY = 100;
const LAST_YEAR_OF_CENTURY = 99;
const WORD_AFTER = /^\s+([A-Za-z]+)/;

function countFollows(text: string, end: number): boolean {
  const next = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && COUNT_NOUNS.has(next.toLowerCase());
}

function findShortRanges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SHORT_RANGE)) {
    const from = Number(m[1]);
    const tail = m[2] ?? '';
    let to = tail.length === 2 ? Math.floor(from / CENTURY) * CENTURY + Number(tail) : Number(tail);
    if (tail.length === 2 && to <= from) {
      if (from % CENTURY !== LAST_YEAR_OF_CENTURY) continue; // "2024-01" is a month, not a range
      to += CENTURY; // 1999-00
    }
    const end = m.index + m[0].length;
    if (to <= from || to - from > CENTURY || countFollows(text, end)) continue;
    const range = { start: String(from), end: String(to) };
    out.push(fixed(m.index, end, { type: 'DATE', rule: 'range', tier: TIER.range, value: `${range.start}/${range.end}`, range }));
  }
  return out;
}

interface End {
  month: number | null;
  year: string | null;
}

function endOf(month: string | undefined, monthYear: string | undefined, year: string | undefined): End | null {
  if (year !== undefined) return { month: null, year };
  const n = month === undefined ? null : monthNumber(month);
  if (n === null || month === undefined || month[0] !== month[0]?.toUpperCase()) return null;
  return { month: n, year: monthYear ?? null };
}

function format(e: End, year: string): string {
  return e.month === null ? year : `${year}-${pad(e.month)}`;
}

/** Months without a year take the anchor's year, or the year printed on the other end. */
function findSpelledRanges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SPELLED_RANGE)) {
    const body = m[1] ?? '';
    const start = m.index + m[0].length - body.length;
    const end = m.index + m[0].length;
    const a = endOf(m[2], m[3], m[4]);
    const b = endOf(m[5], m[6], m[7]);
    if (a === null || b === null || countFollows(text, end)) continue;
    const fields = { type: 'DATE', rule: 'range', tier: TIER.range } as const;
    const known = b.year ?? a.year;
    if (known !== null) {
      const range = { start: format(a, a.year ?? known), end: format(b, b.year ?? known) };
      out.push(fixed(start, end, { ...fields, value: `${range.start}/${range.end}`, range }));
      continue;
    }
    const future = looksFuture(text, m.index);
    const resolve = (anchor: Day) => {
      const last = b.month ?? 1;
      const year = future ? (last < anchor.month ? anchor.year + 1 : anchor.year) : last > anchor.month ? anchor.year - 1 : anchor.year;
      const startYear = (a.month ?? 1) > last ? year - 1 : year;
      const range = { start: format(a, String(startYear)), end: format(b, String(year)) };
      return { value: `${range.start}/${range.end}`, range };
    };
    out.push(
      relative(start, end, {
        ...fields,
        anchoring: 'deictic',
        needs: 'month',
        resolve,
        unresolved: `${format(a, 'XXXX')}/${format(b, 'XXXX')}`,
      }),
    );
  }
  return out;
}

export function findRanges(text: string): Candidate[] {
  return [...findShortRanges(text), ...findSpelledRanges(text)];
}
