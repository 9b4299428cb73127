import { describe, expect, it } from 'vitest';
import { isUsDaylightTime, zoneOffsetMinutes } from '../../src/dates/zones.js';

describe('US daylight saving time', () => {
  it('follows the 2007 rule: second Sunday of March to first Sunday of November', () => {
    expect(isUsDaylightTime(2024, 3, 9)).toBe(false);
    expect(isUsDaylightTime(2024, 3, 10)).toBe(true);
    expect(isUsDaylightTime(2024, 11, 2)).toBe(true);
    expect(isUsDaylightTime(2024, 11, 3)).toBe(false);
  });

  it('follows the older rule before 2007: first Sunday of April to last Sunday of October', () => {
    expect(isUsDaylightTime(2005, 4, 2)).toBe(false);
    expect(isUsDaylightTime(2005, 4, 3)).toBe(true);
    expect(isUsDaylightTime(2005, 10, 29)).toBe(true);
    expect(isUsDaylightTime(2005, 10, 30)).toBe(false);
  });
});

describe('zoneOffsetMinutes', () => {
  it('reads fixed abbreviations in any case', () => {
    expect(zoneOffsetMinutes('CEST', 2024, 1, 1)).toBe(120);
    expect(zoneOffsetMinutes('ist', 2024, 1, 1)).toBe(330);
  });

  it('moves the bare US zones with daylight time', () => {
    expect(zoneOffsetMinutes('CT', 2024, 1, 30)).toBe(-360);
    expect(zoneOffsetMinutes('CT', 2024, 7, 4)).toBe(-300);
  });

  it('knows nothing of unknown abbreviations', () => {
    expect(zoneOffsetMinutes('XYZ', 2024, 1, 1)).toBeNull();
  });
});
