/**
 * The corpus routes over the real SQLite store (the store's own entity test corpus): each answer
 * over HTTP is exactly what the Store method returns, so the response schemas drop nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/serve/server.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { entityCorpus } from '../store/entity-articles.js';

let dir = '';
let store: SqliteStore;
let app: FastifyInstance;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-corpus-'));
  store = new SqliteStore(join(dir, 'corpus.db'));
  store.put(entityCorpus());
  app = createServer({ store });
});

afterAll(async () => {
  await app.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(url: string): Promise<unknown> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return JSON.parse(response.body);
}

/** What the store returns, as JSON would carry it. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('corpus routes over SQLite', () => {
  it('resolves a name and profiles the entity it means', async () => {
    const resolved = (await get('/entities?q=Medvedev')) as { matches: { id: string }[] };
    expect(resolved.matches).toEqual(asJson(store.resolveEntity('Medvedev')));
    const id = resolved.matches[0]?.id ?? '';
    expect(id).not.toBe('');
    const profile = await get(`/entities/${encodeURIComponent(id)}?interval=year`);
    expect(profile).toEqual(asJson(store.entityProfile({ id, interval: 'year', limitCoMentions: 10, limitArticles: 10 })));
    expect(profile).toMatchObject({ id, type: 'person' });
  });

  it('answers quotes, timeline, places and network exactly as the store does', async () => {
    expect(await get('/quotes?speaker=Medvedev')).toEqual(asJson(store.quotes({ speaker: 'Medvedev', limit: 20, offset: 0, includeDuplicates: false })));
    expect(await get('/timeline?entity=Medvedev')).toEqual(asJson(store.timeline({ entity: 'Medvedev', limit: 100, includeDuplicates: false })));
    const places = await get('/places?entity=Medvedev');
    expect(places).toEqual(asJson(store.places({ entity: 'Medvedev', limit: 200, includeDuplicates: false })));
    expect((places as { features: unknown[] }).features.length).toBeGreaterThan(0);
    const network = await get('/network?types=person,location');
    expect(network).toEqual(asJson(store.network({ types: ['person', 'location'], minWeight: 1, limit: 100, includeDuplicates: false })));
    expect((network as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
  });

  it('filters search by entity', async () => {
    const page = (await get('/search?entity=Medvedev')) as { total: number };
    expect(page).toEqual(asJson(store.search({ text: '', entity: 'Medvedev', limit: 20, offset: 0, includeDuplicates: false })));
    expect(page.total).toBeGreaterThan(0);
  });
});
