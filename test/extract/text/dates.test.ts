import { describe, expect, it } from 'vitest';
import { findDate, findMonthDay, findTime, isValidDate, toIso, zoneOffset } from '../../../src/extract/text/dates.js';

describe('findDate', () => {
  const cases: [string, string][] = [
    ['January 30, 2024', '2024-01-30'],
    ['30 January 2024', '2024-01-30'],
    ['Jan. 30, 2024', '2024-01-30'],
    ['Sept 3 2023', '2023-09-03'],
    ['the 1st of March, 2022', '2022-03-01'],
    ['2024-01-30', '2024-01-30'],
    ['Wed 14 Feb 2024 07.30 GMT', '2024-02-14'],
  ];
  it.each(cases)('reads %s', (text, iso) => {
    const found = findDate(text);
    expect(found && toIso(found.value, null)).toBe(iso);
  });

  it.each(['February 30, 2024', '2024-13-01', 'January 30', 'in 2024', 'Room 30, floor 2024', '30/01/2024'])('finds no full date in %s', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it('reports where the date sits', () => {
    expect(findDate('Updated Jan 31, 2024')).toMatchObject({ index: 8, length: 12 });
  });
});

describe('findMonthDay', () => {
  it('reads a month and day without a year', () => expect(findMonthDay('TOKYO, Jan 30 ')?.value).toEqual({ month: 1, day: 30 }));
  it('rejects a day that no month has', () => expect(findMonthDay('March 42')).toBeNull());
});

describe('findTime', () => {
  const cases: [string, number, number, string | null][] = [
    ['9:15 AM EST', 9, 15, 'EST'],
    ['12:05 a.m.', 0, 5, null],
    ['6:05 p.m. ET', 18, 5, 'ET'],
    ['07.30 GMT', 7, 30, 'GMT'],
    ['14:05 (UTC+2)', 14, 5, 'UTC+2'],
  ];
  it.each(cases)('reads %s', (text, hour, minute, zone) => {
    expect(findTime(text)?.value).toEqual({ hour, minute, zone });
  });
  it.each(['13:15 pm', '25:00', '2.3 miles', 'version 10.5'])('finds no time in %s', (text) => {
    expect(findTime(text)).toBeNull();
  });
});

describe('zoneOffset and toIso', () => {
  it('gives US generic zones their daylight offset in summer only', () => {
    expect(zoneOffset('ET', { year: 2024, month: 1, day: 30 })).toBe(-300);
    expect(zoneOffset('ET', { year: 2024, month: 7, day: 4 })).toBe(-240);
    expect(zoneOffset('PT', { year: 2024, month: 3, day: 10 })).toBe(-420);
    expect(zoneOffset('PT', { year: 2024, month: 3, day: 9 })).toBe(-480);
  });
  it('reads explicit offsets and refuses unknown zones', () => {
    expect(zoneOffset('GMT+9', { year: 2024, month: 1, day: 1 })).toBe(540);
    expect(zoneOffset('UTC-03:30', { year: 2024, month: 1, day: 1 })).toBe(-210);
    expect(zoneOffset('XYZ', { year: 2024, month: 1, day: 1 })).toBeNull();
  });
  it('writes a date-time only when the offset is known', () => {
    const date = { year: 2024, month: 1, day: 30 };
    expect(toIso(date, { hour: 9, minute: 15, offsetMinutes: -300 })).toBe('2024-01-30T09:15:00-05:00');
    expect(toIso(date, { hour: 9, minute: 15, offsetMinutes: 0 })).toBe('2024-01-30T09:15:00Z');
    expect(toIso(date, { hour: 9, minute: 15, offsetMinutes: null })).toBe('2024-01-30');
  });
  it('knows leap years', () => {
    expect(isValidDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2023, month: 2, day: 29 })).toBe(false);
  });
});
