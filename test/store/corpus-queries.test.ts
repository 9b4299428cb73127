/** The corpus questions (issue 5) over a real SQLite file: profile, quote bank, timeline, places, network, entity filters. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Network, SearchQuery } from '../../src/store/store.js';
import { entityCorpus } from './entity-articles.js';

let dir = '';
let store: SqliteStore;

const MEDVEDEV = 'name:person/dmitry-medvedev';
const KISHIDA = 'name:person/fumio-kishida';
const JAPAN = 'iso3166-1:JP';
const RUSSIA = 'iso3166-1:RU';
const TOKYO = 'geonames:1850147';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-queries-'));
  store = new SqliteStore(join(dir, 'corpus.db'));
  store.put(entityCorpus());
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function ids(extra: Partial<SearchQuery>): string[] {
  return store.search({ text: '', limit: 20, offset: 0, ...extra }).hits.map((hit) => hit.id);
}

function weight(network: Network, a: string, b: string): number | undefined {
  return network.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))?.weight;
}

describe('search entity filters', () => {
  it('filters by entity id or name, newest first, duplicates hidden', () => {
    expect(ids({ entity: MEDVEDEV })).toEqual(['tokyo-protest', 'kuril-visit']);
    expect(ids({ entity: 'medvedev' })).toEqual(['tokyo-protest', 'kuril-visit']);
    expect(ids({ entity: 'Medvedev', includeDuplicates: true })).toEqual(['tokyo-protest', 'kuril-visit-update', 'kuril-visit']);
    expect(ids({ entity: 'Atlantis' })).toEqual([]);
  });

  it('filters by person only among people', () => {
    expect(ids({ person: 'Kishida' })).toEqual(['tokyo-protest']);
    expect(ids({ person: 'Tokyo' })).toEqual([]);
  });

  it('lets a country place match any place inside it, and a city only itself', () => {
    expect(ids({ place: 'Japan' })).toEqual(['osaka-fair', 'fishing-talks', 'tokyo-protest', 'kuril-visit']);
    expect(ids({ place: 'Tokyo' })).toEqual(['tokyo-protest', 'kuril-visit']);
    expect(ids({ place: 'Osaka' })).toEqual(['osaka-fair']);
  });

  it('filters by country as an ISO code or a name', () => {
    expect(ids({ country: 'JP' })).toEqual(['osaka-fair', 'fishing-talks', 'tokyo-protest', 'kuril-visit']);
    expect(ids({ country: 'jp' })).toEqual(ids({ country: 'Japan' }));
    expect(ids({ country: 'FJ' })).toEqual(['suva-cyclone']);
    // Iturup is administered by Russia: the visit story is about a place in Russia.
    expect(ids({ country: 'Russia' })).toEqual(['fishing-talks', 'tokyo-protest', 'kuril-visit']);
  });

  it('combines with words, dates and --has entities', () => {
    expect(store.search({ text: 'island', entity: 'Japan', limit: 10, offset: 0 }).hits.map((h) => h.id)).toEqual(['kuril-visit']);
    expect(ids({ country: 'JP', from: '2024-03', to: '2024-03' })).toEqual(['fishing-talks']);
    expect(ids({ has: ['entities'] })).toHaveLength(5);
  });
});

describe('entityProfile', () => {
  it('describes an entity with its totals, series, co-mentions and latest articles', () => {
    const profile = store.entityProfile({ id: JAPAN, interval: 'month', limitCoMentions: 3, limitArticles: 2 });
    expect(profile).toMatchObject({ id: JAPAN, type: 'location', kind: 'country', name: 'Japan', countries: ['JP'], articles: 3, mentions: 4 });
    expect(profile?.geo).toEqual({ lat: 36.2, lon: 138.25, cc: 'JP', admin1: null, kind: 'country' });
    expect(profile?.aliases).toEqual(['Nippon']);
    expect(profile?.series).toEqual([
      { period: '2024-01', articles: 1, mentions: 2 },
      { period: '2024-02', articles: 1, mentions: 1 },
      { period: '2024-03', articles: 1, mentions: 1 },
    ]);
    expect(profile?.coMentions[0]).toEqual({ id: RUSSIA, name: 'Russia', type: 'location', articles: 3 });
    expect(profile?.coMentions).toHaveLength(3);
    expect(profile?.latestArticles.map((a) => a.id)).toEqual(['fishing-talks', 'tokyo-protest']);
    expect(profile?.latestArticles[0]).toMatchObject({ title: 'Fishing crews in Nemuro wait on quota talks', site: { domain: 'hokkaidopost.example' } });
  });

  it('buckets by week (the Monday) and year, and bounds by publication day', () => {
    const weekly = store.entityProfile({ id: MEDVEDEV, interval: 'week', limitCoMentions: 10, limitArticles: 10 });
    // 2024-01-30 is a Tuesday, 2024-02-02 a Friday: both in the week of Monday 29 January.
    expect(weekly?.series).toEqual([{ period: '2024-01-29', articles: 2, mentions: 4 }]);
    expect(weekly?.roles).toEqual([{ text: 'deputy chairman of the Security Council of Russia', articles: 1 }]);
    const february = store.entityProfile({ id: JAPAN, interval: 'year', from: '2024-02', to: '2024-12', limitCoMentions: 10, limitArticles: 10 });
    expect(february).toMatchObject({ articles: 2, series: [{ period: '2024', articles: 2, mentions: 2 }] });
    expect(february?.coMentions.find((c) => c.id === RUSSIA)?.articles).toBe(2);
    expect(february?.coMentions.map((c) => c.id)).not.toContain('ng:place/iturup');
  });

  it('accepts a name that means one entity, and refuses an unknown one', () => {
    expect(store.entityProfile({ id: 'Kishida', interval: 'day', limitCoMentions: 5, limitArticles: 5 })?.id).toBe(KISHIDA);
    expect(store.entityProfile({ id: 'Atlantis', interval: 'day', limitCoMentions: 5, limitArticles: 5 })).toBeNull();
  });
});

describe('quotes', () => {
  it('finds what a speaker said by surname or by id', () => {
    const bySurname = store.quotes({ speaker: 'Medvedev', limit: 10, offset: 0 });
    expect(bySurname.total).toBe(1);
    expect(bySurname.quotes[0]).toMatchObject({
      text: 'These islands are Russian land and will stay that way,',
      verb: 'tell',
      speaker: { name: 'Dmitry Medvedev', entity: MEDVEDEV },
      article: { id: 'kuril-visit', title: 'Medvedev lands on Iturup as Japan protests', published: '2024-01-30T18:00:00+09:00', url: 'https://northpacific.example/kuril-visit' },
    });
    expect(store.quotes({ speaker: MEDVEDEV, limit: 10, offset: 0 }).quotes).toEqual(bySurname.quotes);
  });

  it('finds a speaker with no entity through the name stored with the quote', () => {
    expect(store.quotes({ speaker: 'kenji sato', limit: 10, offset: 0 }).quotes.map((q) => q.article.id)).toEqual(['fishing-talks']);
  });

  it('searches the words of quotations, and what they are about', () => {
    expect(store.quotes({ text: 'islands', limit: 10, offset: 0 }).quotes.map((q) => q.article.id)).toEqual(['tokyo-protest', 'kuril-visit']);
    expect(store.quotes({ speaker: 'Kishida', about: 'Japan', limit: 10, offset: 0 }).total).toBe(1);
    expect(store.quotes({ about: 'Fiji', limit: 10, offset: 0 }).quotes.map((q) => q.speaker?.name)).toEqual(['Sitiveni Rabuka']);
    expect(store.quotes({ about: 'Japan', from: '2024-02', limit: 10, offset: 0 }).quotes.map((q) => q.article.id)).toEqual(['fishing-talks', 'tokyo-protest']);
  });

  it('pages newest first and shows duplicates only when asked', () => {
    const all = store.quotes({ limit: 2, offset: 0 });
    expect(all.total).toBe(4);
    expect(all.quotes.map((q) => q.article.id)).toEqual(['suva-cyclone', 'fishing-talks']);
    expect(store.quotes({ limit: 2, offset: 2 }).quotes.map((q) => q.article.id)).toEqual(['tokyo-protest', 'kuril-visit']);
    expect(store.quotes({ speaker: 'Medvedev', includeDuplicates: true, limit: 10, offset: 0 }).total).toBe(2);
  });
});

describe('timeline', () => {
  it('orders an entity\'s dated facts by the date they name, with their sentence', () => {
    const line = store.timeline({ entity: 'Medvedev', limit: 10 });
    expect(line.events.map((e) => e.value)).toEqual(['1945', '2024-01-30', '2024-02-01']);
    expect(line.events[0]).toMatchObject({ text: '1945', stated: true, layer: 'text', article: { id: 'kuril-visit' } });
    expect(line.events[0]?.sentence).toBe('The island was taken by Soviet troops in 1945, and no peace treaty has been signed since.');
    expect(line.events[2]?.sentence).toBe('A small crowd gathered outside the Russian embassy on 1 February 2024 holding placards.');
    expect(line.sampled).toBe(false);
  });

  it('leaves out durations, bounds by the facts\' values, and scopes by words', () => {
    const all = store.timeline({ limit: 20 });
    expect(all.events.map((e) => e.value)).toEqual(['1945', '2024-01-30', '2024-02-01', '2024-03-10', '2024-04']);
    expect(store.timeline({ from: '2024-02', to: '2024-03', limit: 20 }).events.map((e) => e.value)).toEqual(['2024-02-01', '2024-03-10']);
    expect(store.timeline({ query: 'crab quota', limit: 20 }).events.map((e) => e.article.id)).toEqual(['fishing-talks', 'fishing-talks']);
  });
});

describe('places', () => {
  it('answers a valid GeoJSON FeatureCollection of located places, most written about first', () => {
    const places = store.places({ limit: 20 });
    expect(places.type).toBe('FeatureCollection');
    for (const feature of places.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const [lon, lat] = feature.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
    expect(places.features.slice(0, 2).map((f) => f.properties.id).sort()).toEqual([JAPAN, RUSSIA]);
    const tokyo = places.features.find((f) => f.properties.id === TOKYO);
    expect(tokyo).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [139.69, 35.69] },
      properties: { id: TOKYO, name: 'Tokyo', kind: 'city', cc: 'JP', articles: 2, mentions: 2 },
    });
    expect(JSON.parse(JSON.stringify(places))).toEqual(places);
  });

  it('counts within a scope: an entity, words, days, a country', () => {
    const withMedvedev = store.places({ entity: 'Medvedev', limit: 20 });
    expect(withMedvedev.features.map((f) => f.properties.id).sort()).toEqual([TOKYO, 'ng:place/iturup', JAPAN, RUSSIA].sort());
    expect(withMedvedev.features.find((f) => f.properties.id === 'ng:place/iturup')?.properties).toMatchObject({ articles: 1, mentions: 3 });
    expect(store.places({ country: 'JP', limit: 20 }).features.map((f) => f.properties.cc)).toEqual(['JP', 'JP', 'JP', 'JP', 'JP']);
    expect(store.places({ query: 'cyclone', limit: 20 }).features.map((f) => f.properties.name).sort()).toEqual(['Fiji', 'Suva']);
    expect(store.places({ from: '2024-05', to: '2024-05', limit: 20 }).features.map((f) => f.properties.name)).toEqual(['Osaka']);
  });
});

describe('network', () => {
  it('weights an edge by the articles in which both entities appear', () => {
    const net = store.network({ minWeight: 1, limit: 100 });
    expect(weight(net, JAPAN, RUSSIA)).toBe(3);
    expect(weight(net, MEDVEDEV, JAPAN)).toBe(2);
    expect(weight(net, MEDVEDEV, KISHIDA)).toBe(1);
    expect(net.edges.map((e) => e.weight)).toEqual([...net.edges.map((e) => e.weight)].sort((a, b) => b - a));
    const nodeIds = new Set(net.nodes.map((n) => n.id));
    for (const edge of net.edges) expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
    expect(net.nodes.find((n) => n.id === JAPAN)).toEqual({ id: JAPAN, name: 'Japan', type: 'location', articles: 3 });
  });

  it('keeps the heaviest edges, the minimum weight and the types asked for', () => {
    const strong = store.network({ minWeight: 3, limit: 100 });
    expect(strong.edges).toHaveLength(1);
    expect(weight(strong, JAPAN, RUSSIA)).toBe(3);
    expect(strong.nodes.map((n) => n.id).sort()).toEqual([JAPAN, RUSSIA]);
    expect(store.network({ minWeight: 1, limit: 1 }).edges).toHaveLength(1);
    const people = store.network({ minWeight: 1, limit: 100, types: ['person'] });
    expect(people.edges).toHaveLength(1);
    expect(people.nodes.map((n) => n.id).sort()).toEqual([MEDVEDEV, KISHIDA].sort());
  });

  it('draws an entity\'s own network, and a network within words or days', () => {
    const ego = store.network({ entity: 'Kishida', minWeight: 1, limit: 100 });
    expect(ego.nodes.map((n) => n.id)).toContain(KISHIDA);
    expect(weight(ego, KISHIDA, MEDVEDEV)).toBe(1);
    expect(weight(ego, JAPAN, RUSSIA)).toBe(3);
    const fishing = store.network({ query: 'crab', minWeight: 1, limit: 100 });
    expect(fishing.nodes).toHaveLength(5);
    expect(fishing.edges).toHaveLength(10);
    expect(weight(fishing, JAPAN, RUSSIA)).toBe(1);
    const early = store.network({ from: '2024-01', to: '2024-02', minWeight: 2, limit: 100 });
    expect(weight(early, JAPAN, RUSSIA)).toBe(2);
    expect(weight(early, MEDVEDEV, TOKYO)).toBe(2);
    expect(early.edges.every((e) => e.weight >= 2)).toBe(true);
  });
});
