/**
 * Ties the ISO 3166-2 regions of country-region-data to GeoNames' first-level admin codes, which
 * differ for most countries (Hokkaido is JP-01 in ISO but admin code 12 in GeoNames). A region is
 * tied through its seat: the GeoNames capital or first-level seat whose name is the region's name
 * ("Hiroshima" prefecture, seat Hiroshima). Where a country's GeoNames codes are its ISO codes (the
 * United States uses postal codes in both), the codes are tied directly. The seat then gives the
 * region a representative point, and every GeoNames city the name of its region.
 */
import { normalizeName } from '../normalize.js';
import type { CountryRegions, GeoNamesCity } from './source-types.js';

/** GeoNames feature codes of a national capital and of a first-level seat. */
const SEAT_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA']);

/** Words that name the kind of region rather than the region ("Hiroshima Prefecture"). */
const REGION_KIND_WORDS: ReadonlySet<string> = new Set([
  'prefecture',
  'province',
  'oblast',
  'krai',
  'kray',
  'region',
  'governorate',
  'state',
  'county',
  'district',
  'department',
  'municipality',
  'city',
  'of',
]);

/**
 * A country's codes are tied directly only when the name-tied seats agree with them: at least
 * this many name ties, none of which contradicts the code.
 */
const MIN_AGREEING_NAME_TIES = 2;

/** Countries known to use ISO 3166-2 codes as GeoNames admin codes although no seat shares a region's name. */
const ISO_CODED_COUNTRIES: ReadonlySet<string> = new Set(['US']);

interface CodedRegion {
  readonly name: string;
  readonly shortCode: string;
}

export interface AdminArea {
  /** ISO 3166-2 code, e.g. "JP-01". */
  readonly iso: string;
  readonly name: string;
  /** The seat tied to the region, when one was found. */
  readonly seat: GeoNamesCity | null;
}

/** country code -> GeoNames admin code -> area, and ISO code -> area. */
export interface AdminAreas {
  readonly byGeoNamesCode: ReadonlyMap<string, AdminArea>;
  readonly byIso: ReadonlyMap<string, AdminArea>;
}

export function regionKey(name: string): string {
  return normalizeName(name)
    .split(' ')
    .filter((word) => !REGION_KIND_WORDS.has(word))
    .join(' ');
}

function seatsByCountry(cities: readonly GeoNamesCity[]): Map<string, GeoNamesCity[]> {
  const byCountry = new Map<string, GeoNamesCity[]>();
  for (const city of cities) {
    if (!SEAT_CODES.has(city.featureCode)) continue;
    const list = byCountry.get(city.country) ?? [];
    list.push(city);
    byCountry.set(city.country, list);
  }
  // Largest first, so that a region with two seats of the same name takes the main one.
  for (const list of byCountry.values()) list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  return byCountry;
}

function nameTies(regions: readonly CodedRegion[], seats: readonly GeoNamesCity[]): Map<string, GeoNamesCity> {
  const seatByKey = new Map<string, GeoNamesCity>();
  for (const seat of seats) {
    const key = regionKey(seat.name);
    if (!seatByKey.has(key)) seatByKey.set(key, seat);
  }
  const ties = new Map<string, GeoNamesCity>();
  for (const region of regions) {
    const seat = seatByKey.get(regionKey(region.name));
    if (seat !== undefined) ties.set(region.shortCode, seat);
  }
  return ties;
}

function codesAreIso(country: string, ties: ReadonlyMap<string, GeoNamesCity>): boolean {
  if (ISO_CODED_COUNTRIES.has(country)) return true;
  let agreeing = 0;
  for (const [shortCode, seat] of ties) {
    if (seat.adminCode !== shortCode) return false;
    agreeing++;
  }
  return agreeing >= MIN_AGREEING_NAME_TIES;
}

function countryAreas(country: CountryRegions, seats: readonly GeoNamesCity[]): AdminArea[] {
  const regions = country.regions.filter((region): region is CodedRegion => region.shortCode !== undefined);
  const ties = nameTies(regions, seats);
  const direct = codesAreIso(country.countryShortCode, ties);
  return regions.map((region) => {
    const seat = direct
      ? (seats.find((candidate) => candidate.adminCode === region.shortCode) ?? null)
      : (ties.get(region.shortCode) ?? null);
    return { iso: `${country.countryShortCode}-${region.shortCode}`, name: region.name, seat };
  });
}

export function buildAdminAreas(countries: readonly CountryRegions[], cities: readonly GeoNamesCity[]): AdminAreas {
  const seats = seatsByCountry(cities);
  const byGeoNamesCode = new Map<string, AdminArea>();
  const byIso = new Map<string, AdminArea>();
  const conflicting = new Set<string>();
  for (const country of countries) {
    for (const area of countryAreas(country, seats.get(country.countryShortCode) ?? [])) {
      byIso.set(area.iso, area);
      if (area.seat === null) continue;
      const key = geoNamesAdminKey(area.seat.country, area.seat.adminCode);
      // Two regions tied to one admin code would give cities a wrong region: keep neither.
      if (byGeoNamesCode.has(key) || conflicting.has(key)) {
        conflicting.add(key);
        byGeoNamesCode.delete(key);
      } else {
        byGeoNamesCode.set(key, area);
      }
    }
  }
  return { byGeoNamesCode, byIso };
}

export function geoNamesAdminKey(country: string, adminCode: string): string {
  return `${country}.${adminCode}`;
}
