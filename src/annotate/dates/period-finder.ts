/**
 * Periods chrono does not know: bare years ("in 1945"), decades ("the 1990s", "the '90s"),
 * centuries ("the 19th century", "the 1800s"), seasons ("summer 2019", "last winter") and
 * quarters or halves ("the third quarter of 2023", "Q3"). Values follow TIMEX3: 1945, 199X, 18
 * (the 19th century is the 1800s), 2019-SU, 2023-Q3, 2023-H2.
 */
import { leadWordsOf, wordLedScan } from '../../nlp/word-led-scan.js';
import { type Day, pad } from './calendar.js';
import { type Candidate, TIER, fixed, point, relative } from './candidate.js';
import { COUNT_NOUNS, QUANTIFIER_BEFORE, SEASON_SOURCE, SEASON_WORDS, YEAR_SOURCE, seasonCode } from './lexicon.js';
import { looksFuture } from './tense.js';

const MODIFIER = '(?:(?:early|mid|late)[\\s-]+)?';
const MODIFIER_WORDS = ['early', 'mid', 'late'];
// Most patterns run at the words their matches start with only (word-led-scan.ts); the look-behind
// of YEAR rules out a word character before the match, which starts at a number.
const YEAR = wordLedScan(new RegExp(`(?<![\\w$£€#.,/:-])(${YEAR_SOURCE})(?![\\w%°]|[.,:]\\d|[-–/]\\d)`, 'g'), { words: [], digits: true });
/** "mid-2020", "early 2024": the year with its modifier, which the bare-year pattern skips. */
const MODIFIED_YEAR = wordLedScan(new RegExp(`\\b(?:early|mid|late)[\\s-]+(${YEAR_SOURCE})\\b(?![-–]\\d)`, 'gi'), { words: MODIFIER_WORDS });
const WORD_AFTER = /^\s+([A-Za-z]+)/;
const DECADE = new RegExp(`\\b${MODIFIER}(1\\d|20)(\\d)0s\\b|(?<=\\bthe\\s+${MODIFIER})(?:'|’)?([1-9])0s\\b`, 'gi');
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};
const CENTURY = wordLedScan(
  new RegExp(`\\b${MODIFIER}(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})[\\s-]+century\\b|\\b${MODIFIER}(1[0-9])00s\\b`, 'gi'),
  { words: [...MODIFIER_WORDS, ...leadWordsOf(Object.keys(ORDINALS))], digits: true },
);
const SEASON_YEAR = wordLedScan(new RegExp(`\\b${MODIFIER}(${SEASON_SOURCE})(?:\\s+of)?\\s+(${YEAR_SOURCE})\\b`, 'gi'), { words: [...MODIFIER_WORDS, ...SEASON_WORDS] });
const SEASON_RELATIVE = wordLedScan(new RegExp(`\\b(this|last|next|past)\\s+(${SEASON_SOURCE})\\b`, 'gi'), { words: ['this', 'last', 'next', 'past'] });
/** "rose for the summer", "in the spring": a season after a preposition and "the", with no year (the span is the season word). */
// (The look-behind puts white space right before the match: it starts at the season word.)
const SEASON_THE = wordLedScan(
  new RegExp(`(?<=\\b(?:in|for|during|over|through|until|by|since|before|after)\\s+the\\s+)(${SEASON_SOURCE})\\b(?!\\s+(?:of\\s+)?(?:19|20)\\d\\d)`, 'gi'),
  { words: SEASON_WORDS },
);
/**
 * Literals every match of DECADE and of CENTURY holds: a text without them is not scanned (the
 * look-behind of DECADE is tried at every position, so a scan costs far more than this test).
 */
const DECADE_CUE = /0s/i;
const CENTURY_CUE = /century|00s/i;
/** Likewise for the season patterns (a season word) and QUARTER: four in five articles have none, and their scans cost several tests. */
const SEASON_CUE = new RegExp(SEASON_SOURCE, 'i');
const QUARTER_CUE = /quarter|half|q[1-4]/i;
const QUARTER = wordLedScan(/\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)|Q([1-4]))(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b/gi, {
  words: ['first', 'second', 'third', 'fourth', 'q1', 'q2', 'q3', 'q4'],
  digits: true,
});
const QUARTER_NUMBER: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const HALVES = 2;
const SEASON_MONTHS = 3;

/** A 4-digit number is a year unless an amount reading is signalled on either side. */
function looksLikeAmount(text: string, start: number, end: number): boolean {
  if (QUANTIFIER_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return true;
  const next = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && COUNT_NOUNS.has(next.toLowerCase());
}

function findYears(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of YEAR.matches(text)) {
    const end = m.index + m[0].length;
    if (looksLikeAmount(text, m.index, end)) continue;
    out.push(fixed(m.index, end, { type: 'DATE', rule: 'year', tier: TIER.year, value: m[0] }));
  }
  for (const m of MODIFIED_YEAR.matches(text)) {
    out.push(fixed(m.index, m.index + m[0].length, { type: 'DATE', rule: 'year', tier: TIER.calendar, value: m[1] ?? '' }));
  }
  return out;
}

function findDecades(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!DECADE_CUE.test(text)) return out;
  for (const m of text.matchAll(DECADE)) {
    const end = m.index + m[0].length;
    const [, century, decade, short] = m;
    if (century !== undefined && decade !== undefined) {
      if (decade === '0' && century.startsWith('1')) continue; // "the 1800s" is the century finder's
      out.push(fixed(m.index, end, { type: 'DATE', rule: 'decade', tier: TIER.calendar, value: `${century}${decade}X` }));
      continue;
    }
    if (short === undefined) continue;
    // "the '90s": the century is the latest one that puts the decade before the anchor.
    const d = Number(short);
    out.push(
      relative(m.index, end, {
        type: 'DATE',
        rule: 'decade-short',
        tier: TIER.calendar,
        anchoring: 'deictic',
        needs: 'year',
        resolve: (a: Day) => {
          const c = Math.floor(a.year / 100);
          return point(`${d * 10 <= a.year % 100 ? c : c - 1}${d}X`);
        },
        unresolved: `19${d}X`,
      }),
    );
  }
  return out;
}

function findCenturies(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!CENTURY_CUE.test(text)) return out;
  for (const m of CENTURY.matches(text)) {
    const [, ordinal, hundreds] = m;
    const n = ordinal !== undefined ? (ORDINALS[ordinal.toLowerCase()] ?? parseInt(ordinal, 10)) : Number(hundreds) + 1;
    if (!Number.isFinite(n) || n < 1) continue;
    out.push(fixed(m.index, m.index + m[0].length, { type: 'DATE', rule: 'century', tier: TIER.calendar, value: pad(n - 1) }));
  }
  return out;
}

/** The season's occurrence the modifier points at, counting a winter by the year it starts. */
/** The month a season (TIMEX3 code) starts in, meteorologically. */
function seasonStartMonth(code: string): number {
  return code === 'SP' ? 3 : code === 'SU' ? 6 : code === 'FA' ? 9 : 12;
}

function seasonYear(code: string, modifier: string, anchor: Day): number {
  const startMonth = seasonStartMonth(code);
  const started = anchor.month >= startMonth;
  const over = anchor.month > startMonth + SEASON_MONTHS - 1;
  if (modifier === 'last' || modifier === 'past') return over ? anchor.year : anchor.year - 1;
  if (modifier === 'next') return started ? anchor.year + 1 : anchor.year;
  return code === 'WI' && anchor.month < 3 ? anchor.year - 1 : anchor.year;
}

/** The season's year for a sentence that looks ahead (the next one not yet over) or back (the last one begun). */
function seasonOfTense(code: string, anchor: Day, future: boolean): number {
  const startMonth = seasonStartMonth(code);
  const year = seasonYear(code, '', anchor);
  if (code === 'WI') return year;
  if (future && anchor.month > startMonth + SEASON_MONTHS - 1) return year + 1;
  if (!future && anchor.month < startMonth) return year - 1;
  return year;
}

/** A season whose year depends on the anchor ("last winter", "in the spring"). */
function relativeSeason(start: number, end: number, code: string, yearOf: (anchor: Day) => number): Candidate {
  return relative(start, end, {
    type: 'DATE',
    rule: 'season-relative',
    tier: TIER.relative,
    anchoring: 'deictic',
    needs: 'month',
    resolve: (a) => point(`${yearOf(a)}-${code}`),
    unresolved: `XXXX-${code}`,
  });
}

function findSeasons(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!SEASON_CUE.test(text)) return out;
  for (const m of SEASON_YEAR.matches(text)) {
    const value = `${m[2]}-${seasonCode(m[1] ?? '')}`;
    out.push(fixed(m.index, m.index + m[0].length, { type: 'DATE', rule: 'season', tier: TIER.calendar, value }));
  }
  for (const m of SEASON_THE.matches(text)) {
    const code = seasonCode(m[1] ?? '');
    const future = looksFuture(text, m.index);
    out.push(relativeSeason(m.index, m.index + m[0].length, code, (a) => seasonOfTense(code, a, future)));
  }
  for (const m of SEASON_RELATIVE.matches(text)) {
    const modifier = (m[1] ?? '').toLowerCase();
    const code = seasonCode(m[2] ?? '');
    out.push(relativeSeason(m.index, m.index + m[0].length, code, (a) => seasonYear(code, modifier, a)));
  }
  return out;
}

function findQuarters(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!QUARTER_CUE.test(text)) return out;
  for (const m of QUARTER.matches(text)) {
    const [, ordinal, kind, qDigit, year] = m;
    const n = qDigit !== undefined ? Number(qDigit) : (QUARTER_NUMBER[(ordinal ?? '').toLowerCase()] ?? 0);
    const isHalf = (kind ?? '').toLowerCase() === 'half';
    if (isHalf && n > HALVES) continue;
    const code = `${isHalf ? 'H' : 'Q'}${n}`;
    const end = m.index + m[0].length;
    const fields = { type: 'DATE', rule: 'quarter', tier: TIER.calendar } as const;
    if (year !== undefined) out.push(fixed(m.index, end, { ...fields, value: `${year}-${code}` }));
    else {
      out.push(
        relative(m.index, end, { ...fields, anchoring: 'deictic', needs: 'year', resolve: (a) => point(`${a.year}-${code}`), unresolved: `XXXX-${code}` }),
      );
    }
  }
  return out;
}

export function findPeriods(text: string): Candidate[] {
  return [...findYears(text), ...findDecades(text), ...findCenturies(text), ...findSeasons(text), ...findQuarters(text)];
}
