import { describe, expect, it } from 'vitest';
import { checkIsoDate } from '../../src/cli/iso-date.js';

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
  ])('rejects %s, saying why', (input, reason) => {
    const check = checkIsoDate(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
  });
});
