import { describe, expect, it } from 'vitest';
import { findTime } from '../../src/dates/clock.js';

const WINTER = { year: 2024, month: 1, day: 30 };
const SUMMER = { year: 2024, month: 7, day: 4 };

describe('findTime', () => {
  const cases: [string, number, number, number | null][] = [
    ['9:15 AM EST', 9, 15, -300],
    ['12:05 a.m.', 0, 5, null],
    ['6:05 p.m. ET', 18, 5, -300],
    ['07.30 GMT', 7, 30, 0],
    ['14:05 (UTC+2)', 14, 5, 120],
    ['14h30 UTC+1', 14, 30, 60],
    ['Updated 5pm BST', 17, 0, 60],
  ];
  it.each(cases)('reads %s', (text, hour, minute, offsetMinutes) => {
    const found = findTime(text, WINTER);
    expect(found?.time).toEqual({ hour, minute, second: 0 });
    expect(found?.offset?.minutes ?? null).toBe(offsetMinutes);
  });

  it('keeps seconds when they are printed', () => {
    expect(findTime('09:15:42 GMT', WINTER)?.time).toEqual({ hour: 9, minute: 15, second: 42 });
  });

  it('says where the time and its zone sit', () => {
    const text = 'Tue | 14:05 GMT | January 30, 2024';
    const found = findTime(text, WINTER);
    expect(text.slice(found?.start, found?.end)).toBe('14:05 GMT');
  });

  it.each(['13:15 pm', '25:00', '2.3 miles', 'version 10.5', 'build 1.10.30', 'a score of 3-2'])('finds no time in %s', (text) => {
    expect(findTime(text, WINTER)).toBeNull();
  });
});

describe('zones after a time', () => {
  it('gives US generic zones their daylight offset in summer only', () => {
    expect(findTime('9:15 AM ET', WINTER)?.offset?.minutes).toBe(-300);
    expect(findTime('9:15 AM ET', SUMMER)?.offset?.minutes).toBe(-240);
    // 2024-03-10 is the second Sunday of March, when daylight time starts
    expect(findTime('9:15 AM PT', { year: 2024, month: 3, day: 10 })?.offset?.minutes).toBe(-420);
    expect(findTime('9:15 AM PT', { year: 2024, month: 3, day: 9 })?.offset?.minutes).toBe(-480);
  });

  it('reads explicit offsets and refuses unknown zones', () => {
    expect(findTime('10:00 GMT+9', WINTER)?.offset).toEqual({ minutes: 540, zulu: false });
    expect(findTime('10:00 UTC-03:30', WINTER)?.offset).toEqual({ minutes: -210, zulu: false });
    expect(findTime('10:00 XYZ', WINTER)?.offset).toBeNull();
    expect(findTime('10:00 UTC+15', WINTER)?.offset).toBeNull();
  });

  it('writes UTC by name as Z', () => {
    expect(findTime('10:00 UTC', WINTER)?.offset).toEqual({ minutes: 0, zulu: true });
  });
});
