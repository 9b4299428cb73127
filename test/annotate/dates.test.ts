import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateDateLayers, annotateDates, datesAnnotator } from '../../src/annotate/dates.js';
import type { Document } from '../../src/input/document.js';
import { createPipeline } from '../../src/pipeline.js';
import { DateFact } from '../../src/record/facts/dates.js';
import { isErrorRecord } from '../../src/record/schema.js';

const SEED = new URL('../../../shared/seeds/000_19dde15206abf679.txt', import.meta.url);

interface MustMatch {
  sentence: string;
  published: string | null;
  /** The expression as it must be spanned. */
  span: string;
  type: string;
  value: string;
  stated?: boolean;
}

/** Each row: one sentence, the expression it must yield, with its type and value. */
const MUST_MATCH: MustMatch[] = [
  { sentence: 'The ceasefire was agreed on January 30, 2024, after weeks of talks.', published: '2024-02-02', span: 'January 30, 2024', type: 'DATE', value: '2024-01-30', stated: true },
  { sentence: 'The ferry sank on 14 April 1912 with 1,500 aboard.', published: null, span: '14 April 1912', type: 'DATE', value: '1912-04-14', stated: true },
  { sentence: 'The plant closed in August 1945 and never reopened.', published: null, span: 'August 1945', type: 'DATE', value: '1945-08', stated: true },
  { sentence: 'The law was first proposed in 1987.', published: '2024-01-31', span: '1987', type: 'DATE', value: '1987', stated: true },
  { sentence: 'Growth slowed sharply in the 1990s.', published: '2024-01-31', span: '1990s', type: 'DATE', value: '199X' },
  { sentence: "The band's sound belongs to the '80s.", published: '2024-01-31', span: "'80s", type: 'DATE', value: '198X', stated: false },
  { sentence: 'Rail reached the valley in the late 19th century.', published: null, span: 'late 19th century', type: 'DATE', value: '18' },
  { sentence: 'Records from the 1800s are incomplete.', published: null, span: '1800s', type: 'DATE', value: '18' },
  { sentence: 'The vote was held in the summer of 2019.', published: null, span: 'summer of 2019', type: 'DATE', value: '2019-SU' },
  { sentence: 'Output grew in the third quarter of 2023.', published: null, span: 'third quarter of 2023', type: 'DATE', value: '2023-Q3' },
  { sentence: 'The grant covered the 2015-16 season.', published: null, span: '2015-16', type: 'DATE', value: '2015/2016' },
  { sentence: 'She led the agency from 2019 to 2021.', published: null, span: '2019 to 2021', type: 'DATE', value: '2019/2021' },
  { sentence: 'Between March and May 2023 the river ran dry.', published: null, span: 'March and May 2023', type: 'DATE', value: '2023-03/2023-05' },
  { sentence: 'The mayor resigned yesterday.', published: '2024-01-31', span: 'yesterday', type: 'DATE', value: '2024-01-30', stated: false },
  { sentence: 'The mayor resigned last Tuesday.', published: '2024-02-02', span: 'last Tuesday', type: 'DATE', value: '2024-01-30', stated: false },
  { sentence: 'The council meets again next week.', published: '2024-01-31', span: 'next week', type: 'DATE', value: '2024-W06' },
  { sentence: 'Prices rose earlier this month, the bank said.', published: '2024-01-31', span: 'earlier this month', type: 'DATE', value: '2024-01' },
  { sentence: 'The company was sold two years ago.', published: '2024-01-31', span: 'two years ago', type: 'DATE', value: '2022' },
  { sentence: 'Heavy snow on Christmas Day stranded drivers on the coast road.', published: '2019-12-27', span: 'Christmas Day', type: 'DATE', value: '2019-12-25', stated: false },
  { sentence: 'Stores opened at 5 a.m. on Thanksgiving, hours earlier than last year.', published: '2015-11-27', span: '5 a.m. on Thanksgiving', type: 'TIME', value: '2015-11-26T05:00', stated: false },
  { sentence: 'Early voting begins three weeks before Election Day.', published: '2024-10-10', span: 'Election Day', type: 'DATE', value: '2024-11-05', stated: false },
  { sentence: 'The line will close from Good Friday while engineers replace the track.', published: '2024-03-20', span: 'Good Friday', type: 'DATE', value: '2024-03-29', stated: false },
  { sentence: 'The market stayed open on Boxing Day 2022 for the first time.', published: '2024-01-31', span: 'Boxing Day 2022', type: 'DATE', value: '2022-12-26', stated: true },
  { sentence: 'Staff were told to expect a busy Christmas.', published: '2021-02-10', span: 'Christmas', type: 'DATE', value: '2020-12-25', stated: false },
  { sentence: 'The race reaches Paris on Sunday after three weeks on the road.', published: '2026-07-22', span: 'Sunday', type: 'DATE', value: '2026-07-26', stated: false },
  { sentence: 'The new rules take effect on January 1 for every landlord.', published: '2024-12-18', span: 'January 1', type: 'DATE', value: '2025-01-01', stated: false },
  { sentence: 'The bank said a third cut was possible in March.', published: '2026-02-11', span: 'March', type: 'DATE', value: '2026-03', stated: false },
  { sentence: 'Parliament rose for the summer on Thursday.', published: '2017-06-30', span: 'summer', type: 'DATE', value: '2017-SU', stated: false },
  { sentence: 'The council said a new ferry would arrive by the summer.', published: '2025-02-19', span: 'summer', type: 'DATE', value: '2025-SU', stated: false },
  { sentence: 'The museum closed for repairs and reopens in the spring.', published: '2026-01-14', span: 'spring', type: 'DATE', value: '2026-SP', stated: false },
  { sentence: 'The bridge opened on March 3, 2021. The following day it was closed again.', published: '2024-01-31', span: 'The following day', type: 'DATE', value: '2021-03-04' },
  { sentence: 'The trial began on June 2, 2022. Three weeks later the judge fell ill.', published: null, span: 'Three weeks later', type: 'DATE', value: '2022-W25' },
  { sentence: 'Troops arrived this morning.', published: '2024-01-31', span: 'this morning', type: 'TIME', value: '2024-01-31TMO' },
  { sentence: 'The blast was heard at 9:15 a.m. on Monday, January 29, 2024.', published: null, span: '9:15 a.m. on Monday, January 29, 2024', type: 'TIME', value: '2024-01-29T09:15' },
  { sentence: 'He has worked there for eight years.', published: null, span: 'eight years', type: 'DURATION', value: 'P8Y', stated: true },
  { sentence: 'The repairs will take three months.', published: null, span: 'three months', type: 'DURATION', value: 'P3M' },
  { sentence: 'The fire burned for 36 hours.', published: null, span: '36 hours', type: 'DURATION', value: 'PT36H' },
  { sentence: 'He was handed a 10-year sentence.', published: null, span: '10-year', type: 'DURATION', value: 'P10Y' },
  { sentence: 'The blog garners 400,000 views annually.', published: null, span: 'annually', type: 'SET', value: 'P1Y' },
  { sentence: 'Inspectors come every week.', published: null, span: 'every week', type: 'SET', value: 'P1W' },
  { sentence: 'The market opens every Monday.', published: null, span: 'every Monday', type: 'SET', value: 'XXXX-WXX-1' },
  { sentence: 'Elections are held every four years.', published: null, span: 'every four years', type: 'SET', value: 'P4Y' },
  { sentence: 'Sales peaked in mid-2020 before the slump.', published: null, span: 'mid-2020', type: 'DATE', value: '2020' },
  { sentence: 'The March 2023 report was never published.', published: null, span: 'March 2023', type: 'DATE', value: '2023-03' },
  { sentence: 'The warning stays in force until 3pm today.', published: '2025-02-18', span: '3pm today', type: 'TIME', value: '2025-02-18T15:00' },
  { sentence: 'Union leaders will meet again at noon on Friday.', published: '2024-01-31', span: 'noon on Friday', type: 'TIME', value: '2024-02-02T12:00' },
  { sentence: 'The girl had been missing since Friday night.', published: '2023-01-10', span: 'Friday night', type: 'TIME', value: '2023-01-06TNI' },
  { sentence: 'She left the company on May 5.', published: '2024-01-31', span: 'May 5', type: 'DATE', value: '2023-05-05', stated: false },
  { sentence: 'The trial will open on May 5.', published: '2024-01-31', span: 'May 5', type: 'DATE', value: '2024-05-05', stated: false },
  { sentence: 'Cases have risen over the coming weeks before.', published: null, span: 'the coming weeks', type: 'DURATION', value: 'PXW' },
];

interface MustNotMatch {
  sentence: string;
  /** Text that must not be (part of) any date fact. */
  notDate: string;
}

const MUST_NOT_MATCH: MustNotMatch[] = [
  { sentence: 'The invasion force had 15,000 men with the 2nd Far East Front.', notDate: '15,000' },
  { sentence: 'The invasion force had 15,000 men with the 2nd Far East Front.', notDate: '2nd Far East Front' },
  { sentence: 'It faced 80,000 troops of the 5th Area Army.', notDate: '5th Area Army' },
  { sentence: 'Theresa May told parliament the plan would work.', notDate: 'May' },
  { sentence: 'Mrs May spoke for an hour.', notDate: 'May' },
  { sentence: 'May I ask what happened?', notDate: 'May' },
  { sentence: 'Thousands joined a protest march through the capital.', notDate: 'march' },
  { sentence: 'March organisers said the route was safe.', notDate: 'March' },
  { sentence: 'The islands have been held since World War II.', notDate: 'World War II' },
  { sentence: 'About 2000 people attended the rally.', notDate: '2000' },
  { sentence: 'The town grew from 12,000 to 17,500 residents.', notDate: '12,000' },
  { sentence: 'The town grew from 12,000 to 17,500 residents.', notDate: '17,500' },
  { sentence: 'A 12-year-old girl was found safe.', notDate: '12-year-old' },
  { sentence: 'The prices are published in a weekly newspaper.', notDate: 'weekly' },
  { sentence: 'Visitors between 400,000 and 500,000 came.', notDate: '400,000' },
  { sentence: 'The 9/11 commission published its report.', notDate: '9/11' },
  { sentence: 'Bills will rise by about $3 a month.', notDate: '3 a' },
];

function factFor(sentence: string, published: string | null, span: string) {
  const facts = annotateDates(sentence, published);
  return { facts, fact: facts.find((f) => f.text === span) };
}

describe('dates annotator: must match', () => {
  it.each(MUST_MATCH)('$sentence -> $value', ({ sentence, published, span, type, value, stated }) => {
    const { facts, fact } = factFor(sentence, published, span);
    expect(fact, JSON.stringify(facts)).toBeDefined();
    expect(fact?.type).toBe(type);
    expect(fact?.value).toBe(value);
    if (stated !== undefined) expect(fact?.stated).toBe(stated);
    expect(sentence.slice(fact?.start, fact?.end)).toBe(span);
    expect(DateFact.safeParse(fact).success).toBe(true);
  });
});

describe('dates annotator: must not match', () => {
  it.each(MUST_NOT_MATCH)('$notDate in "$sentence"', ({ sentence, notDate }) => {
    const at = sentence.indexOf(notDate);
    const facts = annotateDates(sentence, '2024-01-31');
    const hit = facts.find((f) => f.start < at + notDate.length && at < f.end);
    expect(hit, JSON.stringify(hit)).toBeUndefined();
  });
});

describe('dates annotator: ranges', () => {
  it.each([
    { sentence: 'Losses in 1939–45 were never counted.', value: '1939/1945' },
    { sentence: 'The 1999-00 season ended early.', value: '1999/2000' },
    { sentence: 'From March 2019 to May 2021 she ran the agency.', value: '2019-03/2021-05' },
  ])('$sentence -> $value', ({ sentence, value }) => {
    const [fact] = annotateDates(sentence, null);
    expect(fact?.value).toBe(value);
    expect(fact?.range).toEqual({ start: value.split('/')[0], end: value.split('/')[1] });
  });

  it('does not read an ISO month or a score as a range', () => {
    const facts = annotateDates('The 2024-01 batch was recalled; the final ended 2019-17 on points.', null);
    expect(facts.filter((f) => f.range !== null)).toEqual([]);
  });
});

describe('dates annotator: anchors', () => {
  it('says which anchor a relative expression was resolved against', () => {
    const [fact] = annotateDates('The strike ended yesterday.', '2023-05-10T08:00:00Z');
    expect(fact?.anchor).toEqual({ value: '2023-05-10', from: 'published' });
    expect(fact?.value).toBe('2023-05-09');
  });

  it('falls back on the latest fully stated date when there is no publication date', () => {
    const text = 'Talks opened on March 1, 2022 and closed on March 9, 2022. Delegates flew home yesterday.';
    const yesterday = annotateDates(text, null).find((f) => f.text === 'yesterday');
    expect(yesterday?.anchor).toEqual({ value: '2022-03-09', from: 'latest-date' });
    expect(yesterday?.value).toBe('2022-03-08');
  });

  it('resolves an anaphor against the last date mentioned before it, not the publication date', () => {
    const text = 'The flood peaked on October 4, 2019. Later that month the dams were repaired.';
    const later = annotateDates(text, '2024-01-31').find((f) => f.text === 'Later that month');
    expect(later?.value).toBe('2019-10');
    expect(later?.anchor).toEqual({ value: '2019-10-04', from: 'previous-mention' });
  });

  it('leaves unknown parts as X when nothing can anchor the expression', () => {
    const [fact] = annotateDates('The suspect was arrested yesterday.', null);
    expect(fact?.value).toBe('XXXX-XX-XX');
    expect(fact?.anchor).toBeNull();
    expect(fact?.stated).toBe(false);
  });

  it('marks a year taken from the anchor as inferred', () => {
    const [fact] = annotateDates('The border reopened on January 12.', '2024-01-31');
    expect(fact).toMatchObject({ value: '2024-01-12', stated: false, anchor: { value: '2024-01-31', from: 'published' } });
  });
});

describe('dates annotator on the seed article', () => {
  const content = readFileSync(SEED, 'utf8');
  function run(published: string | null) {
    const document: Document = {
      id: 'seed-000',
      format: 'text',
      content,
      source: { path: 'seed.txt', container: { kind: 'file', index: null }, encoding: 'utf-8', encodingFrom: 'given' },
      hints: published ? { published } : {},
      warnings: [],
    };
    const line = createPipeline([datesAnnotator]).process(document);
    if (isErrorRecord(line)) throw new Error(line.error.message);
    return line;
  }

  const bodyDates = (record: ReturnType<typeof run>) => record.dates.filter((d) => d.layer === 'text');

  it('finds the stated dates and the anchored "earlier in the month" (published 2024-01-31)', () => {
    const record = run('2024-01-31');
    const summary = bodyDates(record).map((d) => [d.text, d.value, d.stated]);
    expect(summary).toEqual([
      ['2020', '2020', true],
      ['January 30, 2024', '2024-01-30', true],
      ['earlier in the month', '2024-01', false],
      ['2020', '2020', true],
      ['August 1945', '1945-08', true],
    ]);
    for (const d of bodyDates(record)) expect(record.text.slice(d.start, d.end)).toBe(d.text);
    const earlier = record.dates.find((d) => d.text === 'earlier in the month');
    expect(earlier?.anchor).toEqual({ value: '2024-01-30', from: 'previous-mention' });
  });

  it('gives the same values with no publication date', () => {
    const record = run(null);
    const values = bodyDates(record).map((d) => d.value);
    expect(values).toEqual(['2020', '2024-01-30', '2024-01', '2020', '1945-08']);
  });

  it('reads the captions too: 2018, the range 2015-16 and 2010, each in its caption\'s layer', () => {
    const record = run('2024-01-31');
    const captionDates = record.dates.filter((d) => d.layer.startsWith('media/'));
    expect(captionDates.map((d) => [d.text, d.value, d.range])).toEqual([
      ['2018', '2018', null],
      ['2015-16', '2015/2016', { start: '2015', end: '2016' }],
      ['2010', '2010', null],
    ]);
    for (const d of captionDates) {
      const index = Number(d.layer.split('/')[1]);
      expect(d.layer).toBe(`media/${index}/caption`);
      expect(record.media[index]?.caption?.slice(d.start, d.end)).toBe(d.text);
    }
    expect(record.dates.map((d) => d.layer.split('/')[0])).toEqual(['text', 'text', 'text', 'text', 'text', 'media', 'media', 'media']);
  });
});

describe('dates in the title and the captions', () => {
  const BODY = 'Ferry services to the outer islands resumed on March 4, 2024, after the storm.\n\nThe operator said all routes would run by Friday.';

  it('reads a date in the title, after the body facts, with the title\'s offsets', () => {
    const layers = [
      { layer: 'text', text: BODY },
      { layer: 'title', text: 'Ferries sail again, a week after the March 1 storm' },
    ];
    const facts = annotateDateLayers(layers, '2024-03-05');
    expect(facts.map((f) => f.layer)).toEqual(['text', 'text', 'title']);
    const title = facts.at(-1);
    expect(title).toMatchObject({ text: 'March 1', value: '2024-03-01', stated: false, anchor: { value: '2024-03-05', from: 'published' } });
    expect(layers[1]?.text.slice(title?.start, title?.end)).toBe('March 1');
  });

  it('anchors a caption\'s relative date on the body\'s latest stated day when there is no publication date', () => {
    const layers = [
      { layer: 'text', text: BODY },
      { layer: 'media/0/caption', text: 'Passengers board at the main wharf yesterday.' },
    ];
    const caption = annotateDateLayers(layers, null).find((f) => f.layer === 'media/0/caption');
    expect(caption).toMatchObject({ text: 'yesterday', value: '2024-03-03', anchor: { value: '2024-03-04', from: 'latest-date' } });
  });

  it('does not resolve a caption\'s anaphor against a body mention', () => {
    const layers = [
      { layer: 'text', text: 'The bridge opened on March 3, 2021, to long queues.' },
      { layer: 'media/0/caption', text: 'The crossing, closed again the following day.' },
    ];
    const caption = annotateDateLayers(layers, '2024-01-31').find((f) => f.layer === 'media/0/caption');
    expect(caption?.anchor).toEqual({ value: '2024-01-31', from: 'published' });
    expect(caption?.value).toBe('2024-02-01');
  });

  it('the datesAnnotator reads the record\'s layers in order: body, title, captions', () => {
    const line = createPipeline([datesAnnotator]).process({
      id: 'ferry',
      format: 'body',
      content: BODY,
      source: { path: 'ferry.jsonl', container: { kind: 'jsonl', index: 0 }, encoding: null, encodingFrom: null },
      hints: { published: '2024-03-05', title: 'Ferries back after the storm of March 1' },
      warnings: [],
    });
    if (isErrorRecord(line)) throw new Error(line.error.message);
    expect(line.dates.map((d) => [d.layer, d.text])).toEqual([
      ['text', 'March 4, 2024'],
      ['text', 'Friday'],
      ['title', 'March 1'],
    ]);
  });
});
