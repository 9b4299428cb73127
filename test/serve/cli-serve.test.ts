import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { BUILD_TIMEOUT_MS, CLI, ROOT, ensureBuilt, runCli } from '../cli/cli-harness.js';
import { MARKET } from './fixture.js';

let dir = '';

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-serve-'));
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `newsgraph serve` and resolves with the URL it prints. */
function startServe(args: readonly string[], env: Record<string, string> = {}): Promise<{ child: ChildProcessWithoutNullStreams; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      if (url !== undefined) resolve({ child, url, stderr: () => stderr });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${String(code)} before listening: ${stderr}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('newsgraph serve', () => {
  it('creates the database, serves it, and closes it cleanly on SIGTERM', async () => {
    const db = join(dir, 'fresh.db');
    const { child, url, stderr } = await startServe(['--db', db, '--port', '0']);
    try {
      expect(existsSync(db)).toBe(true);
      const posted = await fetch(`${url}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(MARKET) });
      expect(posted.status).toBe(200);
      const stats = (await (await fetch(`${url}/stats`)).json()) as { articles: number };
      expect(stats.articles).toBe(1);
    } finally {
      const exited = exitOf(child);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
    expect(stderr()).toContain('SIGTERM, shutting down');
    // Closed cleanly: the write-ahead log was checkpointed into the database and removed.
    expect(existsSync(`${db}-wal`)).toBe(false);
    const store = new SqliteStore(db, { readonly: true });
    try {
      expect(store.counts().articles).toBe(1);
    } finally {
      store.close();
    }
  });

  it('refuses to listen beyond loopback without NEWSGRAPH_TOKEN', () => {
    const result = runCli(['serve', '--db', join(dir, 'open.db'), '--host', '0.0.0.0', '--port', '0'], { env: { NEWSGRAPH_TOKEN: '' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to listen on 0.0.0.0 without a token: set NEWSGRAPH_TOKEN');
  });

  it('refuses a port out of range as a usage error', () => {
    const result = runCli(['serve', '--port', '70000']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected a port from 0 to 65535');
  });
});
