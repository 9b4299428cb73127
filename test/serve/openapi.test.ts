import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { createServer } from '../../src/serve/server.js';
import { fakeStore } from './fake-store.js';

interface Operation {
  summary?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type OpenApi = { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>> };

let app: FastifyInstance;
const routes: { method: string; url: string }[] = [];
let document: OpenApi;

beforeAll(async () => {
  app = createServer({ store: fakeStore({}) });
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  const response = await app.inject({ method: 'GET', url: '/openapi.json' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  document = JSON.parse(response.body) as OpenApi;
});

afterAll(async () => {
  await app.close();
});

/** /articles/:id as OpenAPI writes it: /articles/{id}. */
const openApiPath = (url: string): string => url.replace(/:(\w+)/g, '{$1}');

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document naming the API', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('newsgraph');
  });

  it('lists every route the server has, and only those', () => {
    expect(routes).toHaveLength(12);
    const listed = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect(listed.sort()).toEqual(routes.map((route) => `${route.method} ${openApiPath(route.url)}`).sort());
    expect(listed).toEqual(expect.arrayContaining([
      'GET /health', 'GET /openapi.json', 'GET /search', 'GET /stats', 'GET /articles/{id}', 'POST /articles',
      'GET /entities', 'GET /entities/{id}', 'GET /quotes', 'GET /timeline', 'GET /places', 'GET /network',
    ]));
  });

  it('gives every route a summary, a success response and the error shape', () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
        expect(Object.keys(operation.responses), `${method} ${path}`).toContain('200');
        expect(Object.keys(operation.responses), `${method} ${path}`).toContain('500');
      }
    }
  });

  it('documents every search filter and the posted document', () => {
    const search = document.paths['/search']?.['get'];
    expect(search?.parameters?.map((parameter) => parameter.name).sort()).toEqual(['after', 'author', 'country', 'duplicates', 'entity', 'from', 'has', 'language', 'limit', 'offset', 'person', 'place', 'q', 'site', 'to']);
    const post = document.paths['/articles']?.['post'];
    expect(JSON.stringify(post?.requestBody)).toContain('"html"');
    expect(Object.keys(post?.responses ?? {})).toEqual(expect.arrayContaining(['401', '413', '415']));
    expect(Object.keys(document.paths['/places']?.['get']?.responses['200']?.content ?? {})).toEqual(['application/geo+json']);
  });
});
