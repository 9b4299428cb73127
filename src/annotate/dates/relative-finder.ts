/**
 * Expressions whose value depends on when they are read from.
 *
 * Deictic ones count from the article's "now": "yesterday", "tonight", "last week", "earlier this
 * month", "next year", "last March", "two years ago". Anaphoric ones count from the date the text
 * was last talking about: "the following day", "that month", "earlier in the month", "three weeks
 * later". The resolver decides the anchor; this file only says how far to move from it and at
 * which granularity the result is written.
 */
import { wordLedScan } from '../../nlp/word-led-scan.js';
import { type Day, type Grain, formatAt, shift, unknownAt } from './calendar.js';
import { type Anchoring, type Candidate, TIER, fixed, point, relative } from './candidate.js';
import { COUNT_LEADS, MONTH_SOURCE, NUMBER_SOURCE, UNIT_SOURCE, monthNumber, numberValue, unitInfo } from './lexicon.js';

const PART_OF_DAY: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
const PARTS = 'morning|afternoon|evening|night';
const GRAINS = 'day|week|month|year';

// Each pattern runs at the words its matches start with only (word-led-scan.ts).
const CASUAL = wordLedScan(
  new RegExp(`\\b(?:(?:the\\s+)?day\\s+before\\s+yesterday|(yesterday|today|tomorrow|tonight)(?:\\s+(${PARTS}))?|(this|last)\\s+(${PARTS}))\\b`, 'gi'),
  { words: ['the', 'day', 'yesterday', 'today', 'tomorrow', 'tonight', 'this', 'last'] },
);
/**
 * "earlier this week", but not "the next month". The "the" before is a look-behind at the end,
 * reading back over the match (group 1) first: `(R)(?<!L\1)` matches where `(?<!L)R` does, and is
 * not tried at every position of the text as a look-behind that opens a pattern is.
 */
const UNIT_RELATIVE = wordLedScan(/(\b(?:(earlier|later)\s+)?(this|last|next|coming)\s+(week|weekend|month|year|decade)\b)(?<!\bthe\s+\1)/gi, {
  words: ['earlier', 'later', 'this', 'last', 'next', 'coming'],
});
const MONTH_RELATIVE = wordLedScan(new RegExp(`\\b(this|last|next)\\s+(${MONTH_SOURCE})(?![\\w.]|\\s+\\d)`, 'g'), { words: ['this', 'last', 'next'] });
const AGO = wordLedScan(new RegExp(`\\b(${NUMBER_SOURCE}|an?)\\s+(${UNIT_SOURCE})\\s+ago\\b`, 'gi'), COUNT_LEADS);
/** Every match of AGO holds it: a text without it is not scanned (four in five articles, and the scan costs several tests). */
const AGO_CUE = /ago/i;
const THE_NEXT = wordLedScan(new RegExp(`\\bthe\\s+(following|next|previous|preceding|prior|same)\\s+(${GRAINS}|${PARTS})\\b`, 'gi'), { words: ['the'] });
const THE_UNIT_AFTER = wordLedScan(new RegExp(`\\bthe\\s+(${GRAINS})\\s+(before|after)(?=\\s*[.,;:)]|\\s*$)`, 'gi'), { words: ['the'] });
const IN_THAT = wordLedScan(new RegExp(`\\b(?:(earlier|later)\\s+(?:in\\s+)?(?:that|the)|that)\\s+(${GRAINS}|${PARTS})\\b`, 'gi'), { words: ['earlier', 'later', 'that'] });
const UNITS_LATER = wordLedScan(new RegExp(`\\b(${NUMBER_SOURCE}|an?)\\s+(${UNIT_SOURCE})\\s+(later|earlier|(?:before|after)(?=\\s*[.,;:)]|\\s*$))`, 'gi'), COUNT_LEADS);

const CLOCK_WORD = wordLedScan(/\b(noon|midday|midnight)\b/gi, { words: ['noon', 'midday', 'midnight'] });
const CLOCK_VALUE: Readonly<Record<string, string>> = { noon: 'T12:00', midday: 'T12:00', midnight: 'T24:00' };
const STEP: Readonly<Record<string, number>> = {
  this: 0, coming: 1, next: 1, last: -1, following: 1, previous: -1, preceding: -1, prior: -1, same: 0,
  before: -1, after: 1, later: 1, earlier: -1,
};
const YEARS_PER_DECADE = 10;
const DAYS_BEFORE_YESTERDAY = -2;

interface Move {
  readonly rule: string;
  readonly anchoring: Anchoring;
  readonly grain: Grain;
  readonly steps: number;
  /** TIMEX3 part-of-day code (MO, AF, EV, NI), making it a TIME. */
  readonly part?: string;
  /** Written after the value, e.g. "-WE" for a weekend. */
  readonly suffix?: string;
}

function moved(start: number, end: number, move: Move): Candidate {
  const tail = (move.part ? `T${move.part}` : '') + (move.suffix ?? '');
  return relative(start, end, {
    type: move.part ? 'TIME' : 'DATE',
    rule: move.rule,
    tier: TIER.relative,
    anchoring: move.anchoring,
    needs: move.grain,
    resolve: (a: Day) => point(formatAt(shift(a, move.grain, move.steps), move.grain) + tail),
    unresolved: unknownAt(move.grain) + tail,
  });
}

/** "a day" or "three days" as a grain and a signed number of steps, or null. */
function countedMove(countWord: string, unitWord: string, sign: number): { grain: Grain; steps: number } | 'vague' | null {
  const count = numberValue(countWord);
  const unit = unitInfo(unitWord);
  if (count === null || unit === null) return null;
  if (count === 'X') return 'vague';
  if (unit.grain !== null) return { grain: unit.grain, steps: sign * count * unit.factor };
  if (unit.letter === 'DE') return { grain: 'year', steps: sign * count * YEARS_PER_DECADE };
  return null;
}

function findCasual(text: string, out: Candidate[]): void {
  for (const m of CASUAL.matches(text)) {
    const [whole, word, wordPart, thisLast, ownPart] = m;
    const [start, end] = [m.index, m.index + whole.length];
    const base = { rule: 'casual', anchoring: 'deictic', grain: 'day' } as const;
    if (word === undefined && thisLast === undefined) {
      out.push(moved(start, end, { ...base, steps: DAYS_BEFORE_YESTERDAY }));
      continue;
    }
    const w = (word ?? thisLast ?? '').toLowerCase();
    const steps = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w === 'last' ? -1 : 0;
    const partWord = (wordPart ?? ownPart ?? (w === 'tonight' ? 'tonight' : '')).toLowerCase();
    const part = PART_OF_DAY[partWord];
    out.push(moved(start, end, part ? { ...base, steps, part } : { ...base, steps }));
  }
}

function findUnitRelative(text: string, out: Candidate[]): void {
  for (const m of UNIT_RELATIVE.matches(text)) {
    const steps = STEP[(m[3] ?? '').toLowerCase()] ?? 0;
    const unit = (m[4] ?? '').toLowerCase();
    const [start, end] = [m.index, m.index + m[0].length];
    if (unit === 'decade') {
      out.push(
        relative(start, end, {
          type: 'DATE', rule: 'relative-unit', tier: TIER.relative, anchoring: 'deictic', needs: 'year',
          resolve: (a) => point(`${String(a.year + steps * YEARS_PER_DECADE).slice(0, 3)}X`),
          unresolved: 'XXXX',
        }),
      );
      continue;
    }
    const grain: Grain = unit === 'weekend' ? 'week' : (unit as Grain);
    out.push(moved(start, end, { rule: 'relative-unit', anchoring: 'deictic', grain, steps, ...(unit === 'weekend' ? { suffix: '-WE' } : {}) }));
  }
}

function findMonthRelative(text: string, out: Candidate[]): void {
  for (const m of MONTH_RELATIVE.matches(text)) {
    const month = monthNumber(m[2] ?? '');
    if (month === null) continue;
    const which = (m[1] ?? '').toLowerCase();
    const resolve = (a: Day) => {
      let year = a.year;
      if (which === 'last' && month >= a.month) year -= 1;
      if (which === 'next' && month <= a.month) year += 1;
      return point(`${year}-${String(month).padStart(2, '0')}`);
    };
    out.push(
      relative(m.index, m.index + m[0].length, {
        type: 'DATE', rule: 'relative-month', tier: TIER.relative, anchoring: 'deictic', needs: 'month', resolve,
        unresolved: `XXXX-${String(month).padStart(2, '0')}`,
      }),
    );
  }
}

function findAgo(text: string, out: Candidate[]): void {
  if (!AGO_CUE.test(text)) return;
  for (const m of AGO.matches(text)) {
    const move = countedMove(m[1] ?? '', m[2] ?? '', -1);
    const [start, end] = [m.index, m.index + m[0].length];
    if (move === 'vague') out.push(fixed(start, end, { type: 'DATE', rule: 'ago', tier: TIER.relative, value: 'PAST_REF', stated: false }));
    else if (move !== null) out.push(moved(start, end, { rule: 'ago', anchoring: 'deictic', ...move }));
  }
}

function findAnaphoric(text: string, out: Candidate[]): void {
  const add = (start: number, end: number, word: string, unitWord: string, rule: string): void => {
    const unit = unitWord.toLowerCase();
    const part = PART_OF_DAY[unit];
    const grain: Grain = part ? 'day' : (unit as Grain);
    const steps = STEP[word.toLowerCase()] ?? 0;
    out.push(moved(start, end, { rule, anchoring: 'anaphoric', grain, steps, ...(part ? { part } : {}) }));
  };
  for (const m of THE_NEXT.matches(text)) add(m.index, m.index + m[0].length, m[1] ?? '', m[2] ?? '', 'anaphoric');
  for (const m of THE_UNIT_AFTER.matches(text)) add(m.index, m.index + m[0].length, m[2] ?? '', m[1] ?? '', 'anaphoric');
  // "earlier in the month" stays in the month talked about: same period, no step.
  for (const m of IN_THAT.matches(text)) add(m.index, m.index + m[0].length, 'same', m[2] ?? '', 'anaphoric');
  for (const m of UNITS_LATER.matches(text)) {
    const word = (m[3] ?? '').toLowerCase();
    const move = countedMove(m[1] ?? '', m[2] ?? '', STEP[word] ?? 1);
    if (move === null || move === 'vague') continue;
    out.push(moved(m.index, m.index + m[0].length, { rule: 'offset', anchoring: 'anaphoric', ...move }));
  }
}

/** "at noon" happens on the day last talked about. */
function findClockWords(text: string, out: Candidate[]): void {
  for (const m of CLOCK_WORD.matches(text)) {
    const tail = CLOCK_VALUE[(m[1] ?? '').toLowerCase()] ?? '';
    out.push(
      relative(m.index, m.index + m[0].length, {
        type: 'TIME', rule: 'clock-word', tier: TIER.calendar, anchoring: 'anaphoric', needs: 'day', withinParagraph: true,
        resolve: (a) => point(formatAt(a, 'day') + tail),
        unresolved: `XXXX-XX-XX${tail}`,
      }),
    );
  }
}

export function findRelative(text: string): Candidate[] {
  const out: Candidate[] = [];
  findClockWords(text, out);
  findCasual(text, out);
  findUnitRelative(text, out);
  findMonthRelative(text, out);
  findAgo(text, out);
  findAnaphoric(text, out);
  return out;
}
