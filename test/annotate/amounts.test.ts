/**
 * The amounts annotator, table-driven: sentences written for these tests in news style, each with
 * the amounts that must be found (span text and the fields that matter) and the numbers that must
 * not be. The seed scrape is checked through the pipeline at the end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { amountsAnnotator, findAmounts, readsLanguage } from '../../src/annotate/amounts.js';
import type { Document } from '../../src/input/document.js';
import { createPipeline } from '../../src/pipeline.js';
import { Amount, type AmountT } from '../../src/record/facts/amounts.js';
import { isErrorRecord } from '../../src/record/schema.js';

interface Expected {
  text: string;
  value: number;
  object?: string | null;
  countType?: AmountT['countType'];
  bound?: AmountT['bound'];
  kind?: AmountT['kind'];
  unit?: string | null;
  min?: number | null;
  max?: number | null;
}

interface MatchCase {
  name: string;
  text: string;
  amounts: Expected[];
}

const MUST_MATCH: MatchCase[] = [
  {
    name: 'digits with a counted noun phrase and a displacement cue after it',
    text: 'The offensive left 17,000 Japanese civilians expelled from the archipelago.',
    amounts: [{ text: '17,000', value: 17000, object: 'Japanese civilians', countType: 'DISPLACED', bound: 'exact' }],
  },
  {
    name: 'an approximator and a troops noun',
    text: 'They faced approximately 80,000 troops dug in along the coast.',
    amounts: [{ text: 'approximately 80,000', value: 80000, object: 'troops', countType: 'TROOPS', bound: 'about' }],
  },
  {
    name: 'a killing verb after, a lower bound before',
    text: 'At least 12 villagers were killed when the bridge gave way.',
    amounts: [{ text: 'At least 12', value: 12, object: 'villagers', countType: 'KILL', bound: 'at-least', min: 12 }],
  },
  {
    name: 'a verb right before the number, and a second clause after a conjunction',
    text: 'The storm killed 9 and injured 41 in the lowlands.',
    amounts: [
      { text: '9', value: 9, object: null, countType: 'KILL' },
      { text: '41', value: 41, object: null, countType: 'WOUND' },
    ],
  },
  {
    name: 'a protest verb after the counted phrase says what the people did',
    text: 'About 20,000 people marched through the old town on Saturday.',
    amounts: [{ text: 'About 20,000', value: 20000, object: 'people', countType: 'PROTEST' }],
  },
  {
    name: 'an evacuation noun before the number, and a clause opened by "and" and a past-tense verb stays apart',
    text: 'The fire destroyed three depots and forced the evacuation of 900 residents.',
    amounts: [
      { text: 'three', value: 3, object: 'depots', countType: null },
      { text: '900', value: 900, object: 'residents', countType: 'EVACUATE' },
    ],
  },
  {
    name: 'people made to flee',
    text: 'The shelling forced 4,500 villagers to flee across the river.',
    amounts: [{ text: '4,500', value: 4500, object: 'villagers', countType: 'DISPLACED' }],
  },
  {
    name: 'an event cue outranks the group noun',
    text: 'Riot police detained 230 protesters outside parliament.',
    amounts: [{ text: '230', value: 230, object: 'protesters', countType: 'ARREST' }],
  },
  {
    name: 'number words and a dozen',
    text: 'Seventeen sailors and a dozen fishermen were rescued overnight.',
    amounts: [
      { text: 'Seventeen', value: 17, object: 'sailors', countType: 'TROOPS' },
      { text: 'a dozen', value: 12, object: 'fishermen', countType: 'EVACUATE' },
    ],
  },
  {
    name: 'compound number words',
    text: 'Two hundred and fifty families and twenty-three schools lost power.',
    amounts: [
      { text: 'Two hundred and fifty', value: 250, object: 'families' },
      { text: 'twenty-three', value: 23, object: 'schools' },
    ],
  },
  {
    name: 'vague quantities are lower bounds',
    text: 'Hundreds of residents fled, and tens of thousands of homes were flooded.',
    amounts: [
      { text: 'Hundreds', value: 100, object: 'residents', countType: 'DISPLACED', bound: 'at-least', min: 100 },
      { text: 'tens of thousands', value: 10000, object: 'homes', bound: 'at-least', min: 10000 },
    ],
  },
  {
    name: 'a between range',
    text: 'The blog draws between 400,000 and 500,000 readers a year.',
    amounts: [{ text: 'between 400,000 and 500,000', value: 400000, min: 400000, max: 500000, bound: 'range', object: 'readers' }],
  },
  {
    name: 'dash and "to" ranges, the scale shared by the lower end',
    text: 'Officials expect 10-15 buses and 2 to 3 million visitors.',
    amounts: [
      { text: '10-15', value: 10, min: 10, max: 15, bound: 'range', object: 'buses' },
      { text: '2 to 3 million', value: 2e6, min: 2e6, max: 3e6, bound: 'range', object: 'visitors' },
    ],
  },
  {
    name: 'a scale word after digits',
    text: 'The flood affected 1.5 million people across the delta.',
    amounts: [{ text: '1.5 million', value: 1.5e6, object: 'people', countType: 'AFFECT' }],
  },
  {
    name: 'money with signs, codes and words',
    text: 'The port paid $2.3bn for the cranes, €40 million for dredging and 900 million yen in fees.',
    amounts: [
      { text: '$2.3bn', value: 2.3e9, kind: 'money', unit: 'USD', object: null },
      { text: '€40 million', value: 4e7, kind: 'money', unit: 'EUR' },
      { text: '900 million yen', value: 9e8, kind: 'money', unit: 'JPY' },
    ],
  },
  {
    name: 'percentages and percentage points',
    text: 'Turnout fell 4.5 percent to 61%, a drop of 3 percentage points.',
    amounts: [
      { text: '4.5 percent', value: 4.5, kind: 'percent', unit: '%' },
      { text: '61%', value: 61, kind: 'percent', unit: '%' },
      { text: '3 percentage points', value: 3, kind: 'percent', unit: 'pp' },
    ],
  },
  {
    name: 'upper bounds',
    text: 'Up to 300 marchers gathered; fewer than 20 were arrested.',
    amounts: [
      { text: 'Up to 300', value: 300, max: 300, bound: 'at-most', countType: 'PROTEST' },
      { text: 'fewer than 20', value: 20, max: 20, bound: 'less-than', countType: 'ARREST' },
    ],
  },
  {
    name: 'a cue before the number across a short verb phrase',
    text: 'The death toll climbed to 64 overnight.',
    amounts: [{ text: '64', value: 64, object: null, countType: 'KILL' }],
  },
  {
    name: 'a parenthetical between commas does not hide the verb',
    text: 'About 1,000 people, including 200 children, were killed in the siege.',
    amounts: [
      { text: 'About 1,000', value: 1000, object: 'people', countType: 'KILL', bound: 'about' },
      { text: '200', value: 200, object: 'children', countType: 'KILL' },
    ],
  },
  {
    name: 'a number word with a count type and no noun, a short scale before a plural',
    text: 'Two were injured and 1.5m people were displaced by the fighting.',
    amounts: [
      { text: 'Two', value: 2, object: null, countType: 'WOUND' },
      { text: '1.5m', value: 1.5e6, object: 'people', countType: 'DISPLACED' },
    ],
  },
  {
    name: 'counts listed together share the verb after the last one',
    text: 'Three police officers and 5 gunmen died in the raid, in which 19 people were arrested.',
    amounts: [
      { text: 'Three', value: 3, object: 'police officers', countType: 'KILL' },
      { text: '5', value: 5, object: 'gunmen', countType: 'KILL' },
      { text: '19', value: 19, object: 'people', countType: 'ARREST' },
    ],
  },
  {
    name: 'a conjunction inside the counted phrase does not end the window',
    text: 'Four aid workers and their driver were abducted on the coast road.',
    amounts: [{ text: 'Four', value: 4, object: 'aid workers', countType: 'KIDNAP' }],
  },
  {
    name: 'a number and a negative number are not a range',
    text: 'The stock closed down 12.99 -5.44% on the day.',
    amounts: [
      { text: '12.99', value: 12.99, kind: 'count' },
      { text: '5.44%', value: 5.44, kind: 'percent' },
    ],
  },
  {
    name: 'basis points',
    text: 'The bank raised rates by 75 basis points.',
    amounts: [{ text: '75 basis points', value: 75, kind: 'percent', unit: 'bp' }],
  },
  {
    name: 'one, when what it counts has a count type',
    text: 'One soldier was wounded in the exchange.',
    amounts: [{ text: 'One', value: 1, object: 'soldier', countType: 'WOUND' }],
  },
];

interface NoMatchCase {
  name: string;
  text: string;
  /** Spans that must not be (part of) any amount. */
  notAmounts: string[];
}

const MUST_NOT_MATCH: NoMatchCase[] = [
  { name: 'years', text: 'The treaty, signed in 1956, was amended in 2020 and again in 2021.', notAmounts: ['1956', '2020', '2021'] },
  { name: 'full dates', text: 'He posted on January 30, 2024, and again on 2 February.', notAmounts: ['30', '2024', '2'] },
  { name: 'ordinal unit names', text: 'The 2nd Far East Front and the 5th Area Army met on the 3rd.', notAmounts: ['2', '5', '3'] },
  { name: 'times', text: 'The vote opened at 10:30 and closed at 6 p.m. sharp.', notAmounts: ['10', '30', '6'] },
  { name: 'phone numbers', text: 'Readers can call 555-1234 or +44 20 7946 0958 with tips.', notAmounts: ['555', '1234', '44', '20', '7946', '0958'] },
  { name: 'scores', text: 'United won 3-1 and then drew 2-2 with the leaders.', notAmounts: ['3', '1', '2'] },
  { name: 'names with numbers', text: 'The Boeing 737 landed at Gate 12 under Article 5 rules; COVID-19 cases rose.', notAmounts: ['737', '12', '5', '19'] },
  { name: 'ages', text: 'The driver, Ana Ortiz, 34, and a 45-year-old passenger were aged 20 to 50.', notAmounts: ['34', '45', '20', '50'] },
  { name: 'season spans and year periods', text: 'In the 2015-16 season and between 2010 and 2014 the club grew.', notAmounts: ['2015', '16', '2010', '2014'] },
  { name: 'measurements', text: 'The quake struck 30 km offshore at a depth of 10 miles.', notAmounts: ['30', '10'] },
  { name: 'addresses', text: 'Staff at 10 Downing Street declined to comment.', notAmounts: ['10'] },
  { name: 'number words that count nothing named', text: 'One of them said the two had met once.', notAmounts: ['One', 'two'] },
  { name: 'a short money scale without a currency', text: 'The runner cleared 5m at the trials behind a 3m wall.', notAmounts: ['5m', '3m'] },
  { name: 'reference numbers and list markers', text: 'Sleep helps (30). Tips:\n5) Walk daily.\n6. Eat early. The AirPods 2 sold out.', notAmounts: ['30', '5', '6', '2'] },
  { name: 'recipe measures, retirement ages, 401(k) and ratios out of ten', text: 'Add 2 tbsp. oil and 1 cup milk. Savers can draw on a 401(k) at 65. Eight out of ten shoppers agreed.', notAmounts: ['2', '1', '401', '65', 'Eight', 'ten'] },
  { name: 'reference lists', text: 'Sleep improves mood (14, 15) and focus [3].', notAmounts: ['14', '15', '3'] },
  { name: 'ratios', text: 'Now 1 in 5 children and one in four adults go hungry.', notAmounts: ['1', '5', 'one', 'four'] },
  { name: '"over" a period of time is not "more than"', text: 'Talks dragged on over 18 months.', notAmounts: ['over'] },
];

function overlapping(found: readonly AmountT[], text: string, needle: string): AmountT[] {
  const at = [...text.matchAll(new RegExp(`(?<![\\w])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g'))].map((m) => m.index);
  return found.filter((amount) => at.some((start) => start < amount.end && start + needle.length > amount.start));
}

describe('amounts: must match', () => {
  it.each(MUST_MATCH)('$name', ({ text, amounts }) => {
    const found = findAmounts(text);
    expect(found.map((a) => a.text)).toEqual(amounts.map((a) => a.text));
    for (const [i, expected] of amounts.entries()) {
      const amount = found[i]!;
      expect(text.slice(amount.start, amount.end)).toBe(amount.text);
      const { object, ...fields } = expected;
      expect(amount).toMatchObject(fields);
      if (object !== undefined) expect(amount.object?.text ?? null).toBe(object);
      if (amount.object) expect(text.slice(amount.object.start, amount.object.end)).toBe(amount.object.text);
      if (amount.countCue) expect(text.slice(amount.countCue.start, amount.countCue.end)).toBe(amount.countCue.text);
      expect(amount.approximate).toBe(amount.bound !== 'exact');
      expect(Amount.safeParse(amount).success).toBe(true);
    }
  });
});

describe('amounts: must not match', () => {
  it.each(MUST_NOT_MATCH)('$name', ({ text, notAmounts }) => {
    const found = findAmounts(text);
    for (const needle of notAmounts) expect(overlapping(found, text, needle).map((a) => a.text), needle).toEqual([]);
  });
});

const SEED = fileURLToPath(new URL('../../../shared/seeds/000_19dde15206abf679.txt', import.meta.url));

function seedDocument(published: string | undefined): Document {
  return {
    id: 'seed',
    format: 'text',
    content: readFileSync(SEED, 'utf8'),
    source: { path: SEED, container: { kind: 'file', index: null }, encoding: 'utf-8', encodingFrom: 'given' },
    hints: published ? { published } : {},
    warnings: [],
  };
}

describe('amounts: language', () => {
  it('reads English and undetected text, nothing else', () => {
    expect(readsLanguage('en')).toBe(true);
    expect(readsLanguage('en-GB')).toBe(true);
    expect(readsLanguage(null)).toBe(true);
    expect(readsLanguage('ru')).toBe(false);
    expect(readsLanguage('eng')).toBe(false);
  });
});

describe.skipIf(!existsSync(SEED))('amounts on the seed scrape', () => {
  const pipeline = createPipeline([amountsAnnotator]);

  for (const published of ['2024-01-31', undefined]) {
    it(`finds the four counts and nothing else (published ${published ?? 'unknown'})`, () => {
      const record = pipeline.process(seedDocument(published));
      if (isErrorRecord(record)) throw new Error(record.error.message);
      const summary = record.amounts.map((a) => ({
        text: a.text,
        value: a.value,
        approximate: a.approximate,
        object: a.object?.text ?? null,
        countType: a.countType,
      }));
      expect(summary).toEqual([
        { text: 'four', value: 4, approximate: false, object: 'islands', countType: null },
        { text: '15,000', value: 15000, approximate: false, object: 'members', countType: null },
        { text: 'approximately 80,000', value: 80000, approximate: true, object: 'troops', countType: 'TROOPS' },
        { text: '17,000', value: 17000, approximate: false, object: 'Japanese civilians', countType: 'DISPLACED' },
      ]);
      for (const amount of record.amounts) expect(record.text.slice(amount.start, amount.end)).toBe(amount.text);
      expect(record.amounts.every((a) => a.layer === 'text')).toBe(true);
    });
  }
});

describe('amounts in the title and the captions', () => {
  function pageRecord() {
    const page = `<html lang="en"><head><title>Storm leaves 3,000 homes without power</title></head><body><article>
<h1>Storm leaves 3,000 homes without power</h1>
<p>Crews worked through the night after the storm brought down lines across the north of the island, the power company said on Monday.</p>
<p>The company said more than 120 poles had to be replaced and asked customers to report fallen wires.</p>
<figure><img src="/storm.jpg" alt="A fallen pole"><figcaption>Two linesmen repair a pole near Labasa; some 40 crews are at work.</figcaption></figure>
</article></body></html>`;
    const line = createPipeline([amountsAnnotator]).process({
      id: 'storm',
      format: 'html',
      content: page,
      source: { path: 'storm.html', container: { kind: 'file', index: null }, encoding: 'utf-8', encodingFrom: 'given' },
      hints: {},
      warnings: [],
    });
    if (isErrorRecord(line)) throw new Error(line.error.message);
    return line;
  }

  it('reads the body, then the title, then the captions, each with its own offsets', () => {
    const record = pageRecord();
    expect(record.amounts.map((a) => [a.layer, a.text, a.object?.text ?? null])).toEqual([
      ['text', 'more than 120', 'poles'],
      ['title', '3,000', 'homes'],
      ['media/0/caption', 'Two', 'linesmen'],
      ['media/0/caption', 'some 40', 'crews'],
    ]);
    const title = record.amounts[1];
    expect(record.title?.slice(title?.start, title?.end)).toBe('3,000');
    const caption = record.amounts[3];
    expect(record.media[0]?.caption?.slice(caption?.object?.start, caption?.object?.end)).toBe('crews');
  });
});
