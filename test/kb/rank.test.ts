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

  it('ranks physical features against towns: a river only above a town of under ~100,000', () => {
    const river = rankScore({ type: 'location', kind: 'river' });
    const lake = rankScore({ type: 'location', kind: 'lake' });
    const range = rankScore({ type: 'location', kind: 'mountain-range' });
    expect(river).toBeGreaterThan(rankScore({ type: 'location', kind: 'city', population: 60_000 }));
    expect(river).toBeLessThan(rankScore({ type: 'location', kind: 'city', population: 150_000 }));
    expect(lake).toBeGreaterThan(river);
    expect(range).toBe(rankScore({ type: 'location', kind: 'region' }));
    expect(rankScore({ type: 'location', kind: 'volcano' })).toBeLessThan(rankScore({ type: 'location', kind: 'country' }));
  });
});
