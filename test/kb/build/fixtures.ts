/** Small, hand-written stand-ins for the npm data packages, shaped like their real records. */
import type { CountryRegions, GeoNamesCity, WorldCountry } from '../../../src/kb/build/source-types.js';

export function city(
  cityId: number,
  name: string,
  country: string,
  featureCode: string,
  adminCode: string,
  population: number,
  lat: number,
  lon: number,
): GeoNamesCity {
  return { cityId, name, country, featureCode, adminCode, population, loc: { coordinates: [lon, lat] } };
}

export const CITIES: GeoNamesCity[] = [
  city(1, 'Sapporo', 'JP', 'PPLA', '12', 1_900_000, 43.06, 141.35),
  city(2, 'Hiroshima', 'JP', 'PPLA', '11', 1_140_000, 34.4, 132.45),
  city(3, 'Nagasaki', 'JP', 'PPLA', '16', 410_000, 32.75, 129.88),
  city(4, 'Tokyo', 'JP', 'PPLC', '40', 8_300_000, 35.69, 139.69),
  city(5, 'Kure', 'JP', 'PPL', '11', 230_000, 34.24, 132.56),
  city(6, 'Rausu', 'JP', 'PPL', '12', 5_000, 44.02, 145.19),
  city(7, 'Atlanta', 'US', 'PPLA', 'GA', 490_000, 33.75, -84.39),
  city(8, 'Paris', 'US', 'PPL', 'TX', 25_000, 33.66, -95.56),
  city(9, 'Montpelier', 'US', 'PPLA', 'VT', 7_800, 44.26, -72.58),
  city(10, 'Old Town', 'US', 'PPLH', 'GA', 90_000, 33.7, -84.4),
  city(11, 'Shinjuku', 'JP', 'PPLX', '40', 340_000, 35.69, 139.7),
];

export const REGIONS: CountryRegions[] = [
  {
    countryShortCode: 'JP',
    regions: [
      { name: 'Hokkaido', shortCode: '01' },
      { name: 'Hiroshima', shortCode: '34' },
      { name: 'Nagasaki', shortCode: '42' },
      { name: 'Tokyo', shortCode: '13' },
      { name: 'Uncoded' },
    ],
  },
  {
    countryShortCode: 'US',
    regions: [
      { name: 'Georgia', shortCode: 'GA' },
      { name: 'Texas', shortCode: 'TX' },
      { name: 'Vermont', shortCode: 'VT' },
    ],
  },
];

export const COUNTRIES: WorldCountry[] = [
  {
    name: { common: 'Japan', official: 'Japan', native: { jpn: { common: '日本', official: '日本国' } } },
    cca2: 'JP',
    independent: true,
    altSpellings: ['JP', 'Nippon', 'Nihon'],
    latlng: [36, 138],
    demonyms: { eng: { f: 'Japanese', m: 'Japanese' } },
  },
  {
    name: { common: 'Georgia', official: 'Georgia', native: { kat: { common: 'საქართველო', official: 'საქართველო' } } },
    cca2: 'GE',
    independent: true,
    altSpellings: ['GE', 'Sakartvelo'],
    latlng: [42, 43.5],
    demonyms: { eng: { f: 'Georgian', m: 'Georgian' } },
  },
  {
    name: { common: 'Falkland Islands', official: 'Falkland Islands' },
    cca2: 'FK',
    independent: false,
    altSpellings: ['FK', 'Islas Malvinas'],
    latlng: [-51.75, -59],
  },
];
