import { describe, expect, it } from 'vitest';
import { rankScore } from '../../src/kb/rank.js';

describe('rankScore', () => {
  it('ranks cities by population on a log scale', () => {
    expect(rankScore({ type: 'location', kind: 'city', population: 1_000_000 })).toBe(6);
    expect(rankScore({ type: 'location', kind: 'city', population: 25_000 })).toBeLessThan(
      rankScore({ type: 'location', kind: 'city', population: 2_000_000 }),
    );
  });

  it('puts a country before a region and a region before a small city of the same name', () => {
    const country = rankScore({ type: 'location', kind: 'country' });
    const region = rankScore({ type: 'location', kind: 'region' });
    const town = rankScore({ type: 'location', kind: 'city', population: 40_000 });
    expect(country).toBeGreaterThan(region);
    expect(region).toBeGreaterThan(town);
  });

  it('gives capitals and seats a bonus, and lets a curated priority adjust', () => {
    const plain = rankScore({ type: 'location', kind: 'city', population: 600_000 });
    expect(rankScore({ type: 'location', kind: 'city', population: 600_000, seat: 'country' })).toBe(plain + 1);
    expect(rankScore({ type: 'location', kind: 'city', population: 600_000, seat: 'admin1' })).toBe(plain + 0.5);
    expect(rankScore({ type: 'location', kind: 'region', priority: -1 })).toBe(5);
  });

  it('never ranks a populous archipelago below its base', () => {
    expect(rankScore({ type: 'location', kind: 'archipelago', population: 100 })).toBe(6.5);
  });
});
