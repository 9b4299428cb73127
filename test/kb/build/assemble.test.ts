import { describe, expect, it } from 'vitest';
import { assembleKb, KB_COMMENT, type KbSources, serializeKb } from '../../../src/kb/build/assemble.js';
import { parseCuratedJsonl } from '../../../src/kb/build/curated.js';
import { createKnowledgeBase } from '../../../src/kb/knowledge-base.js';
import type { KbFile } from '../../../src/kb/entry.js';
import { CITIES, COUNTRIES, REGIONS } from './fixtures.js';

const CURATED = [
  '{"id":"iso3166-2:JP-01","source":"Wikipedia: Hokkaido","aliases":["Hokkaidō"],"lat":43.2,"lon":142.8}',
  '{"id":"ng:place/kuril-islands","source":"Wikipedia: Kuril Islands","type":"location","kind":"archipelago","name":"Kuril Islands","aliases":["Kurils"],"lat":46.5,"lon":151.5,"cc":["RU"]}',
  '{"id":"ng:place/iturup","source":"Wikipedia: Iturup","type":"location","kind":"island","name":"Iturup","lat":44.9,"lon":147.6,"cc":["RU","JP"],"partOf":"ng:place/kuril-islands","parties":[{"cc":"RU","names":["Iturup"]},{"cc":"JP","names":["Etorofu"]}]}',
].join('\n');

function sources(curated: string = CURATED): KbSources {
  return { countries: COUNTRIES, cities: CITIES, regions: REGIONS, curated: new Map([['places.jsonl', parseCuratedJsonl(curated, 'places.jsonl')]]) };
}

describe('assembleKb', () => {
  const kb = assembleKb(sources());
  const base = createKnowledgeBase(kb);

  it('sorts entries by id and marks the file as generated', () => {
    const ids = kb.entries.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort());
    expect(kb.comment).toBe(KB_COMMENT);
  });

  it('indexes every party name of a disputed place', () => {
    expect(base.lookup('Etorofu')[0]?.entry.id).toBe('ng:place/iturup');
    expect(base.lookup('Iturup')[0]?.entry.id).toBe('ng:place/iturup');
  });

  it('applies amendments to generated entries', () => {
    expect(base.lookup('Hokkaidō')[0]?.entry).toMatchObject({ id: 'iso3166-2:JP-01', lat: 43.2 });
  });

  it('ranks a shared name: country, then region, then town', () => {
    expect(base.lookup('Georgia').map((candidate) => candidate.entry.id)).toEqual(['iso3166-1:GE', 'iso3166-2:US-GA']);
  });

  it('keeps demonyms in their own index', () => {
    expect(base.lookupDemonym('Japanese')[0]?.entry.id).toBe('iso3166-1:JP');
    expect(base.lookup('Japanese')).toEqual([]);
  });

  it('refuses a link to a missing entry and an id curated twice', () => {
    const dangling = CURATED.replace('"partOf":"ng:place/kuril-islands"', '"partOf":"ng:place/nowhere"');
    expect(() => assembleKb(sources(dangling))).toThrow(/partOf "ng:place\/nowhere"/);
    const twice = `${CURATED}\n${CURATED.split('\n')[1]}`;
    expect(() => assembleKb(sources(twice))).toThrow(/curated twice/);
  });

  it('refuses to amend an entry the sources do not have', () => {
    expect(() => assembleKb(sources('{"id":"geonames:999999","source":"GeoNames 999999","aliases":["X"]}'))).toThrow(/do not have/);
  });
});

describe('serializeKb', () => {
  it('is deterministic and parses back to the same file', () => {
    const first = serializeKb(assembleKb(sources()));
    expect(serializeKb(assembleKb(sources()))).toBe(first);
    const parsed = JSON.parse(first) as KbFile;
    expect(parsed.entries.length).toBe(assembleKb(sources()).entries.length);
    expect(first.split('\n').length).toBeGreaterThan(parsed.entries.length);
  });

  it('changes when a curated fact changes', () => {
    const moved = CURATED.replace('"lat":44.9', '"lat":45.0');
    expect(serializeKb(assembleKb(sources(moved)))).not.toBe(serializeKb(assembleKb(sources())));
  });
});
