import { describe, expect, it } from 'vitest';
import { BindingError, checkBinding, isLoopbackHost, tokensMatch } from '../../src/serve/auth.js';
import { createServer } from '../../src/serve/server.js';
import { fakeStore } from './fake-store.js';
import { RUGBY, errorBody, openTestServer } from './fixture.js';

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]', '::ffff:127.0.0.1'])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', '10.0.0.5', 'example.com', '127.0.0.1.example.com', '128.0.0.1'])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('checkBinding', () => {
  it('lets loopback start without a token', () => {
    expect(() => checkBinding('127.0.0.1', undefined)).not.toThrow();
  });

  it('refuses any other host without a token, saying what to do', () => {
    expect(() => checkBinding('0.0.0.0', undefined)).toThrow(BindingError);
    expect(() => checkBinding('0.0.0.0', '')).toThrow(/set NEWSGRAPH_TOKEN/);
    expect(() => checkBinding('0.0.0.0', 'a-long-random-secret')).not.toThrow();
  });

  it('is applied by createServer when a host is given', () => {
    expect(() => createServer({ store: fakeStore({}), host: '0.0.0.0' })).toThrow(BindingError);
    expect(() => createServer({ store: fakeStore({}), host: '::' })).toThrow(BindingError);
    expect(() => createServer({ store: fakeStore({}), host: '0.0.0.0', token: 'a-long-random-secret' })).not.toThrow();
  });
});

describe('tokensMatch', () => {
  it('compares whole tokens, whatever their lengths', () => {
    expect(tokensMatch('correct horse', 'correct horse')).toBe(true);
    expect(tokensMatch('correct hors', 'correct horse')).toBe(false);
    expect(tokensMatch('', 'correct horse')).toBe(false);
    expect(tokensMatch('correct horse battery', 'correct horse')).toBe(false);
  });
});

describe('writes', () => {
  const post = { method: 'POST' as const, url: '/articles', payload: JSON.stringify(RUGBY), headers: { 'content-type': 'application/json' } };

  it('need no token on loopback when none is configured', async () => {
    const server = openTestServer({ host: '127.0.0.1' });
    try {
      const response = await server.app.inject(post);
      expect(response.statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('need the bearer token on a server bound beyond loopback', async () => {
    const server = openTestServer({ host: '0.0.0.0', token: 'tide-table-42' });
    try {
      const missing = await server.app.inject(post);
      expect(missing.statusCode).toBe(401);
      expect(errorBody(missing.body)).toEqual({ code: 'unauthorized', message: 'writes need an "Authorization: Bearer <token>" header' });

      const wrong = await server.app.inject({ ...post, headers: { ...post.headers, authorization: 'Bearer tide-table-43' } });
      expect(wrong.statusCode).toBe(401);
      expect(errorBody(wrong.body).code).toBe('unauthorized');

      const basic = await server.app.inject({ ...post, headers: { ...post.headers, authorization: 'Basic dGlkZS10YWJsZS00Mg==' } });
      expect(basic.statusCode).toBe(401);

      expect(server.store.counts().articles).toBe(0);

      const right = await server.app.inject({ ...post, headers: { ...post.headers, authorization: 'Bearer tide-table-42' } });
      expect(right.statusCode).toBe(200);
      expect(server.store.counts().articles).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('check the token before reading the body', async () => {
    const server = openTestServer({ host: '0.0.0.0', token: 'tide-table-42' });
    try {
      const response = await server.app.inject({ ...post, payload: '{not json' });
      expect(response.statusCode).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('leave reads open', async () => {
    const server = openTestServer({ host: '0.0.0.0', token: 'tide-table-42' });
    try {
      expect((await server.app.inject({ method: 'GET', url: '/search?q=rugby' })).statusCode).toBe(200);
      expect((await server.app.inject({ method: 'GET', url: '/stats' })).statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });
});
