import { describe, expect, it } from 'vitest';
import { checkIsoDate, parseW3cDate } from '../../src/dates/iso.js';

describe('checkIsoDate', () => {
  it.each([
    ['2024-01-30', '2024-01-30'],
    ['2024-02-29', '2024-02-29'],
    ['2024-01-30T09:15:00+09:00', '2024-01-30T09:15:00+09:00'],
    ['2024-01-30T09:15Z', '2024-01-30T09:15Z'],
    ['2024-01-30t09:15:00.250z', '2024-01-30T09:15:00.250Z'],
    ['2024-01-30T23:59:60-05:00', '2024-01-30T23:59:60-05:00'],
  ])('accepts %s', (input, expected) => {
    expect(checkIsoDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['30/01/2024', 'ISO 8601'],
    ['January 30, 2024', 'ISO 8601'],
    ['2024-1-30', 'ISO 8601'],
    ['2023-02-29', 'does not exist'],
    ['2024-04-31', 'does not exist'],
    ['2024-13-01', 'month 13'],
    ['2024-01-30T24:00:00Z', 'out of range'],
    ['2024-01-30T09:15:00', 'time zone offset'],
    ['2024-01-30T09:15:00+15:00', 'offset +15:00'],
    ['2024-01-30T09:15:00+05:75', 'offset +05:75'],
    ['2024-01-30 09:15:00Z', 'ISO 8601'],
  ])('rejects %s, saying why', (input, reason) => {
    const check = checkIsoDate(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
  });
});

describe('parseW3cDate', () => {
  it.each([
    ['2024-03-06T09:15:00.250+09:00', '2024-03-06T09:15:00+09:00'],
    ['2024-03-06T00:15:00Z', '2024-03-06T00:15:00Z'],
    ['2024-03-06t00:15z', '2024-03-06T00:15:00Z'],
    ['2024-03-06 18:40:00 -0500', '2024-03-06T18:40:00-05:00'],
    ['2024-03-06T18:40:00+00:00', '2024-03-06T18:40:00Z'],
    ['2024-03-05', '2024-03-05'],
    // no zone, or one that cannot exist: only the date is kept
    ['2024-03-06T09:15:00', '2024-03-06'],
    ['2024-03-06T09:15:00+15:00', '2024-03-06'],
  ])('reads %s', (input, expected) => {
    expect(parseW3cDate(input)).toBe(expected);
  });

  it.each(['2024-13-01', '2024-02-30', '2024-03-06T24:00:00Z', '0001-01-01T00:00:00Z', '1895-03-05', 'March 6, 2024', '2024-03-06 or so', '20240306'])('rejects %s', (input) => {
    expect(parseW3cDate(input)).toBeNull();
  });
});
