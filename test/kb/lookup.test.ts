/**
 * The built knowledge base (data/kb/kb.json) against the places, organizations and events of the
 * canonical seed article: a Russian-Japanese dispute over the southern Kuril Islands.
 */
import { describe, expect, it } from 'vitest';
import { byId, entrySource, type KbEntry, loadKnowledgeBase, lookup, lookupDemonym } from '../../src/kb/index.js';

/** Degrees of latitude or longitude a representative point may be off: islands are tens of km wide. */
const TOLERANCE_DEGREES = 0.5;

function best(name: string): KbEntry {
  const [first] = lookup(name);
  if (first === undefined) throw new Error(`no candidate for "${name}"`);
  return first.entry;
}

function expectNear(entry: KbEntry, lat: number, lon: number): void {
  if (entry.type === 'event' || entry.lat === undefined || entry.lon === undefined || entry.lat === null || entry.lon === null) {
    throw new Error(`${entry.id} has no point`);
  }
  expect(Math.abs(entry.lat - lat)).toBeLessThan(TOLERANCE_DEGREES);
  expect(Math.abs(entry.lon - lon)).toBeLessThan(TOLERANCE_DEGREES);
}

describe('the seed article\'s places', () => {
  it.each([
    ['Russia', 'iso3166-1:RU', 60, 100],
    ['Japan', 'iso3166-1:JP', 36, 138],
    ['China', 'iso3166-1:CN', 35, 105],
    ['the United States', 'iso3166-1:US', 38, -97],
    ['US', 'iso3166-1:US', 38, -97],
    ['Hokkaido', 'iso3166-2:JP-01', 43.2, 142.8],
    ['the Kuril Islands', 'ng:place/kuril-islands', 46.5, 151.5],
    ['the Northern Territories', 'ng:place/southern-kurils', 44.2, 146.5],
    ['Kunashiri', 'ng:place/kunashir', 44.1, 145.9],
    ['Etorofu', 'ng:place/iturup', 44.9, 147.6],
    ['Shikotan', 'ng:place/shikotan', 43.8, 146.75],
    ['the Habomai Islands', 'ng:place/habomai-islands', 43.5, 146.1],
    ['Hiroshima', 'geonames:1862415', 34.4, 132.5],
    ['Nagasaki', 'geonames:1856177', 32.75, 129.9],
  ])('%s resolves to %s near %f, %f', (name, id, lat, lon) => {
    const entry = best(name);
    expect(entry.id).toBe(id);
    expect(entry.type).toBe('location');
    expectNear(entry, lat, lon);
  });

  it('gives Etorofu and Iturup, Kunashiri and Kunashir the same entry', () => {
    expect(best('Etorofu').id).toBe(best('Iturup').id);
    expect(best('Kunashiri').id).toBe(best('Kunashir').id);
  });

  it('records both parties\' names for the disputed islands', () => {
    const iturup = best('Iturup');
    if (iturup.type !== 'location') throw new Error('not a place');
    expect(iturup.cc).toEqual(['RU', 'JP']);
    expect(iturup.parties?.find((party) => party.cc === 'JP')?.names).toContain('Etorofu');
    expect(iturup.partOf).toBe('ng:place/southern-kurils');
  });

  it('puts every place on the map with a country and a kind', () => {
    for (const name of ['Hokkaido', 'Kunashiri', 'Hiroshima', 'Sea of Okhotsk']) {
      const entry = best(name);
      if (entry.type !== 'location') throw new Error(`${name} is not a place`);
      expect(entry.lat).not.toBeNull();
      expect(entry.kind.length).toBeGreaterThan(0);
    }
    expect(best('Hiroshima').cc).toEqual(['JP']);
  });
});

describe('the seed article\'s organizations and events', () => {
  it.each([
    ['Security Council of Russia', 'ng:org/security-council-of-russia'],
    ["Russia's Security Council", 'ng:org/security-council-of-russia'],
    ['the Kremlin', 'ng:org/kremlin'],
    ['the Red Army', 'ng:org/red-army'],
    ['the Soviet Pacific Fleet', 'ng:org/soviet-pacific-fleet'],
    ['the Imperial Japanese Army', 'ng:org/imperial-japanese-army'],
    ['IJA', 'ng:org/imperial-japanese-army'],
    ['the US Army', 'ng:org/us-army'],
    ['the 2nd Far East Front', 'ng:org/2nd-far-eastern-front'],
    ['the 5th Area Army', 'ng:org/ija-fifth-area-army'],
  ])('%s is the organization %s', (name, id) => {
    const entry = best(name);
    expect(entry.id).toBe(id);
    expect(entry.type).toBe('organization');
  });

  it('offers Russia\'s Security Council among the readings of a bare "Security Council"', () => {
    const ids = lookup('Security Council').map((candidate) => candidate.entry.id);
    expect(ids).toContain('ng:org/security-council-of-russia');
    expect(ids).toContain('ng:org/un-security-council');
  });

  it.each([
    ['World War II', 'ng:event/world-war-ii'],
    ['the Soviet-Japanese War', 'ng:event/soviet-japanese-war'],
    ['the Russo-Ukrainian War', 'ng:event/russo-ukrainian-war'],
  ])('%s is the event %s', (name, id) => {
    expect(best(name)).toMatchObject({ id, type: 'event', kind: 'war' });
  });

  it('links the Soviet Union by name and by its demonym', () => {
    expect(best('the Soviet Union').id).toBe('ng:historical/soviet-union');
    expect(best('USSR').id).toBe('ng:historical/soviet-union');
    expect(lookupDemonym('Soviet')[0]?.entry.id).toBe('ng:historical/soviet-union');
  });
});

describe('demonyms', () => {
  it.each([
    ['Japanese', 'iso3166-1:JP'],
    ['Russian', 'iso3166-1:RU'],
    ['American', 'iso3166-1:US'],
    ['Chinese', 'iso3166-1:CN'],
  ])('%s points at %s first', (word, id) => {
    const [first] = lookupDemonym(word);
    expect(first).toMatchObject({ match: 'demonym' });
    expect(first?.entry.id).toBe(id);
  });
});

describe('ambiguous names', () => {
  it('ranks Georgia the country before the US state, and keeps both', () => {
    const candidates = lookup('Georgia').map((candidate) => candidate.entry);
    expect(candidates[0]?.id).toBe('iso3166-1:GE');
    expect(candidates.some((entry) => entry.id === 'iso3166-2:US-GA')).toBe(true);
  });

  it('ranks Paris, France first and still offers Paris, Texas', () => {
    const candidates = lookup('Paris').map((candidate) => candidate.entry);
    expect(candidates[0]?.cc).toEqual(['FR']);
    const texas = candidates.find((entry) => entry.cc[0] === 'US' && entry.type === 'location' && entry.admin1 === 'Texas');
    expect(texas).toBeDefined();
    expect(candidates.length).toBeGreaterThan(1);
  });

  it('orders candidates by score', () => {
    const scores = lookup('Springfield').map((candidate) => candidate.entry.score);
    expect(scores.length).toBeGreaterThan(2);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds the national capital for a bare "Washington"', () => {
    expect(best('Washington').id).toBe('geonames:4140963');
  });
});

describe('loading and ids', () => {
  it('loads once and hands back the same instance', () => {
    expect(loadKnowledgeBase()).toBe(loadKnowledgeBase());
  });

  it('finds entries by id and names their source', () => {
    const kunashir = byId('ng:place/kunashir');
    expect(kunashir?.name).toBe('Kunashir');
    expect(entrySource(kunashir!)).toMatch(/Wikipedia/);
    expect(entrySource(byId('geonames:1862415')!)).toMatch(/GeoNames/);
    expect(byId('ng:place/atlantis')).toBeUndefined();
  });

  it('knows cities by their former and foreign names', () => {
    expect(best('Leningrad').id).toBe(best('St. Petersburg').id);
    expect(best('Kiev').id).toBe(best('Kyiv').id);
    expect(best('Cologne').cc).toEqual(['DE']);
  });

  it('returns nothing for names it does not hold', () => {
    expect(lookup('Fumio Kishida')).toEqual([]);
    expect(lookup('')).toEqual([]);
  });
});
