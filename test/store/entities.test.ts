/** Entities in the store: what is written, the corpus-wide counts, and name resolution. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { entityCorpus } from './entity-articles.js';

let dir = '';
let path = '';
let store: SqliteStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-entities-'));
  path = join(dir, 'corpus.db');
  store = new SqliteStore(path);
  const results = store.put(entityCorpus());
  expect(results.map((r) => r.outcome)).toEqual(['stored', 'stored', 'stored', 'stored', 'stored', 'stored']);
  expect(results.at(-1)?.duplicateOf).toBe('kuril-visit');
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function rows<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

describe('storing entities', () => {
  it('writes one row per entity and per mention for every article, duplicates included', () => {
    const perArticle = rows<{ id: string; n: number }>(
      'SELECT a.id, COUNT(*) AS n FROM article_entities ae JOIN articles a ON a.key = ae.article GROUP BY a.id ORDER BY a.id',
    );
    expect(perArticle).toEqual([
      { id: 'fishing-talks', n: 5 },
      { id: 'kuril-visit', n: 5 },
      { id: 'kuril-visit-update', n: 5 },
      { id: 'osaka-fair', n: 1 },
      { id: 'suva-cyclone', n: 3 },
      { id: 'tokyo-protest', n: 5 },
    ]);
    const mentions = rows<{ layer: string; text: string; form: string }>(
      `SELECT m.layer, m.text, m.form FROM entity_mentions m JOIN articles a ON a.key = m.article JOIN entities e ON e.key = m.entity
       WHERE a.id = 'kuril-visit' AND e.id = 'name:person/dmitry-medvedev' ORDER BY m.layer = 'title' DESC, m.start_offset`,
    );
    expect(mentions).toEqual([
      { layer: 'title', text: 'Medvedev', form: 'name' },
      { layer: 'text', text: 'Dmitry Medvedev', form: 'name' },
      { layer: 'text', text: 'Medvedev', form: 'partial' },
    ]);
  });

  it('counts articles and mentions per entity over originals only', () => {
    const medvedev = store.resolveEntity('name:person/dmitry-medvedev');
    expect(medvedev).toEqual([{ id: 'name:person/dmitry-medvedev', type: 'person', kind: null, name: 'Dmitry Medvedev', articles: 2, mentions: 4, matchedBy: 'id' }]);
    const [japan] = store.resolveEntity('Japan');
    expect(japan).toMatchObject({ id: 'iso3166-1:JP', articles: 3, matchedBy: 'name' });
  });

  it('marks how central an entity is to its article', () => {
    const salience = rows<{ id: string; in_title: number; salience: number }>(
      `SELECT e.id, ae.in_title, ae.salience FROM article_entities ae JOIN entities e ON e.key = ae.entity JOIN articles a ON a.key = ae.article
       WHERE a.id = 'kuril-visit' ORDER BY ae.salience DESC`,
    );
    expect(salience[0]?.id).toBe('name:person/dmitry-medvedev');
    expect(salience.find((row) => row.id === 'geonames:1850147')).toMatchObject({ in_title: 0 });
    for (const row of salience) expect(row.salience).toBeGreaterThanOrEqual(0);
  });

  it('stores the speaker entity of each quote', () => {
    const quotes = rows<{ speaker: string; speaker_entity: string | null }>('SELECT speaker, speaker_entity FROM quotes ORDER BY speaker');
    expect(quotes).toContainEqual({ speaker: 'Kenji Sato', speaker_entity: null });
    expect(quotes).toContainEqual({ speaker: 'Fumio Kishida', speaker_entity: 'name:person/fumio-kishida' });
  });
});

describe('resolveEntity', () => {
  it('finds an entity by id, canonical name, alias or a surname written in an article, whatever the case', () => {
    expect(store.resolveEntity('iso3166-1:JP').map((m) => m.matchedBy)).toEqual(['id']);
    expect(store.resolveEntity('nippon')).toMatchObject([{ id: 'iso3166-1:JP', matchedBy: 'alias' }]);
    expect(store.resolveEntity('Etorofu')).toMatchObject([{ id: 'ng:place/iturup' }]);
    expect(store.resolveEntity('MEDVEDEV')).toMatchObject([{ id: 'name:person/dmitry-medvedev', matchedBy: 'alias' }]);
    expect(store.resolveEntity('Atlantis')).toEqual([]);
  });

  it('lists every entity sharing a name, the most mentioned first', () => {
    // "Prime Minister" is a role, not a name: it resolves to nobody.
    expect(store.resolveEntity('Prime Minister')).toEqual([]);
    const sato = store.resolveEntity('Kenji Sato');
    expect(sato.map((m) => m.id)).toEqual(['name:person/kenji-sato']);
  });

  it('suggests close names for a misspelling', () => {
    expect(store.suggestEntities('Medvedv', 5).map((m) => m.id)).toContain('name:person/dmitry-medvedev');
    expect(store.suggestEntities('Kishda', 5).map((m) => m.id)).toEqual(['name:person/fumio-kishida']);
    expect(store.suggestEntities('Zzyzx', 5)).toEqual([]);
  });
});
