import { describe, expect, it } from 'vitest';
import { findMonthDay } from '../../src/dates/month-day.js';

describe('findMonthDay', () => {
  it('reads a month and day without a year', () => {
    expect(findMonthDay('TOKYO, Jan 30 ')).toMatchObject({ month: 1, day: 30 });
  });

  it('reads ordinals and other languages', () => {
    expect(findMonthDay('March 4th')).toMatchObject({ month: 3, day: 4 });
    expect(findMonthDay('PARIS, févr. 12')).toMatchObject({ month: 2, day: 12 });
  });

  it('says where it sits', () => {
    const text = 'OSAKA, Japan, March 4 ';
    const found = findMonthDay(text);
    expect(text.slice(found?.start, found?.end)).toBe('March 4');
  });

  it.each(['March 42', 'May 2024', 'Mayor 5', 'no date here'])('finds nothing in %s', (text) => {
    expect(findMonthDay(text)).toBeNull();
  });
});
