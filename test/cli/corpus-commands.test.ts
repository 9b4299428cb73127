/**
 * The corpus commands (entity, quotes, timeline, places, network) and search's entity filters, run
 * as a user would against a database holding the entity test corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { EntityProfile, Network, PlacesCollection, QuotePage, SearchPage, Timeline } from '../../src/store/store.js';
import { entityCorpus } from '../store/entity-articles.js';
import { BUILD_TIMEOUT_MS, ensureBuilt, runCli } from './cli-harness.js';

let root = '';
let db = '';

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-cli-'));
  db = join(root, 'corpus.db');
  const store = new SqliteStore(db);
  store.put(entityCorpus());
  store.close();
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function json<T>(args: readonly string[]): T {
  const result = runCli([...args, '--db', db, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

describe('newsgraph search with entity filters', () => {
  it('filters by --entity, --person, --place and --country', () => {
    expect(json<SearchPage>(['search', '', '--person', 'Medvedev']).hits.map((h) => h.id)).toEqual(['tokyo-protest', 'kuril-visit']);
    expect(json<SearchPage>(['search', '', '--place', 'Japan']).total).toBe(4);
    expect(json<SearchPage>(['search', '', '--country', 'FJ']).hits.map((h) => h.id)).toEqual(['suva-cyclone']);
    expect(json<SearchPage>(['search', 'island', '--entity', 'iso3166-1:JP']).hits.map((h) => h.id)).toEqual(['kuril-visit']);
    expect(json<SearchPage>(['search', '', '--has', 'entities,quotes']).total).toBe(4);
  });

  it('names close matches for an unknown entity', () => {
    const result = runCli(['search', '', '--person', 'Medvedv', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no entity named "Medvedv"');
    expect(result.stderr).toContain('Dmitry Medvedev (person, name:person/dmitry-medvedev)');
  });
});

describe('newsgraph entity', () => {
  it('prints a profile for people, and JSON for machines', () => {
    const result = runCli(['entity', 'Medvedev', '--db', db, '--interval', 'week']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Dmitry Medvedev \(person\) name:person\/dmitry-medvedev\n/);
    expect(result.stdout).toContain('roles: deputy chairman of the Security Council of Russia (1)');
    expect(result.stdout).toContain('2 articles, 4 mentions');
    expect(result.stdout).toMatch(/articles by week:\n {2}2024-01-29 +#+ 2 \(4 mentions\)/);
    expect(result.stdout).toContain('2024-02-02  Kishida calls Iturup trip a provocation | Capital Wire');
    const profile = json<EntityProfile>(['entity', 'iso3166-1:JP', '--interval', 'year']);
    expect(profile).toMatchObject({ name: 'Japan', articles: 3, series: [{ period: '2024', articles: 3 }] });
  });

  it('fails with close names for an unknown entity, and rejects a bad interval', () => {
    const unknown = runCli(['entity', 'Kishda', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('did you mean: Fumio Kishida (person, name:person/fumio-kishida)?');
    expect(runCli(['entity', 'Japan', '--db', db, '--interval', 'fortnight']).code).toBe(2);
  });
});

describe('newsgraph quotes', () => {
  it('lists what a speaker said about something', () => {
    const page = json<QuotePage>(['quotes', '--speaker', 'Kishida', '--about', 'Japan']);
    expect(page.total).toBe(1);
    expect(page.quotes[0]?.text).toBe('We will keep raising the northern islands with Moscow, whatever the mood,');
    const human = runCli(['quotes', 'islands', '--db', db]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^2 quotations \(1-2 shown\)\n\n1\. “We will keep raising/);
    expect(human.stdout).toContain('   Dmitry Medvedev (tell)');
  });

  it('fails for a speaker nobody knows', () => {
    const result = runCli(['quotes', '--speaker', 'Nobody Anywhere', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no entity named "Nobody Anywhere"');
  });
});

describe('newsgraph timeline', () => {
  it('orders dates by their value and shows their sentence', () => {
    const line = json<Timeline>(['timeline', '--entity', 'Medvedev']);
    expect(line.events.map((e) => e.value)).toEqual(['1945', '2024-01-30', '2024-02-01']);
    const human = runCli(['timeline', '--entity', 'Medvedev', '--db', db]);
    expect(human.stdout.split('\n')[0]).toBe('1945        The island was taken by Soviet troops in 1945, and no peace treaty has been signed since.');
  });
});

describe('newsgraph places', () => {
  it('prints GeoJSON with --json and a table otherwise', () => {
    const places = json<PlacesCollection>(['places', '--country', 'Japan']);
    expect(places.type).toBe('FeatureCollection');
    expect(places.features.map((f) => f.properties.name)).toEqual(['Japan', 'Tokyo', 'Osaka', 'Nemuro', 'Hokkaido']);
    expect(places.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [139.69, 35.69] });
    const human = runCli(['places', 'cyclone', '--db', db]);
    expect(human.stdout).toContain('Suva (city, FJ) -18.14, 178.44  1 mention  geonames:2198148');
  });
});

describe('newsgraph network', () => {
  it('lists the heaviest pairs, and nodes and edges in JSON', () => {
    const network = json<Network>(['network', '--types', 'location', '--min-weight', '3']);
    expect(network.edges).toHaveLength(1);
    expect(network.nodes.map((n) => n.name).sort()).toEqual(['Japan', 'Russia']);
    const human = runCli(['network', '--entity', 'Kishida', '--types', 'person', '--db', db]);
    expect(human.stdout).toContain('1  Dmitry Medvedev — Fumio Kishida');
    expect(runCli(['network', '--types', 'planet', '--db', db]).code).toBe(2);
  });
});
