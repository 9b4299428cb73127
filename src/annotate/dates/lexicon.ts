/**
 * Words the date finders share: numbers written out, time units with their TIMEX3 letters, months,
 * seasons, and the words that tell a bare month name is a date. Regex sources are built once here.
 */
import { type LeadWords, leadWordsOf } from '../../nlp/word-led-scan.js';
import type { Grain } from './calendar.js';

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1, 'a couple of': 2, 'a dozen': 12,
};

/** Vague quantities: TIMEX3 writes their number as X ("several years" = PXY). */
const VAGUE_NUMBERS = ['a few', 'several', 'many', 'some', 'dozens of', 'hundreds of'];

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/** The written numbers of SMALL_NUMBERS that are one word ("a", "an" and "a dozen" are not). */
const SMALL_NUMBER_WORDS = Object.keys(SMALL_NUMBERS).filter((w) => w !== 'a' && w !== 'an' && !w.includes(' '));

/** A count: digits, a written number (including "twenty-five"), or a vague quantity. */
export const NUMBER_SOURCE =
  `(?:\\d{1,4}(?:\\.\\d+)?|(?:${TENS})-(?:${UNITS_WORDS})|a couple of|a dozen|${VAGUE_NUMBERS.join('|')}|` +
  `${SMALL_NUMBER_WORDS.join('|')})`;

/** What a NUMBER_SOURCE match starts with: digits or the first word of one of its phrases (word-led-scan.ts). */
export const NUMBER_LEADS: LeadWords = {
  words: leadWordsOf([...TENS.split('|'), 'a couple of', 'a dozen', ...VAGUE_NUMBERS, ...SMALL_NUMBER_WORDS]),
  digits: true,
};
/** NUMBER_LEADS with "a" and "an", for a count written "a day", "an hour". */
export const COUNT_LEADS: LeadWords = { words: [...NUMBER_LEADS.words, 'a', 'an'], digits: true };

/** The number a count stands for, or 'X' for a vague one. */
export function numberValue(words: string): number | 'X' | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return Number(w);
  if (VAGUE_NUMBERS.includes(w)) return 'X';
  const known = SMALL_NUMBERS[w];
  if (known !== undefined) return known;
  const compound = /^(\w+)-(\w+)$/.exec(w);
  if (compound) {
    const tens = SMALL_NUMBERS[compound[1] ?? ''];
    const ones = SMALL_NUMBERS[compound[2] ?? ''];
    if (tens !== undefined && ones !== undefined) return tens + ones;
  }
  return null;
}

export const UNIT_SOURCE = '(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries)s?';

interface UnitInfo {
  /** TIMEX3 duration letter. */
  readonly letter: string;
  /** Whether the letter goes after "T" (hours, minutes, seconds). */
  readonly clock: boolean;
  /** How many of the letter one unit is (a fortnight is 2 weeks). */
  readonly factor: number;
  /** The calendar grain a shift by this unit lands on, when it is one. */
  readonly grain: Grain | null;
}

const UNIT_INFO: Readonly<Record<string, UnitInfo>> = {
  second: { letter: 'S', clock: true, factor: 1, grain: null },
  minute: { letter: 'M', clock: true, factor: 1, grain: null },
  hour: { letter: 'H', clock: true, factor: 1, grain: null },
  day: { letter: 'D', clock: false, factor: 1, grain: 'day' },
  night: { letter: 'D', clock: false, factor: 1, grain: 'day' },
  week: { letter: 'W', clock: false, factor: 1, grain: 'week' },
  fortnight: { letter: 'W', clock: false, factor: 2, grain: 'week' },
  month: { letter: 'M', clock: false, factor: 1, grain: 'month' },
  year: { letter: 'Y', clock: false, factor: 1, grain: 'year' },
  decade: { letter: 'DE', clock: false, factor: 1, grain: null },
  century: { letter: 'CE', clock: false, factor: 1, grain: null },
};

export function unitInfo(word: string): UnitInfo | null {
  const w = word.toLowerCase();
  const singular = w === 'centuries' ? 'century' : w.replace(/s$/, '');
  return UNIT_INFO[singular] ?? null;
}

/** A TIMEX3 duration: P3M, PT2H, PXY, P1DE. */
export function durationValue(count: number | 'X', unit: UnitInfo): string {
  const n = count === 'X' ? 'X' : String(count * unit.factor);
  return unit.clock ? `PT${n}${unit.letter}` : `P${n}${unit.letter}`;
}

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

export const MONTH_SOURCE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|Aug(?:ust|\\.)?|Sept(?:ember|\\.)?|Sep\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/** Month number (1-12) of a month name or abbreviation, or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(w));
  return index < 0 ? null : index + 1;
}

export const SEASON_WORDS = ['spring', 'summer', 'autumn', 'fall', 'winter'] as const;
export const SEASON_SOURCE = `(?:${SEASON_WORDS.join('|')})`;

/** TIMEX3 season codes. */
export function seasonCode(word: string): string {
  const w = word.toLowerCase();
  if (w === 'spring') return 'SP';
  if (w === 'summer') return 'SU';
  if (w === 'winter') return 'WI';
  return 'FA';
}

/** A year as printed in news: 1500-2099. */
export const YEAR_SOURCE = '(?:1[5-9]\\d\\d|20\\d\\d)';

/**
 * Words before a bare month name that make it a date ("in May", "since March", "last April");
 * without one, "May" is more often the surname or the modal and "March" a noun or verb.
 */
export const MONTH_CUE = /\b(?:in|on|since|until|till|by|from|through|to|and|or|last|next|this|early|late|mid|of|between|during|before|after|every|each|that|until|into|throughout)\s*-?\s*$/i;

/** Nouns that follow a count, not a year ("2000 people"). */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'troops', 'soldiers', 'members', 'votes', 'voters', 'residents', 'workers',
  'jobs', 'students', 'cases', 'deaths', 'homes', 'houses', 'units', 'cars', 'vehicles', 'tons',
  'tonnes', 'km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'feet', 'acres',
  'hectares', 'dollars', 'euros', 'pounds', 'yen', 'barrels', 'words', 'pages', 'points', 'shares',
  'employees', 'children', 'civilians', 'refugees', 'migrants', 'police', 'officers', 'fans',
  'copies', 'signatures', 'participants', 'patients', 'beds', 'flights', 'passengers', 'visitors',
  'users', 'times', 'pieces', 'items', 'seats', 'kg', 'mg', 'calories', 'islands', 'of',
]);

/** Words before a number that make it an amount, not a year ("about 2000", "more than 1800"). */
export const QUANTIFIER_BEFORE = /\b(?:about|around|some|nearly|almost|over|approximately|roughly|than|least|only|just|up to|No\.|number|page|room|route|flight)\s+$/i;
