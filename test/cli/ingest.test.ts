/**
 * `newsgraph ingest`, run as a user would: the sample corpus with its near-duplicates, idempotent
 * re-runs, and a run killed with SIGKILL mid-ingest, then resumed: nothing lost, nothing twice.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, CLI, ROOT, ensureBuilt, runCli } from './cli-harness.js';
import { makePage, writePages } from './corpus.js';

const PAGE_COUNT = 300;
/** Kill the first run once this many articles are committed: well after it started, well before it ends. */
const KILL_AFTER = 40;
const POLL_MS = 20;
const CRASH_TEST_TIMEOUT_MS = 120_000;

let root = '';
beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function query<T>(db: string, sql: string): T[] {
  const connection = new Database(db, { readonly: true });
  try {
    return connection.prepare(sql).all() as T[];
  } finally {
    connection.close();
  }
}

function countOf(db: string, sql: string): number {
  return query<{ n: number }>(db, sql)[0]?.n ?? -1;
}

interface Census {
  articles: number;
  distinctIds: number;
  distinctTexts: number;
  quotes: number;
  dates: number;
  fts: number;
  failures: number;
}

/** Table sizes that a lost or doubled document would change. */
function census(db: string): Census {
  return {
    articles: countOf(db, 'SELECT COUNT(*) AS n FROM articles'),
    distinctIds: countOf(db, 'SELECT COUNT(DISTINCT id) AS n FROM articles'),
    distinctTexts: countOf(db, 'SELECT COUNT(DISTINCT content_hash) AS n FROM articles'),
    quotes: countOf(db, 'SELECT COUNT(*) AS n FROM quotes'),
    dates: countOf(db, 'SELECT COUNT(*) AS n FROM dates'),
    fts: countOf(db, 'SELECT COUNT(*) AS n FROM articles_fts'),
    failures: countOf(db, 'SELECT COUNT(*) AS n FROM failures'),
  };
}

describe('ingest samples/', () => {
  const db = (): string => join(root, 'samples.db');

  it('stores all 45 sample documents and links the near-duplicates docs/samples.md names', () => {
    const result = runCli(['ingest', 'samples/', '--db', db(), '--workers', '2']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/stored: +45 new articles/);
    expect(census(db())).toMatchObject({ articles: 45, distinctIds: 45, failures: 0, fts: 45 });
    const links = query<{ copy: string; original: string; reason: string }>(
      db(),
      'SELECT a.id AS copy, o.id AS original, a.duplicate_reason AS reason FROM articles a JOIN articles o ON o.key = a.duplicate_of',
    );
    // The stored record (deflated, see stored-record.ts) is read through the store: its source path names the file.
    const store = new SqliteStore(db(), { readonly: true });
    const pathOf = (id: string): string => (store.record(id)?.source.path ?? '').replace(/^samples\//, '');
    const pairs = links.map((link) => [pathOf(link.copy), pathOf(link.original), link.reason]);
    store.close();
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['html/suva-courier-2024-10-23-minerva-summit-wire.html', 'html/pacific-ledger-2024-10-23-minerva-summit-wire.html', 'near-duplicate'],
        ['html/pacific-ledger-2025-02-12-semisi-landfall-updated.html', 'html/pacific-ledger-2025-02-12-semisi-landfall-first.html', 'same-url'],
        ['text/2025-02-12-semisi-landfall-republished.txt', 'html/pacific-ledger-2025-02-12-semisi-landfall-first.html', 'near-duplicate'],
        ['jsonl/articles.jsonl', 'archive/island-wire-2024-2025.warc.gz', 'near-duplicate'],
      ]),
    );
    expect(pairs).toHaveLength(4);
  });

  it('stores nothing twice when run again, with or without --resume', () => {
    const before = census(db());
    const again = runCli(['ingest', 'samples/', '--db', db(), '--workers', '1']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/present: +45/);
    const resumed = runCli(['ingest', 'samples/', '--db', db(), '--resume', '--workers', '1']);
    expect(resumed.stderr).toMatch(/skipped: +45/);
    expect(census(db())).toEqual(before);
  });

  it('fails with status 1 when no input can be read', () => {
    const result = runCli(['ingest', join(root, 'missing-folder'), '--db', join(root, 'empty.db'), '-q']);
    expect(result.code).toBe(1);
  });
});

describe('ingest killed mid-run', () => {
  it(
    'loses nothing and stores nothing twice after SIGKILL and a re-run',
    async () => {
      const corpus = join(root, 'pages');
      writePages(
        corpus,
        Array.from({ length: PAGE_COUNT }, (_, i) => makePage(i, `p${String(i).padStart(3, '0')}.${i % 2 === 0 ? 'html' : 'txt'}`)),
      );
      const crashed = join(root, 'crashed.db');
      const args = ['ingest', corpus, '--workers', '1', '--batch-size', '7', '-q'];
      const child = spawn(process.execPath, [CLI, ...args, '--db', crashed], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      let committed = 0;
      while (committed < KILL_AFTER && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (existsSync(crashed)) {
          try {
            committed = countOf(crashed, 'SELECT COUNT(*) AS n FROM articles');
          } catch {
            // The schema is being created: try again.
          }
        }
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const atKill = census(crashed);
      expect(atKill.articles).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(atKill.articles).toBeLessThan(PAGE_COUNT);
      // Each committed document is whole: its full-text row went in with it.
      expect(atKill.fts).toBe(atKill.articles);

      expect(runCli([...args, '--db', crashed, '--resume']).code).toBe(0);
      const clean = join(root, 'clean.db');
      expect(runCli([...args, '--db', clean]).code).toBe(0);
      const expected = census(clean);
      expect(expected.articles).toBe(PAGE_COUNT);
      expect(census(crashed)).toEqual(expected);
    },
    CRASH_TEST_TIMEOUT_MS,
  );
});
