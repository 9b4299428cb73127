import { describe, expect, it } from 'vitest';
import { normalizeFeedDate } from '../../src/input/feed-date.js';

describe('normalizeFeedDate', () => {
  it('reads RFC 822 dates and keeps their offset', () => {
    expect(normalizeFeedDate('Tue, 05 Mar 2024 18:30:00 +0100')).toBe('2024-03-05T18:30:00+01:00');
    expect(normalizeFeedDate('Mon, 4 Mar 2024 07:05 GMT')).toBe('2024-03-04T07:05:00Z');
    expect(normalizeFeedDate('Fri, 23 Feb 2024 16:40:12 EST')).toBe('2024-02-23T16:40:12-05:00');
    expect(normalizeFeedDate('23 February 24 09:00 +0000')).toBe('2024-02-23T09:00:00Z');
  });

  it('reads W3C dates, dropping fractions', () => {
    expect(normalizeFeedDate('2024-03-06T09:15:00.250+09:00')).toBe('2024-03-06T09:15:00+09:00');
    expect(normalizeFeedDate('2024-03-06T00:15:00Z')).toBe('2024-03-06T00:15:00Z');
    expect(normalizeFeedDate('2024-03-05')).toBe('2024-03-05');
  });

  it('keeps only the date when no zone is known', () => {
    expect(normalizeFeedDate('2024-03-06T09:15:00')).toBe('2024-03-06');
    expect(normalizeFeedDate('Wed, 06 Mar 2024 09:15:00 XYZT')).toBe('2024-03-06');
  });

  it('rejects impossible or unreadable dates', () => {
    expect(normalizeFeedDate('Fri, 30 Feb 2024 10:00:00 GMT')).toBeNull();
    expect(normalizeFeedDate('2024-13-01')).toBeNull();
    expect(normalizeFeedDate('last Tuesday')).toBeNull();
  });
});
