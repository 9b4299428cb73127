import { describe, expect, it } from 'vitest';
import { daysInMonth, isRealDay, makeDate, makeTime } from '../../src/dates/calendar.js';
import { formatDate, formatDateTime } from '../../src/dates/format.js';

describe('calendar rules', () => {
  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isRealDay(2024, 2, 29)).toBe(true);
    expect(isRealDay(2023, 2, 29)).toBe(false);
    expect(isRealDay(2024, 4, 31)).toBe(false);
    expect(isRealDay(2024, 13, 1)).toBe(false);
  });

  it('keeps years read from documents within a plausible range', () => {
    expect(makeDate(1850, 6, 1)).toBeNull();
    expect(makeDate(2150, 6, 1)).toBeNull();
    expect(makeDate(1900, 1, 1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(makeDate(2100, 12, 31)).toEqual({ year: 2100, month: 12, day: 31 });
  });

  it('counts the days of years below 100 by their own calendar', () => {
    // year 0 is a leap year in the proleptic Gregorian calendar; 1900 is not
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(100, 2)).toBe(28);
  });

  it('accepts a leap second and writes it as :59', () => {
    expect(makeTime(23, 59, 60)).toEqual({ hour: 23, minute: 59, second: 59 });
    expect(makeTime(24, 0, 0)).toBeNull();
    expect(makeTime(12, 60, 0)).toBeNull();
  });
});

describe('formatting', () => {
  const date = { year: 2024, month: 1, day: 30 };
  const time = { hour: 9, minute: 15, second: 0 };

  it('writes a date-time only when the offset is known', () => {
    expect(formatDateTime(date, time, { minutes: -300, zulu: false })).toBe('2024-01-30T09:15:00-05:00');
    expect(formatDateTime(date, time, { minutes: 330, zulu: false })).toBe('2024-01-30T09:15:00+05:30');
    expect(formatDateTime(date, time, { minutes: 0, zulu: true })).toBe('2024-01-30T09:15:00Z');
    expect(formatDateTime(date, time, { minutes: 0, zulu: false })).toBe('2024-01-30T09:15:00+00:00');
    expect(formatDateTime(date, time, null)).toBe('2024-01-30');
    expect(formatDateTime(date, null, { minutes: 0, zulu: true })).toBe('2024-01-30');
  });

  it('pads early years to four digits', () => {
    expect(formatDate({ year: 998, month: 3, day: 7 })).toBe('0998-03-07');
  });
});
