import { describe, expect, it } from 'vitest';
import { findChronoDates } from '../../src/annotate/dates/chrono-finder.js';

const found = (text: string): string[] => findChronoDates(text).map((c) => text.slice(c.start, c.end));

/**
 * chrono runs only the parsers whose needs (digits, a month name, a weekday name) a paragraph
 * holds: each kind of paragraph still gets every date it writes.
 */
describe('chrono parsers chosen by what a paragraph holds', () => {
  it('reads a weekday in a paragraph without digits or month names', () => {
    expect(found('The envoys are expected back on Tuesday, officials said.')).toEqual(['Tuesday']);
  });

  it('reads a clock time in a paragraph without month or weekday names', () => {
    expect(found('The ferry left the harbour at 9:15 a.m. and docked an hour later.')).toEqual(['9:15 a.m.']);
  });

  it('reads month-name dates, with and without digits', () => {
    expect(found('Talks opened on January 30, 2024 and were planned to resume in August.')).toEqual(['January 30, 2024', 'August']);
  });

  it('reads numeric dates and a weekday with a date in one paragraph', () => {
    expect(found('The filing, dated 2024-01-30, was posted on Friday, March 8.')).toEqual(['2024-01-30', 'Friday, March 8']);
  });
});
