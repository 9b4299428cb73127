/** `newsgraph search` over the ingested sample corpus, run as a user would. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBuilt, runCli } from './cli-harness.js';

interface JsonHit {
  id: string;
  title: string | null;
  site: { domain: string | null };
  published: string | null;
  snippet: string;
  highlights: { start: number; end: number }[];
  duplicateOf: string | null;
}

interface JsonPage {
  total: number;
  totalExact: boolean;
  next: string | null;
  hits: JsonHit[];
}

let root = '';
let db = '';

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'newsgraph-search-cli-'));
  db = join(root, 'samples.db');
  const ingest = runCli(['ingest', 'samples/', '--db', db, '--workers', '1', '-q']);
  if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function searchJson(args: readonly string[]): JsonPage {
  const result = runCli(['search', ...args, '--db', db, '--json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonPage;
}

describe('newsgraph search', () => {
  it('ranks matches and marks the matched words in each snippet', () => {
    const page = searchJson(['cyclone Semisi']);
    expect(page.total).toBeGreaterThan(5);
    for (const hit of page.hits) {
      const marked = hit.highlights.map((h) => hit.snippet.slice(h.start, h.end).toLowerCase());
      expect(marked.length).toBeGreaterThan(0);
      for (const word of marked) expect(['cyclone', 'semisi']).toContain(word);
    }
  });

  it('hides the linked copies of the Nadi summit wire story by default', () => {
    const phrase = '"joint commission"';
    const originals = searchJson([phrase, '--to', '2024-10-23', '--from', '2024-10-23']);
    const all = searchJson([phrase, '--to', '2024-10-23', '--from', '2024-10-23', '--duplicates']);
    expect(originals.total).toBe(1);
    expect(all.total).toBe(2);
    expect(all.hits.filter((hit) => hit.duplicateOf !== null)).toHaveLength(1);
  });

  it('lists every article newest first for an empty query, page by page', () => {
    const first = searchJson(['', '--limit', '5']);
    const second = searchJson(['', '--limit', '5', '--offset', '5']);
    expect(first.total).toBe(41); // 45 documents, 4 linked as duplicates
    const dated = [...first.hits, ...second.hits].map((hit) => Date.parse(hit.published ?? ''));
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.id)).size).toBe(10);
  });

  it('filters by site and date', () => {
    const page = searchJson(['', '--site', 'www.suvacourier.example', '--from', '2025']);
    expect(page.total).toBeGreaterThan(0);
    for (const hit of page.hits) {
      expect(hit.site.domain).toBe('suvacourier.example');
      expect(hit.published?.slice(0, 4)).toBe('2025');
    }
  });

  it('prints a readable list for people', () => {
    const result = runCli(['search', 'Minerva', '--db', db, '--limit', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ matches \(1-2 shown, [\d.]+ ms\)/);
    expect(result.stdout).toMatch(/\n1\. .+\n {3}.+ \| \d{4}-\d{2}-\d{2}/);
    expect(result.stdout).toContain('«Minerva»');
  });

  it('pages with --after cursors through the same hits as one long page', () => {
    const whole = searchJson(['island', '--limit', '100']);
    expect(whole.totalExact).toBe(true);
    expect(whole.next).toBeNull();
    const ids: string[] = [];
    let page = searchJson(['island', '--limit', '4']);
    ids.push(...page.hits.map((hit) => hit.id));
    while (page.next !== null) {
      page = searchJson(['island', '--limit', '4', '--after', page.next]);
      ids.push(...page.hits.map((hit) => hit.id));
    }
    expect(ids).toEqual(whole.hits.map((hit) => hit.id));
  });

  it('prints the next cursor for people, and refuses a cursor of another query or a deep offset', () => {
    const result = runCli(['search', '', '--db', db, '--limit', '2']);
    const cursor = /\nnext page: --after (\S+)\n$/.exec(result.stdout)?.[1] ?? '';
    expect(cursor).not.toBe('');
    expect(searchJson(['', '--limit', '2', '--after', cursor]).hits).toHaveLength(2);
    const other = runCli(['search', 'island', '--db', db, '--after', cursor]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('another query');
    expect(runCli(['search', '', '--db', db, '--offset', '10001']).code).toBe(2);
  });

  it('rejects a malformed date and a missing database', () => {
    expect(runCli(['search', 'x', '--db', db, '--from', '12/02/2025']).code).toBe(2);
    expect(runCli(['search', 'x', '--db', join(root, 'none.db')]).code).toBe(1);
  });
});
