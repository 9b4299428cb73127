import { describe, expect, it } from 'vitest';
import { amendEntry, CuratedDataError, curatedEntry, parseCuratedJsonl } from '../../../src/kb/build/curated.js';
import type { PlaceEntry } from '../../../src/kb/entry.js';

const ISLAND =
  '{"id":"ng:place/iturup","source":"Wikipedia: Iturup","type":"location","kind":"island","name":"Iturup","aliases":["Etorofu"],"lat":44.9,"lon":147.6,"cc":["RU","JP"]}';

describe('parseCuratedJsonl', () => {
  it('reads one entry a line and skips comments and blank lines', () => {
    const lines = parseCuratedJsonl(`# islands\n\n${ISLAND}\n`, 'places.jsonl');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.aliases).toEqual(['Etorofu']);
  });

  it('names the file and line of bad JSON', () => {
    expect(() => parseCuratedJsonl(`${ISLAND}\n{"id": `, 'places.jsonl')).toThrow(/places\.jsonl:2: not JSON/);
  });

  it('refuses a line without a source, an unknown field or a bad country code', () => {
    expect(() => parseCuratedJsonl('{"id":"ng:place/x","name":"X"}', 'a.jsonl')).toThrow(CuratedDataError);
    expect(() => parseCuratedJsonl('{"id":"ng:place/x","source":"Wikipedia: X","colour":"red"}', 'a.jsonl')).toThrow(/a\.jsonl:1/);
    expect(() => parseCuratedJsonl('{"id":"ng:place/x","source":"Wikipedia: X","cc":["Japan"]}', 'a.jsonl')).toThrow(CuratedDataError);
  });
});

describe('curatedEntry', () => {
  it('builds a new entry with a score', () => {
    const [line] = parseCuratedJsonl(ISLAND, 'places.jsonl');
    const entry = curatedEntry(line!);
    expect(entry).toMatchObject({ id: 'ng:place/iturup', kind: 'island', lat: 44.9, source: 'Wikipedia: Iturup' });
    expect(entry.score).toBeGreaterThan(0);
  });

  it('refuses a kind that does not belong to the type', () => {
    const [line] = parseCuratedJsonl(
      '{"id":"ng:org/x","source":"Wikipedia: X","type":"organization","kind":"island","name":"X","cc":[]}',
      'a.jsonl',
    );
    expect(() => curatedEntry(line!)).toThrow(/not a kind of organization/);
  });

  it('refuses a new entry that lacks its name or countries', () => {
    const [line] = parseCuratedJsonl('{"id":"ng:place/x","source":"Wikipedia: X","type":"location","kind":"sea"}', 'a.jsonl');
    expect(() => curatedEntry(line!)).toThrow(/needs type, kind, name and cc/);
  });
});

describe('amendEntry', () => {
  const hokkaido: PlaceEntry = { id: 'iso3166-2:JP-01', type: 'location', kind: 'region', name: 'Hokkaido', cc: ['JP'], lat: null, lon: null, score: 6 };

  it('adds aliases and replaces the fields it sets', () => {
    const [line] = parseCuratedJsonl('{"id":"iso3166-2:JP-01","source":"Wikipedia: Hokkaido","aliases":["Ezo"],"lat":43.2,"lon":142.8}', 'r.jsonl');
    const amended = amendEntry(hokkaido, line!);
    expect(amended).toMatchObject({ name: 'Hokkaido', aliases: ['Ezo'], lat: 43.2, lon: 142.8, source: 'Wikipedia: Hokkaido' });
  });

  it('recomputes the score when the kind or priority changes', () => {
    const [line] = parseCuratedJsonl('{"id":"iso3166-2:JP-01","source":"Wikipedia: Hokkaido","priority":1}', 'r.jsonl');
    expect(amendEntry(hokkaido, line!).score).toBe(7);
  });
});

describe('dropAliases', () => {
  const iceland: PlaceEntry = { id: 'iso3166-1:IS', type: 'location', kind: 'country', name: 'Iceland', aliases: ['Island', 'Ísland', 'Republic of Iceland'], cc: ['IS'], lat: 65, lon: -18, score: 9 };

  it('removes source aliases that read as ordinary words', () => {
    const [line] = parseCuratedJsonl('{"id":"iso3166-1:IS","source":"world-countries","dropAliases":["Island","Ísland"]}', 'c.jsonl');
    expect(amendEntry(iceland, line!).aliases).toEqual(['Republic of Iceland']);
  });

  it('is refused on a new entry, which has no source aliases to drop', () => {
    const [line] = parseCuratedJsonl(
      '{"id":"ng:place/x","source":"Wikipedia: X","type":"location","kind":"sea","name":"X","cc":[],"dropAliases":["Y"]}',
      'a.jsonl',
    );
    expect(() => curatedEntry(line!)).toThrow(/only amends/);
  });
});
