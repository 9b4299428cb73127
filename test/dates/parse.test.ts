import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/dates/format.js';
import { findDate, isoDate, parseDate } from '../../src/dates/parse.js';

describe('parseDate: values that must parse', () => {
  const cases: [string, string][] = [
    // ISO 8601, as meta tags and JSON-LD write it
    ['2024-01-30', '2024-01-30'],
    ['2024-01-30T09:15:00+09:00', '2024-01-30T09:15:00+09:00'],
    ['2024-01-30T09:15:00.123Z', '2024-01-30T09:15:00Z'],
    ['2024-01-30T09:15Z', '2024-01-30T09:15:00Z'],
    ['2024-01-30T09:15:00+0530', '2024-01-30T09:15:00+05:30'],
    ['2024-01-30 21:40:05 -0500', '2024-01-30T21:40:05-05:00'],
    // a time with no zone does not name an instant: only the date is kept
    ['2024-01-30T09:15:00', '2024-01-30'],
    // RFC 2822, as feeds and some meta tags write it
    ['Tue, 30 Jan 2024 09:15:00 +0000', '2024-01-30T09:15:00+00:00'],
    ['Tue, 30 Jan 2024 09:15:00 GMT', '2024-01-30T09:15:00Z'],
    ['30 Jan 2024 18:05 EST', '2024-01-30T18:05:00-05:00'],
    // month names, either order, with ordinals and abbreviations
    ['January 30, 2024', '2024-01-30'],
    ['Jan. 30, 2024', '2024-01-30'],
    ['Sept 3rd 2023', '2023-09-03'],
    ['30 January 2024', '2024-01-30'],
    ['Tuesday, 30th January, 2024', '2024-01-30'],
    ['the 1st of March, 2022', '2022-03-01'],
    ['Published: March 2, 2022 at 5pm PT', '2022-03-02T17:00:00-08:00'],
    // US generic zones follow daylight saving time
    ['Jan. 30, 2024 9:15 a.m. ET', '2024-01-30T09:15:00-05:00'],
    ['July 4, 2024 9:15 p.m. ET', '2024-07-04T21:15:00-04:00'],
    ['Updated 10:03 AM EST, Tue January 30, 2024', '2024-01-30T10:03:00-05:00'],
    ['12:30 a.m. CT March 1, 2023', '2023-03-01T00:30:00-06:00'],
    // before 2007 US daylight time ran from the first Sunday of April to the last Sunday of October
    ['April 3, 2005 10:00 a.m. ET', '2005-04-03T10:00:00-04:00'],
    ['April 2, 2005 10:00 a.m. ET', '2005-04-02T10:00:00-05:00'],
    // a clock written with a dot, as some British papers print it
    ['Wed 14 Feb 2024 07.30 GMT', '2024-02-14T07:30:00Z'],
    ['Sat 2 Mar 2024 18.45 CET', '2024-03-02T18:45:00+01:00'],
    // other languages
    ['30 janvier 2024', '2024-01-30'],
    ['1er février 2024 à 14h30 UTC+1', '2024-02-01T14:30:00+01:00'],
    ['30. Januar 2024, 14:30 Uhr', '2024-01-30'],
    ['3 de março de 2021', '2021-03-03'],
    ['12 de diciembre de 2019', '2019-12-12'],
    ['2024年1月30日', '2024-01-30'],
    // numeric dates
    ['2024/01/30', '2024-01-30'],
    ['2024.1.5', '2024-01-05'],
    ['30.01.2024', '2024-01-30'],
    ['05.06.2024 08:00', '2024-06-05'],
    ['01/30/2024', '2024-01-30'],
    ['30/01/2024', '2024-01-30'],
    ['07/07/2021', '2021-07-07'],
    // Unix timestamps, seconds and milliseconds
    ['1706606100', '2024-01-30T09:15:00Z'],
    ['1706606100000', '2024-01-30T09:15:00Z'],
    // leap day
    ['2024-02-29', '2024-02-29'],
  ];
  it.each(cases)('%s -> %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('parseDate: values that must not parse', () => {
  const cases: string[] = [
    '',
    '   ',
    'yesterday',
    '3 hours ago',
    'May 2024',
    '2024',
    'Mayor 5 2024',
    '2024-13-01',
    '2024-02-30',
    '2023-02-29',
    '0001-01-01T00:00:00Z',
    '1850-06-01',
    '2150-06-01',
    '05/06/2024', // day and month could be either way round
    '31/31/2024',
    '12345',
    'Chapter 10: 2024 in review',
    'February 30, 2024',
    'January 30',
    'in 2024',
    'Room 30, floor 2024',
  ];
  it.each(cases)('%j -> null', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('findDate', () => {
  it('finds a dateline inside byline prose and says where it is', () => {
    const text = 'By Jane Doe | Published Jan. 30, 2024 9:15 a.m. ET | Updated Jan. 31, 2024';
    const found = findDate(text);
    expect(found?.value).toBe('2024-01-30T09:15:00-05:00');
    expect(text.slice(found?.start, found?.end)).toBe('Jan. 30, 2024 9:15 a.m. ET');
  });

  it('takes the earliest date when several patterns match', () => {
    expect(findDate('Posted 2019-11-18, edited November 20, 2019')?.value).toBe('2019-11-18');
  });

  it('does not take a bare number after a date for a time', () => {
    expect(findDate('March 3, 2021 - 12 comments')?.value).toBe('2021-03-03');
  });

  it('says where a date without a time sits', () => {
    expect(findDate('Updated Jan 31, 2024')).toMatchObject({ start: 8, end: 20 });
  });

  it('gives the calendar day and the time it read, for callers that combine them', () => {
    const found = findDate('Last updated: 31 January 2024 at 14:05 GMT');
    expect(found?.date).toEqual({ year: 2024, month: 1, day: 31 });
    expect(found?.time?.time).toEqual({ hour: 14, minute: 5, second: 0 });
    expect(found?.time?.offset).toEqual({ minutes: 0, zulu: true });
  });

  it('keeps a time without a zone in the span but not in the value', () => {
    const text = '2024-01-30 09:15 local time';
    const found = findDate(text);
    expect(found?.value).toBe('2024-01-30');
    expect(text.slice(found?.start, found?.end)).toBe('2024-01-30 09:15');
  });

  it('does not read the tail of a longer number as a clock time', () => {
    expect(findDate('January 30, 2024 10.50.30 GMT')?.value).toBe('2024-01-30');
  });

  it.each([
    ['January 30, 2024', '2024-01-30'],
    ['30 January 2024', '2024-01-30'],
    ['Jan. 30, 2024', '2024-01-30'],
    ['Sept 3 2023', '2023-09-03'],
    ['the 1st of March, 2022', '2022-03-01'],
    ['2024-01-30', '2024-01-30'],
    ['Wed 14 Feb 2024 07.30 GMT', '2024-02-14'],
  ])('reads the calendar day of %s', (text, day) => {
    const found = findDate(text);
    expect(found && formatDate(found.date)).toBe(day);
  });

  it('returns null when there is no date', () => {
    expect(findDate('By Jane Doe, Staff Writer')).toBeNull();
  });
});

describe('isoDate', () => {
  it('formats real dates and rejects impossible ones', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 0, 10)).toBeNull();
  });
});
