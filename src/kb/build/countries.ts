/**
 * Countries and dependent territories from world-countries: names in English and in their own
 * languages, English demonyms, and a representative point.
 */
import type { PlaceEntry } from '../entry.js';
import { rankScore } from '../rank.js';
import type { WorldCountry } from './source-types.js';

/**
 * Two-letter spellings ("JP", "IT", "IN") are ISO codes, not names: as aliases they would turn the
 * pronoun "it" into Italy. Curated aliases add back the few that news does use ("US", "UK").
 */
const CODE_LIKE = /^[A-Z]{2}$/;

function aliasesOf(country: WorldCountry): string[] {
  const names = new Set<string>([country.name.official, ...country.altSpellings]);
  for (const native of Object.values(country.name.native ?? {})) {
    names.add(native.common);
    names.add(native.official);
  }
  names.delete(country.name.common);
  return [...names].filter((name) => !CODE_LIKE.test(name)).sort();
}

/**
 * Demonyms ending like "Russian" or "Israeli" take a plain plural ("Russians", "Israelis"), which
 * news uses as often as the singular; others ("Japanese", "French", "Swiss") do not change.
 */
const PLAIN_PLURAL = /[in]$/;

function demonymsOf(country: WorldCountry): string[] {
  const english = country.demonyms?.['eng'];
  if (english === undefined) return [];
  const singular = [english.m, english.f].filter((word) => word.length > 0);
  const plural = singular.filter((word) => PLAIN_PLURAL.test(word)).map((word) => `${word}s`);
  return [...new Set([...singular, ...plural])].sort();
}

export function countryEntry(country: WorldCountry): PlaceEntry {
  const kind = country.independent === true ? 'country' : 'territory';
  const [lat, lon] = country.latlng;
  return {
    id: `iso3166-1:${country.cca2}`,
    type: 'location',
    kind,
    name: country.name.common,
    aliases: aliasesOf(country),
    demonyms: demonymsOf(country),
    cc: [country.cca2],
    lat: lat ?? null,
    lon: lon ?? null,
    score: rankScore({ type: 'location', kind }),
  };
}

export function countryEntries(countries: readonly WorldCountry[]): PlaceEntry[] {
  return countries.map(countryEntry);
}
