/** GeoJSON places and JSON Lines, from a real SQLite file. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGeoJson, type PlaceFeatureJson } from '../../src/export/geojson.js';
import { exportJsonl } from '../../src/export/jsonl.js';
import type { ArticleRecord } from '../../src/record/schema.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { capture } from './capture.js';
import { CORPUS, NOTICE, PORT_STORY, type TempDb, storeRecords } from './corpus.js';
import { makeRecord } from '../store/articles.js';

interface Collection {
  type: string;
  features: PlaceFeatureJson[];
}

/** The port story again under another id and URL, mentioning Portland once and a new place. */
const SECOND: ArticleRecord = makeRecord({
  id: 'second0000000000',
  url: 'https://coastnews.example/ships',
  text: 'Tugs from Portland and Seattle were sent to help the waiting ships, and nine more other words.',
  published: '2025-03-05',
  entities: [
    { ...structuredClone(PORT_STORY.entities[0]!), mentions: [{ layer: 'text', start: 10, end: 18, text: 'Portland', rule: 'entities/test', form: 'name', confidence: 1 }] },
    {
      id: 'geonames:5809844', type: 'location', kind: 'city', name: 'Seattle', aliases: [], countries: ['US'], roles: [], link: null,
      geo: { lat: 47.6062, lon: -122.3321, cc: 'US', admin1: 'Washington', kind: 'city' },
      mentions: [{ layer: 'text', start: 23, end: 30, text: 'Seattle', rule: 'entities/test', form: 'name', confidence: 1 }],
    },
    { id: 'name:location/the-harbour', type: 'location', kind: null, name: 'the harbour', aliases: [], countries: [], roles: [], link: null, geo: null, mentions: [{ layer: 'text', start: 0, end: 4, text: 'Tugs', rule: 'entities/test', form: 'name', confidence: 1 }] },
  ],
});

let db: TempDb;

beforeAll(() => {
  db = storeRecords([...CORPUS, SECOND]);
});

afterAll(() => {
  db.remove();
});

async function run(path: string, exporter: (records: Iterable<ArticleRecord>, out: ReturnType<typeof capture>['writer']) => Promise<unknown>): Promise<string> {
  const store = new SqliteStore(path, { readonly: true });
  const out = capture();
  try {
    await exporter(store.records(), out.writer);
    await out.writer.end(true);
  } finally {
    store.close();
  }
  return out.text();
}

describe('GeoJSON export', () => {
  it('writes one Point per place of the corpus, [lon, lat], with article and mention counts', async () => {
    const collection = JSON.parse(await run(db.path, exportGeoJson)) as Collection;
    expect(collection.type).toBe('FeatureCollection');
    const byId = new Map(collection.features.map((feature) => [feature.properties.id, feature]));
    // Every located place once; the unlocated one is left out.
    expect(collection.features).toHaveLength(PORT_STORY.entities.filter((entity) => entity.geo !== null).length + 1);
    expect(byId.has('name:location/the-harbour')).toBe(false);
    const portland = byId.get('geonames:5746545');
    expect(portland).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-122.6762, 45.5234] },
      properties: { id: 'geonames:5746545', name: 'Portland', kind: 'city', cc: 'US', admin1: 'Oregon', articles: 2, mentions: 5 },
    });
    for (const feature of collection.features) {
      const [lon, lat] = feature.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
    expect(byId.get('iso3166-2:JP-01')?.geometry.coordinates).toEqual([142.8, 43.2]);
  });

  it('writes an empty FeatureCollection for an empty database', async () => {
    const empty = storeRecords([]);
    try {
      expect(JSON.parse(await run(empty.path, exportGeoJson))).toEqual({ type: 'FeatureCollection', features: [] });
    } finally {
      empty.remove();
    }
  });
});

describe('JSON Lines export', () => {
  it('writes each stored record on one line, equal to the record that was stored', async () => {
    const lines = (await run(db.path, exportJsonl)).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual([PORT_STORY, NOTICE, SECOND].map((record) => JSON.stringify(record)));
  });

  it('writes nothing for an empty database', async () => {
    const empty = storeRecords([]);
    try {
      expect(await run(empty.path, exportJsonl)).toBe('');
    } finally {
      empty.remove();
    }
  });
});
