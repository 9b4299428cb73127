import { describe, expect, it } from 'vitest';
import { addMonths, formatAt, isoWeek, parseValue, shift } from '../../src/annotate/dates/calendar.js';

describe('dates calendar', () => {
  it.each([
    { day: { year: 2024, month: 1, day: 31 }, week: { year: 2024, week: 5 } },
    { day: { year: 2021, month: 1, day: 3 }, week: { year: 2020, week: 53 } }, // a Sunday still in 2020's last week
    { day: { year: 2019, month: 12, day: 30 }, week: { year: 2020, week: 1 } }, // a Monday in 2020's first week
  ])('numbers ISO weeks: $day', ({ day, week }) => {
    expect(isoWeek(day)).toEqual(week);
  });

  it('clamps a month shift to the length of the target month', () => {
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2024, month: 1, day: 15 }, -1)).toEqual({ year: 2023, month: 12, day: 15 });
  });

  it('writes a moved day at the requested granularity', () => {
    const published = { year: 2024, month: 1, day: 31 };
    expect(formatAt(shift(published, 'week', 1), 'week')).toBe('2024-W06');
    expect(formatAt(shift(published, 'month', -1), 'month')).toBe('2023-12');
    expect(formatAt(shift(published, 'year', -2), 'year')).toBe('2022');
  });

  it('reads its own values back with their granularity', () => {
    expect(parseValue('2024-01-30T09:15')).toEqual({ day: { year: 2024, month: 1, day: 30 }, grain: 'day' });
    expect(parseValue('2024-W05')).toEqual({ day: { year: 2024, month: 1, day: 29 }, grain: 'week' });
    expect(parseValue('2019-SU')).toEqual({ day: { year: 2019, month: 1, day: 1 }, grain: 'year' });
    expect(parseValue('194X')).toBeNull();
  });
});
