import { describe, expect, it } from 'vitest';
import { parseDatePart } from '../../../src/extract/text/date-line.js';
import { headerLineRule, nameOverDateRule } from '../../../src/extract/text/header-line.js';
import { runRule } from './helpers.js';

describe('parseDatePart', () => {
  const dateLines: [string, string, string, boolean][] = [
    ['Published 9:15 AM EST, Tue January 30, 2024', 'published', '2024-01-30T09:15:00-05:00', true],
    ['Updated 10:02 AM EST, Tue January 30, 2024', 'modified', '2024-01-30T10:02:00-05:00', true],
    ['January 30, 2024', 'published', '2024-01-30', false],
    ['Posted on Jan. 30, 2024', 'published', '2024-01-30', true],
    ['Last updated: 31 January 2024 at 14:05 GMT', 'modified', '2024-01-31T14:05:00Z', true],
    ['Wed 14 Feb 2024 07.30 GMT', 'published', '2024-02-14T07:30:00Z', false],
    ['2024-01-30 09:15', 'published', '2024-01-30', false],
    ['Published: Feb. 7, 2024 at 6:05 p.m. ET', 'published', '2024-02-07T18:05:00-05:00', true],
  ];
  it.each(dateLines)('reads %s', (line, role, value, labelled) => expect(parseDatePart(line)).toEqual({ role, value, labelled }));

  const notDateLines = [
    'Medvedev made the comments on X (formerly Twitter) on January 30, 2024, and they followed a town hall.',
    'Published by the ministry on January 30, 2024',
    'Updated figures are due in March',
    'January 30 was the coldest day of the year',
    'Elections: January 30, 2024 and beyond',
  ];
  it.each(notDateLines)('rejects %s', (line) => expect(parseDatePart(line)).toBeNull());
});

describe('headerLineRule', () => {
  it('claims a byline with its date and reading time, stating authors and date', () => {
    const match = runRule(headerLineRule, ['By Jane Doe | Published January 30, 2024 | 4 min read']);
    expect(match).toMatchObject({ length: 1, kind: 'byline', rule: 'text/byline' });
    expect(match?.facts).toEqual({
      authors: [{ name: 'Jane Doe', from: 'byline' }],
      published: { value: '2024-01-30', from: 'text', detail: 'text:date-line' },
      datesLabelled: true,
    });
  });

  it('claims published and updated dates sharing a line', () => {
    const match = runRule(headerLineRule, ['Published January 30, 2024 · Updated January 31, 2024']);
    expect(match).toMatchObject({ kind: 'dateline', rule: 'text/date-line' });
    expect(match?.facts?.published?.value).toBe('2024-01-30');
    expect(match?.facts?.modified?.value).toBe('2024-01-31');
  });

  it('claims a wire trailer as a byline', () => {
    expect(runRule(headerLineRule, ['Reporting by Ken Sato; Editing by Paul Grant'])).toMatchObject({ kind: 'byline', rule: 'text/wire-trailer' });
  });

  it.each([
    'By Jane Doe | Something else entirely',
    '4 min read',
    'By the time the vote came, January 30, 2024 had passed.',
    'The minister spoke on January 30, 2024 in Tokyo.',
  ])('passes on %s', (line) => expect(runRule(headerLineRule, [line])).toBeNull());
});

describe('nameOverDateRule', () => {
  it('takes a name alone above a date line as the byline', () => {
    const match = runRule(nameOverDateRule, ['Tom Ellery', 'Wed 14 Feb 2024 07.30 GMT']);
    expect(match).toMatchObject({ length: 1, kind: 'byline', rule: 'text/name-over-date' });
    expect(match?.facts?.authors).toEqual([{ name: 'Tom Ellery', from: 'byline' }]);
  });
  it.each([
    ['Tom Ellery', 'Tom Ellery is a reporter covering the coast for the Chronicle.'],
    ['What Happens Next', 'January 30, 2024'],
    ['Tom Ellery', 'By Tom Ellery | January 30, 2024'],
  ])('passes on %s over %s', (first, second) => expect(runRule(nameOverDateRule, [first, second])).toBeNull());
});
