/** GET /search over the real SQLite store: the capped count, next cursors and the bounded offset over HTTP. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/serve/server.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { SearchPage } from '../../src/store/store.js';
import { makeRecord } from '../store/articles.js';

const VILLAGES = ['Nausori', 'Levuka', 'Savusavu', 'Labasa'];

let dir = '';
let store: SqliteStore;
let app: FastifyInstance;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-search-'));
  store = new SqliteStore(join(dir, 'corpus.db'));
  store.put(
    Array.from({ length: 25 }, (_, n) =>
      makeRecord({
        id: `water-${n}`,
        // Short and numbered: never a near-duplicate of another.
        text: `Notice ${n}: water supply to ${VILLAGES[n % VILLAGES.length]} resumes after ${n + 2} hours of repairs.`,
        title: n % 5 === 0 ? 'Water supply restored' : `Utility notice ${n}`,
        published: `2025-03-${String(1 + n).padStart(2, '0')}`,
        siteDomain: 'utilitywatch.example',
      }),
    ),
  );
  app = createServer({ store });
});

afterAll(async () => {
  await app.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function page(query: string): Promise<SearchPage> {
  const response = await app.inject({ method: 'GET', url: `/search?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return JSON.parse(response.body) as SearchPage;
}

describe('GET /search paging', () => {
  it('answers the total, totalExact and next, and follows next to the last page', async () => {
    const whole = await page('q=water&limit=100');
    expect(whole).toMatchObject({ total: 25, totalExact: true, next: null });
    const ids: string[] = [];
    let current = await page('q=water&limit=6');
    ids.push(...current.hits.map((hit) => hit.id));
    while (current.next !== null) {
      current = await page(`q=water&limit=6&after=${current.next}`);
      ids.push(...current.hits.map((hit) => hit.id));
    }
    expect(ids).toEqual(whole.hits.map((hit) => hit.id));
    expect(whole).toEqual(JSON.parse(JSON.stringify(store.search({ text: 'water', limit: 100, offset: 0, includeDuplicates: false }))));
  });

  it('refuses a cursor of another query, a malformed one and an offset past the bound', async () => {
    const first = await page('q=&limit=3');
    expect(first.next).not.toBeNull();
    const other = await app.inject({ method: 'GET', url: `/search?q=water&after=${first.next ?? ''}` });
    expect(other.statusCode).toBe(400);
    expect(JSON.parse(other.body)).toMatchObject({ code: 'bad-request' });
    expect((await app.inject({ method: 'GET', url: '/search?q=water&after=no%20spaces' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/search?q=water&offset=10001' })).statusCode).toBe(400);
  });
});
