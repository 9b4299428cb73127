import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import type { ArticleRecord } from '../../src/record/schema.js';
import type { InputItem } from '../../src/input/document.js';
import { readJsonl } from '../../src/input/jsonl.js';
import type { SearchPage, StoreCounts } from '../../src/store/store.js';
import { FERRY, MARKET, RUGBY, type TestServer, errorBody, openTestServer } from './fixture.js';

let server: TestServer;

async function* chunksOf(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, 'utf8');
}

interface PostedResult {
  id: string;
  outcome: string;
  duplicateOf: string | null;
  duplicateReason: string | null;
  error: { code: string; message: string } | null;
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const response = await server.app.inject({ method: 'POST', url: '/articles', payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  return { status: response.statusCode, body: response.body };
}

async function get(url: string): Promise<{ status: number; body: string; type: string }> {
  const response = await server.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.body, type: String(response.headers['content-type']) };
}

beforeAll(async () => {
  server = openTestServer();
  const { status, body } = await post([FERRY, RUGBY, MARKET]);
  expect(status, body).toBe(200);
});

afterAll(async () => {
  await server.close();
});

describe('GET /health and /stats', () => {
  it('says the server is up and which version serves', async () => {
    const { status, body } = await get('/health');
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ status: 'ok', version: expect.any(String) });
  });

  it('counts what the corpus holds', async () => {
    const { status, body } = await get('/stats');
    expect(status).toBe(200);
    expect(JSON.parse(body) as StoreCounts).toEqual({ articles: 3, duplicates: 0, failures: 0, sameContent: 0 });
  });
});

describe('POST /articles', () => {
  it('runs the real pipeline and stores the records it makes', async () => {
    const { body } = await get('/articles/ferry-kadavu');
    const record = JSON.parse(body) as ArticleRecord;
    expect(record.title).toBe('Inter-island ferry returns to Kadavu route after repairs');
    expect(record.site).toEqual({ name: 'Coral Coast Times', domain: 'coralcoasttimes.example' });
    expect(record.source.container).toEqual({ kind: 'jsonl', index: 0 });
    expect(record.text).toContain('Vatulele Star sailed from Suva');
    expect(record.text).not.toContain('Copyright');
    expect(record.quotes.map((quote) => quote.text).join(' ')).toContain('waited a long time for this boat');
  });

  it('gives a posted document the record the same JSON Lines line would get', async () => {
    const lines = [FERRY, RUGBY, MARKET].map((document) => JSON.stringify(document)).join('\n');
    const items: InputItem[] = [];
    for await (const item of readJsonl(chunksOf(lines), { path: null, maxBytes: 1 << 20 })) items.push(item);
    const item = items[1];
    if (item?.kind !== 'document') throw new Error('expected a document');
    const expected = createPipeline().process(item.document);
    const { body } = await get('/articles/rugby-semi');
    expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('reports each document in order and stores nothing twice', async () => {
    const { status, body } = await post([RUGBY, { ...FERRY, id: 'ferry-copy' }]);
    expect(status).toBe(200);
    const { results } = JSON.parse(body) as { results: PostedResult[] };
    expect(results.map((result) => [result.id, result.outcome])).toEqual([
      ['rugby-semi', 'already-stored'],
      ['ferry-copy', 'same-content'],
    ]);
  });

  it('accepts one document as well as an array, deriving the id from the URL when none is given', async () => {
    const story = {
      url: 'https://coralcoasttimes.example/news/2025/03/reef-survey',
      body: 'Divers from the marine institute counted fewer bleached corals on the Beqa lagoon reefs this summer than in any year since surveys began in 2016, a result they credited to cooler sea temperatures in January.',
      published: '2025-03-02T10:00:00+12:00',
    };
    const { status, body } = await post(story);
    expect(status).toBe(200);
    const [result] = (JSON.parse(body) as { results: PostedResult[] }).results;
    expect(result).toMatchObject({ outcome: 'stored', duplicateOf: null, error: null });
    expect(result?.id).toMatch(/^[0-9a-f]{16}$/);
    const stored = JSON.parse((await get(`/articles/${result?.id ?? ''}`)).body) as ArticleRecord;
    expect(stored.published).toEqual({ value: '2025-03-02T10:00:00+12:00', from: 'input', detail: 'input:published' });
  });

  it('keeps a numeric id as a string, as the JSON Lines reader does', async () => {
    const { body } = await post({ id: 2025031, body: 'Council workers in Lautoka repainted the pedestrian crossings outside four primary schools over the weekend, ahead of the new term on Monday.' });
    expect((JSON.parse(body) as { results: PostedResult[] }).results[0]).toMatchObject({ id: '2025031', outcome: 'stored' });
  });

  it('refuses more than 100 documents in one request', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ id: `brief-${i}`, body: `Brief number ${i}.` }));
    const { status, body } = await post(many);
    expect(status).toBe(400);
    expect(errorBody(body).message).toBe('body: Too big: expected array to have <=100 items');
  });

  it('stores a document the pipeline cannot extract as a failure and says why', async () => {
    const { status, body } = await post({ id: 'menu-only', html: '<html><body><nav><a href="/">Home</a></nav></body></html>' });
    expect(status).toBe(200);
    const [result] = (JSON.parse(body) as { results: PostedResult[] }).results;
    expect(result).toMatchObject({ id: 'menu-only', outcome: 'failed', error: { code: 'extract/no-text' } });
  });

  it.each([
    [{ id: 'x', html: '<p>a</p>', text: 'a' }, 'body has "html" and "text"; expected exactly one'],
    [{ id: 'x', title: 'No content' }, 'body has none of "html", "text" or "body"'],
    [[RUGBY, { id: 'x', body: '   ' }], 'body[1].body is empty'],
    [{ id: 'x', body: 'Some words.', published: '2025-02-30' }, 'body.published'],
    [[{ id: 'x', body: 'Some words.', author: 'Someone' }], 'body[0] has unknown field "author"'],
    [{ id: 'x', body: 42 }, 'body.body: Invalid input: expected string, received number'],
    [[], 'body: Too small: expected array to have >=1 items'],
    ['a story', 'the request body must be a document object or an array of them'],
  ])('refuses %j with a 400 naming the problem', async (document, message) => {
    const { status, body } = await post(document);
    expect(status).toBe(400);
    const error = errorBody(body);
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain(message);
  });

  it('refuses a body that is not JSON, an empty body and other content types', async () => {
    const broken = await server.app.inject({ method: 'POST', url: '/articles', payload: '{"id": "x", "body": "unfinished', headers: { 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(errorBody(broken.body)).toMatchObject({ code: 'bad-request', message: expect.stringContaining('not valid JSON') });

    const empty = await server.app.inject({ method: 'POST', url: '/articles', payload: '', headers: { 'content-type': 'application/json' } });
    expect(empty.statusCode).toBe(400);
    expect(errorBody(empty.body).message).toContain('empty');

    const plain = await server.app.inject({ method: 'POST', url: '/articles', payload: 'Just some words', headers: { 'content-type': 'text/plain' } });
    expect(plain.statusCode).toBe(415);
    expect(errorBody(plain.body).code).toBe('unsupported-media-type');
  });

  it('refuses a body over the limit with a 413', async () => {
    const small = openTestServer({ bodyLimit: 1024 });
    try {
      const response = await small.app.inject({
        method: 'POST',
        url: '/articles',
        payload: JSON.stringify({ id: 'long', body: RUGBY.body.repeat(5) }),
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(413);
      expect(errorBody(response.body)).toEqual({ code: 'too-large', message: 'the request body is larger than the limit of 1024 bytes' });
      expect(small.store.counts().articles).toBe(0);
    } finally {
      await small.close();
    }
  });
});

describe('GET /articles/:id', () => {
  it('answers 404 with the error shape for an unknown id', async () => {
    const { status, body } = await get('/articles/no-such-story');
    expect(status).toBe(404);
    expect(errorBody(body)).toEqual({ code: 'not-found', message: 'no stored article has the id "no-such-story"' });
  });
});

describe('GET /search', () => {
  async function search(query: string): Promise<SearchPage> {
    const { status, body } = await get(`/search?${query}`);
    expect(status, body).toBe(200);
    return JSON.parse(body) as SearchPage;
  }

  it('finds articles by their words, with highlighted snippets', async () => {
    const page = await search('q=propeller');
    expect(page.total).toBe(1);
    const [hit] = page.hits;
    expect(hit?.id).toBe('ferry-kadavu');
    expect(hit?.highlights.map(({ start, end }) => hit.snippet.slice(start, end).toLowerCase())).toEqual(['propeller']);
  });

  it('lists every article newest first for an empty query, one page at a time', async () => {
    const all = await search('');
    const stored = (JSON.parse((await get('/stats')).body) as StoreCounts).articles;
    expect(all.total).toBe(stored);
    const ids = all.hits.map((hit) => hit.id);
    const page = await search('limit=2&offset=1');
    expect(page.total).toBe(stored);
    expect(page.hits.map((hit) => hit.id)).toEqual(ids.slice(1, 3));
    expect(ids.indexOf('rugby-semi')).toBeLessThan(ids.indexOf('kava-prices'));
  });

  it('applies every filter of the command line', async () => {
    expect((await search('site=islandsport.example')).hits.map((hit) => hit.id)).toEqual(['rugby-semi']);
    expect((await search('from=2025-02&to=2025-02')).hits.map((hit) => hit.id)).toEqual(['kava-prices']);
    expect((await search('author=tuivaga')).hits.map((hit) => hit.id)).toEqual(['ferry-kadavu']);
    expect((await search('language=en')).total).toBeGreaterThanOrEqual(3);
    expect((await search('language=fr')).total).toBe(0);
    const quoted = (await search('has=quotes')).hits.map((hit) => hit.id).sort();
    expect(quoted).toEqual(['ferry-kadavu', 'rugby-semi']);
    expect((await search('has=quotes,authors')).hits.map((hit) => hit.id)).toEqual(['ferry-kadavu']);
    expect((await search('has=quotes&has=authors')).hits.map((hit) => hit.id)).toEqual(['ferry-kadavu']);
    expect((await search('q=final&duplicates=true')).total).toBe(1);
  });

  it.each([
    ['limit=0', 'query parameter "limit" must be >= 1'],
    ['limit=many', 'query parameter "limit" must be integer'],
    ['offset=-1', 'query parameter "offset" must be >= 0'],
    ['from=March', 'query parameter "from" must match pattern'],
    ['has=pictures', 'query parameter "has[0]" must match pattern'],
    ['duplicates=perhaps', 'query parameter "duplicates" must be boolean'],
    ['sort=date', 'unknown query parameter "sort"'],
  ])('refuses %s with a 400 naming the parameter', async (query, message) => {
    const { status, body } = await get(`/search?${query}`);
    expect(status).toBe(400);
    const error = errorBody(body);
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain(message);
  });
});

describe('errors', () => {
  it('answers an unknown route with 404 in the error shape', async () => {
    const { status, body } = await get('/nowhere?x=1');
    expect(status).toBe(404);
    expect(errorBody(body)).toEqual({ code: 'not-found', message: 'no route GET /nowhere: see /openapi.json' });
  });
});
