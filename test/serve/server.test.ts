import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/serve/server.js';
import { fieldPath } from '../../src/serve/validation-message.js';
import { fakeStore } from './fake-store.js';
import { errorBody } from './fixture.js';

describe('a failure inside the store', () => {
  it('is a 500 in the error shape, with no stack trace or internal message', async () => {
    const store = fakeStore({});
    store.search = () => {
      throw new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/data/corpus.db');
    };
    const app = createServer({ store });
    try {
      const response = await app.inject({ method: 'GET', url: '/search?q=flood' });
      expect(response.statusCode).toBe(500);
      expect(errorBody(response.body)).toEqual({ code: 'internal', message: 'internal error: the server could not answer this request' });
      expect(response.body).not.toContain('SQLITE');
      expect(response.body).not.toContain('at ');
    } finally {
      await app.close();
    }
  });
});

describe('CORS', () => {
  it('is off by default', async () => {
    const app = createServer({ store: fakeStore({}) });
    try {
      const response = await app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://maps.example' } });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await app.inject({ method: 'OPTIONS', url: '/articles', headers: { origin: 'https://maps.example', 'access-control-request-method': 'POST' } });
      expect(preflight.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('allows the one origin given, preflight included', async () => {
    const app = createServer({ store: fakeStore({}), cors: 'https://maps.example' });
    try {
      const response = await app.inject({ method: 'GET', url: '/places', headers: { origin: 'https://maps.example' } });
      expect(response.headers['access-control-allow-origin']).toBe('https://maps.example');
      const preflight = await app.inject({ method: 'OPTIONS', url: '/articles', headers: { origin: 'https://maps.example', 'access-control-request-method': 'POST' } });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-methods']).toContain('POST');
      expect(preflight.headers['access-control-allow-headers']).toContain('Authorization');
    } finally {
      await app.close();
    }
  });
});

describe('fieldPath', () => {
  it('writes JSON pointers as paths people read', () => {
    expect(fieldPath('/limit')).toBe('limit');
    expect(fieldPath('/0/url')).toBe('[0].url');
    expect(fieldPath('', 'q')).toBe('q');
    expect(fieldPath('/2', 'author')).toBe('[2].author');
    expect(fieldPath('/a~1b')).toBe('a/b');
  });
});
