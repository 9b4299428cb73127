import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BindingError } from '../../src/serve/auth.js';
import { type RunningServer, listen } from '../../src/serve/listen.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUGBY } from './fixture.js';

let dir = '';
let store: SqliteStore;
let running: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-listen-'));
  store = new SqliteStore(join(dir, 'corpus.db'));
  running = await listen({ store, host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await running.app.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('listen', () => {
  it('serves over loopback on the port it picked', async () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${running.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('takes a document and finds it again, over the wire', async () => {
    const posted = await fetch(`${running.url}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(RUGBY) });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ results: [{ id: 'rugby-semi', outcome: 'stored', duplicateOf: null, duplicateReason: null, error: null }] });
    const found = await fetch(`${running.url}/search?q=Lawaqa`);
    const page = (await found.json()) as { total: number; hits: { id: string }[] };
    expect(page.total).toBe(1);
    expect(page.hits[0]?.id).toBe('rugby-semi');
  });

  it('refuses to start beyond loopback without a token', async () => {
    await expect(listen({ store, host: '0.0.0.0', port: 0 })).rejects.toThrow(BindingError);
  });
});
