import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/serve/server.js';
import { type Asked, fakeStore } from './fake-store.js';
import { errorBody } from './fixture.js';

const asked: Asked = {};
let app: FastifyInstance;

beforeAll(() => {
  app = createServer({ store: fakeStore(asked) });
});

afterAll(async () => {
  await app.close();
});

async function get(url: string): Promise<{ status: number; json: Record<string, unknown>; type: string }> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, json: JSON.parse(response.body) as Record<string, unknown>, type: String(response.headers['content-type']) };
}

describe('GET /entities?q=', () => {
  it('lists what a name may mean', async () => {
    const { status, json } = await get('/entities?q=ana');
    expect(status).toBe(200);
    expect(json['matches']).toEqual([
      expect.objectContaining({ id: 'name:person/ana-folau', matchedBy: 'name', articles: 4 }),
      expect.objectContaining({ id: 'name:person/ana-tupou', matchedBy: 'alias' }),
    ]);
    expect(json['suggestions']).toEqual([]);
  });

  it('offers close names when nothing matches', async () => {
    const { status, json } = await get('/entities?q=Tonnga');
    expect(status).toBe(200);
    expect(json['matches']).toEqual([]);
    expect(json['suggestions']).toEqual([expect.objectContaining({ id: 'iso3166-1:TO' })]);
  });

  it('needs q', async () => {
    const { status, json } = await get('/entities');
    expect(status).toBe(400);
    expect(json).toEqual({ code: 'bad-request', message: 'missing query parameter "q"' });
  });
});

describe('GET /entities/:id', () => {
  it('answers a profile for a URL-encoded id, with the defaults filled in', async () => {
    const { status, json } = await get(`/entities/${encodeURIComponent('name:person/ana-folau')}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({ id: 'name:person/ana-folau', name: 'Ana Folau', roles: [{ text: 'volcanologist', articles: 3 }] });
    expect(asked.profile).toEqual({ id: 'name:person/ana-folau', interval: 'month', limitCoMentions: 10, limitArticles: 10 });
  });

  it('accepts a name that means one entity, and passes the bounds and sizes on', async () => {
    const { status } = await get("/entities/Nuku'alofa?from=2025-01&to=2025-03-31&interval=week&coMentions=3&articles=0");
    expect(status).toBe(200);
    expect(asked.profile).toEqual({ id: 'geonames:4032402', from: '2025-01', to: '2025-03-31', interval: 'week', limitCoMentions: 3, limitArticles: 0 });
  });

  it('refuses a name that means several entities with a 409 listing them', async () => {
    const { status, json } = await get('/entities/Ana');
    expect(status).toBe(409);
    expect(json['code']).toBe('ambiguous');
    expect(json['message']).toContain('name:person/ana-folau');
    expect(json['message']).toContain('name:person/ana-tupou');
  });

  it('answers 404 with close names for an unknown entity', async () => {
    const { status, json } = await get('/entities/Tongaa');
    expect(status).toBe(404);
    expect(json).toEqual({ code: 'not-found', message: 'entity "Tongaa" matches no entity; close names: Tonga (iso3166-1:TO, location)' });
  });

  it('refuses an unknown interval, naming the values it takes', async () => {
    const { status, json } = await get('/entities/Tonga?interval=decade');
    expect(status).toBe(400);
    expect(json['message']).toBe('query parameter "interval" must be one of day, week, month, year');
  });
});

describe('GET /quotes', () => {
  it('passes speaker, words, subject, bounds and paging to the store', async () => {
    const { status, json } = await get('/quotes?speaker=Ana%20Folau&q=eruption&about=Tonga&from=2025&to=2025-06&limit=5&offset=10');
    expect(status).toBe(200);
    expect(asked.quotes).toEqual({ speaker: 'Ana Folau', text: 'eruption', about: 'Tonga', from: '2025', to: '2025-06', limit: 5, offset: 10, includeDuplicates: false });
    expect(json['total']).toBe(1);
    expect(json['quotes']).toEqual([expect.objectContaining({ text: 'The activity is moderate for now', verb: 'say', speaker: { name: 'Ana Folau', role: 'scientist', entity: 'name:person/ana-folau' } })]);
  });

  it('answers 404 when the subject is no known entity', async () => {
    const { status, json } = await get('/quotes?about=Atlantis');
    expect(status).toBe(404);
    expect(errorBody(JSON.stringify(json)).message).toBe('about "Atlantis" matches no entity');
  });
});

describe('GET /timeline', () => {
  it("gives the dates of an entity's articles with the defaults filled in", async () => {
    const { status, json } = await get('/timeline?entity=Tonga');
    expect(status).toBe(200);
    expect(asked.timeline).toEqual({ entity: 'Tonga', limit: 100, includeDuplicates: false });
    expect(json['events']).toEqual([expect.objectContaining({ value: '2015', sentence: 'The volcano last woke in 2015.' })]);
  });

  it('takes a search instead, and duplicates on request', async () => {
    await get('/timeline?q=volcano&from=2010&to=2025-12-31&limit=3&duplicates=true');
    expect(asked.timeline).toEqual({ query: 'volcano', from: '2010', to: '2025-12-31', limit: 3, includeDuplicates: true });
  });
});

describe('GET /places', () => {
  it('answers GeoJSON with its media type', async () => {
    const { status, json, type } = await get('/places?country=TO&limit=10');
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/geo\+json/);
    expect(asked.places).toEqual({ country: 'TO', limit: 10, includeDuplicates: false });
    expect(json).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-175.2, -21.13] }, properties: { id: 'geonames:4032402', name: "Nuku'alofa", kind: 'city', cc: 'TO', articles: 3, mentions: 5 } }],
      sampled: false,
    });
  });

  it('answers errors as JSON', async () => {
    const { status, json, type } = await get('/places?limit=0');
    expect(status).toBe(400);
    expect(type).toMatch(/^application\/json/);
    expect(json['code']).toBe('bad-request');
  });
});

describe('GET /network', () => {
  it('passes types (comma-separated or repeated) and weights on', async () => {
    const { status, json } = await get('/network?q=volcano&types=person,location&types=person&minWeight=2&limit=50');
    expect(status).toBe(200);
    expect(asked.network).toEqual({ query: 'volcano', types: ['person', 'location'], minWeight: 2, limit: 50, includeDuplicates: false });
    expect(json['edges']).toEqual([{ source: 'name:person/ana-folau', target: 'iso3166-1:TO', weight: 4 }]);
  });

  it('refuses an unknown entity type', async () => {
    const { status, json } = await get('/network?types=person,animal');
    expect(status).toBe(400);
    expect(json['message']).toContain('query parameter "types[0]" must match pattern');
  });
});

describe('GET /search on the fake store', () => {
  it('maps the query string onto SearchQuery', async () => {
    await get('/search?q=%22undersea%20vent%22&site=tongadaily.example&author=folau&has=quotes,dates&language=en&duplicates=true&limit=7&offset=14');
    expect(asked.search).toEqual({ text: '"undersea vent"', site: 'tongadaily.example', author: 'folau', has: ['quotes', 'dates'], language: 'en', includeDuplicates: true, limit: 7, offset: 14 });
    await get('/search?entity=Tonga&person=Ana%20Folau&place=Nuku%27alofa&country=TO&has=entities');
    expect(asked.search).toEqual({ text: '', entity: 'Tonga', person: 'Ana Folau', place: "Nuku'alofa", country: 'TO', has: ['entities'], includeDuplicates: false, limit: 20, offset: 0 });
  });
});
