import { describe, expect, it } from 'vitest';
import { buildAdminAreas } from '../../../src/kb/build/admin-areas.js';
import { cityEntries, keepCity, MIN_CITY_POPULATION } from '../../../src/kb/build/cities.js';
import { CITIES, REGIONS } from './fixtures.js';

describe('cityEntries', () => {
  const entries = cityEntries(CITIES, buildAdminAreas(REGIONS, CITIES));
  const byName = (name: string) => entries.find((entry) => entry.name === name);

  it('keeps places above the population floor and every capital or seat', () => {
    expect(byName('Kure')).toBeDefined();
    expect(byName('Montpelier')?.population).toBeLessThan(MIN_CITY_POPULATION);
    expect(byName('Rausu')).toBeUndefined();
  });

  it('drops historical places', () => {
    expect(byName('Old Town')).toBeUndefined();
    expect(keepCity(CITIES.find((city) => city.name === 'Old Town')!)).toBe(false);
  });

  it('gives each place its region, point, population and seat', () => {
    const kure = byName('Kure');
    expect(kure).toMatchObject({ id: 'geonames:5', kind: 'city', cc: ['JP'], admin1: 'Hiroshima', lat: 34.24, lon: 132.56 });
    expect(byName('Tokyo')?.seat).toBe('country');
    expect(byName('Hiroshima')?.seat).toBe('admin1');
  });

  it('marks sections of a city as districts', () => {
    expect(byName('Shinjuku')?.kind).toBe('district');
  });

  it('ranks a capital above a larger city without the title only by the bonus', () => {
    expect(byName('Tokyo')!.score).toBeGreaterThan(byName('Sapporo')!.score);
    expect(byName('Sapporo')!.score).toBeGreaterThan(byName('Kure')!.score);
  });
});
