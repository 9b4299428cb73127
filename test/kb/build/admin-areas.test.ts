import { describe, expect, it } from 'vitest';
import { buildAdminAreas, geoNamesAdminKey, regionKey } from '../../../src/kb/build/admin-areas.js';
import { CITIES, city, REGIONS } from './fixtures.js';

describe('buildAdminAreas', () => {
  const areas = buildAdminAreas(REGIONS, CITIES);

  it('ties a region to the seat that shares its name, whatever the codes', () => {
    const hiroshima = areas.byIso.get('JP-34');
    expect(hiroshima?.seat?.name).toBe('Hiroshima');
    expect(areas.byGeoNamesCode.get(geoNamesAdminKey('JP', '11'))?.name).toBe('Hiroshima');
  });

  it('does not tie Japanese regions by code: ISO 01 is not GeoNames 01', () => {
    // Hokkaido's seat is Sapporo, whose name differs, so the region is left without a point.
    expect(areas.byIso.get('JP-01')?.seat).toBeNull();
    expect(areas.byGeoNamesCode.get(geoNamesAdminKey('JP', '12'))).toBeUndefined();
  });

  it('ties US states by their shared postal codes', () => {
    expect(areas.byIso.get('US-GA')?.seat?.name).toBe('Atlanta');
    expect(areas.byIso.get('US-VT')?.seat?.name).toBe('Montpelier');
    // Texas has no seat in the sample: no point rather than a wrong one.
    expect(areas.byIso.get('US-TX')?.seat).toBeNull();
  });

  it('takes a national capital as a seat', () => {
    expect(areas.byIso.get('JP-13')?.seat?.name).toBe('Tokyo');
  });

  it('leaves out regions without a code', () => {
    expect([...areas.byIso.values()].some((area) => area.name === 'Uncoded')).toBe(false);
  });

  it('trusts codes only when name ties agree with them', () => {
    const agreeing = buildAdminAreas(
      [{ countryShortCode: 'CH', regions: [{ name: 'Zürich', shortCode: 'ZH' }, { name: 'Bern', shortCode: 'BE' }, { name: 'Graubünden', shortCode: 'GR' }] }],
      [city(20, 'Zürich', 'CH', 'PPLA', 'ZH', 400_000, 47.37, 8.54), city(21, 'Bern', 'CH', 'PPLC', 'BE', 130_000, 46.95, 7.45), city(22, 'Chur', 'CH', 'PPLA', 'GR', 37_000, 46.85, 9.53)],
    );
    expect(agreeing.byIso.get('CH-GR')?.seat?.name).toBe('Chur');
  });

  it('strips the words that name a kind of region', () => {
    expect(regionKey('Hiroshima Prefecture')).toBe('hiroshima');
    expect(regionKey('Sakhalin Oblast')).toBe('sakhalin');
  });
});
