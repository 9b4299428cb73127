/**
 * Search at scale, on real SQLite files: cursors that page through every hit with no gap and no
 * repeat, the bounded offset, the capped count, and filters that still count right whichever
 * plan reads them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { InvalidCursorError, MAX_SEARCH_OFFSET, SEARCH_COUNT_CAP, type SearchPage, type SearchQuery } from '../../src/store/store.js';
import { makeRecord } from './articles.js';

const SITES = ['harbourgazette.example', 'reefpost.example', 'news.islandherald.example'];
const PORTS = ['Lautoka', 'Nukualofa', 'Apia', 'Suva', 'Honiara'];
const ARTICLES = 90;

let dir = '';
let store: SqliteStore;

/** Short texts (under 20 words: never compared as near-duplicates), each made unique by its number. */
function storyText(n: number): string {
  const port = PORTS[n % PORTS.length] ?? 'Suva';
  const cargo = n % 3 === 0 ? 'copra cargo ferry' : 'ferry timetable';
  return `Story ${n}: the ${cargo} from ${port} left ${n % 7} hours late on day ${n}.`;
}

function publishedOf(n: number): string | null {
  if (n % 10 === 9) return null; // undated: listed after every dated article
  const day = 1 + (n % 28);
  const month = 1 + Math.floor(n / 28);
  // Pairs of articles share an instant, so ties are broken by key.
  return `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T08:00:00+12:00`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-search-paging-'));
  store = new SqliteStore(join(dir, 'corpus.db'));
  const records = Array.from({ length: ARTICLES }, (_, n) =>
    makeRecord({
      id: `story-${n}`,
      text: storyText(n),
      title: n % 4 === 0 ? `Ferry delays at ${PORTS[n % PORTS.length]}` : `Port notes ${n}`,
      published: publishedOf(n),
      siteDomain: SITES[n % SITES.length] ?? null,
      authors: n % 2 === 0 ? ['Mele Tupou'] : ['Iosefa Leota'],
    }),
  );
  store.put(records);
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function search(text: string, extra: Partial<SearchQuery> = {}): SearchPage {
  return store.search({ text, limit: 10, offset: 0, ...extra });
}

/** Every page from the first, following `next`. */
function allPages(text: string, extra: Partial<SearchQuery>): string[] {
  const ids: string[] = [];
  let page = search(text, extra);
  ids.push(...page.hits.map((hit) => hit.id));
  for (let guard = 0; page.next !== null && guard < 100; guard++) {
    page = search(text, { ...extra, after: page.next });
    ids.push(...page.hits.map((hit) => hit.id));
  }
  return ids;
}

describe('search cursors', () => {
  it('page through ranked hits in the order of one long page, with no gap and no repeat', () => {
    const whole = search('ferry', { limit: 1000 });
    expect(whole.total).toBe(ARTICLES);
    expect(whole.next).toBeNull();
    const paged = allPages('ferry', { limit: 7 });
    expect(paged).toEqual(whole.hits.map((hit) => hit.id));
    // Title matches (weight 10) rank first.
    expect(paged.slice(0, 5).every((id) => Number(id.split('-')[1]) % 4 === 0)).toBe(true);
  });

  it('page newest first, ties by key, undated articles last', () => {
    const whole = search('', { limit: 1000 });
    const paged = allPages('', { limit: 6 });
    expect(paged).toEqual(whole.hits.map((hit) => hit.id));
    expect(new Set(paged).size).toBe(ARTICLES);
    const published = whole.hits.map((hit) => hit.published);
    const firstUndated = published.indexOf(null);
    expect(published.slice(firstUndated).every((value) => value === null)).toBe(true);
    const dated = published.slice(0, firstUndated) as string[];
    expect([...dated].sort().reverse()).toEqual(dated);
  });

  it('keep the filters across pages', () => {
    const extra = { site: 'islandherald.example', from: '2025-02', author: 'tupou' };
    const whole = search('ferry', { ...extra, limit: 1000 });
    expect(whole.total).toBeGreaterThan(3);
    expect(allPages('ferry', { ...extra, limit: 2 })).toEqual(whole.hits.map((hit) => hit.id));
    expect(allPages('', { ...extra, limit: 2 })).toEqual(search('', { ...extra, limit: 1000 }).hits.map((hit) => hit.id));
  });

  it('combine with an offset, which skips hits after the cursor', () => {
    const whole = search('ferry', { limit: 1000 }).hits.map((hit) => hit.id);
    const first = search('ferry', { limit: 5 });
    expect(search('ferry', { limit: 5, offset: 3, after: first.next ?? '' }).hits.map((hit) => hit.id)).toEqual(whole.slice(8, 13));
  });

  it('are refused when malformed, or given with another query or order', () => {
    const next = search('ferry', { limit: 5 }).next ?? '';
    expect(() => search('ferry', { after: 'not a cursor!' })).toThrow(InvalidCursorError);
    expect(() => search('copra', { after: next })).toThrow(/another query/);
    expect(() => search('ferry', { site: 'reefpost.example', after: next })).toThrow(InvalidCursorError);
    expect(() => search('', { after: next })).toThrow(InvalidCursorError);
    expect(search('ferry', { limit: 20, after: next }).hits).toHaveLength(20);
  });

  it('bound the offset', () => {
    expect(() => search('ferry', { offset: MAX_SEARCH_OFFSET + 1 })).toThrow(RangeError);
    expect(search('ferry', { offset: MAX_SEARCH_OFFSET }).hits).toEqual([]);
  });
});

describe('search filters count right whichever plan reads them', () => {
  it('matches a count made by hand', () => {
    const numbers = Array.from({ length: ARTICLES }, (_, n) => n);
    const onSite = (n: number, site: string): boolean => (SITES[n % SITES.length] ?? '').endsWith(site);
    const inFebruary = (n: number): boolean => (publishedOf(n) ?? '').startsWith('2025-02');
    expect(search('copra', { site: 'reefpost.example' }).total).toBe(numbers.filter((n) => n % 3 === 0 && onSite(n, 'reefpost.example')).length);
    expect(search('', { site: 'islandherald.example', from: '2025-02', to: '2025-02' }).total).toBe(
      numbers.filter((n) => onSite(n, 'islandherald.example') && inFebruary(n)).length,
    );
    expect(search('Apia', { author: 'LEOTA' }).total).toBe(numbers.filter((n) => n % 5 === 2 && n % 2 === 1).length);
    expect(search('', { site: 'nowhere.example' }).total).toBe(0);
    expect(search('ferry', { language: 'en' }).total).toBe(ARTICLES);
    expect(search('ferry').totalExact).toBe(true);
  });
});

describe('the count cap', () => {
  let capDir = '';
  let big: SqliteStore;

  beforeAll(() => {
    capDir = mkdtempSync(join(tmpdir(), 'newsgraph-search-cap-'));
    const path = join(capDir, 'big.db');
    new SqliteStore(path).close();
    // Rows written straight into the tables: put() would take a minute for this many articles.
    const db = new Database(path);
    const article = db.prepare(`INSERT INTO articles (key, id, title, site_domain, published, published_at, published_day, text, record, content_hash, shingle_count, signature, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, 0, x'', '2026-01-01')`);
    const fts = db.prepare('INSERT INTO articles_fts (rowid, title, text, authors, site) VALUES (?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (let key = 1; key <= SEARCH_COUNT_CAP + 50; key++) {
        const site = key <= 30 ? 'smallsite.example' : 'bigsite.example';
        const text = `Rainfall bulletin ${key} for the western division.`;
        const at = Date.UTC(2024, 0, 1) + key * 60_000;
        article.run(key, `rain-${key}`, `Bulletin ${key}`, site, new Date(at).toISOString(), at, new Date(at).toISOString().slice(0, 10), text, `hash-${key}`);
        fts.run(key, `Bulletin ${key}`, text, '', site);
      }
    })();
    db.close();
    big = new SqliteStore(path, { readonly: true });
  });

  afterAll(() => {
    big.close();
    rmSync(capDir, { recursive: true, force: true });
  });

  it('counts exactly up to the cap and says when it stopped there', () => {
    const page = big.search({ text: 'rainfall', limit: 5, offset: 0 });
    expect(page).toMatchObject({ total: SEARCH_COUNT_CAP, totalExact: false });
    expect(page.hits).toHaveLength(5);
    expect(page.next).not.toBeNull();
    expect(big.search({ text: '', limit: 5, offset: 0 })).toMatchObject({ total: SEARCH_COUNT_CAP, totalExact: false });
    expect(big.search({ text: 'rainfall', site: 'smallsite.example', limit: 5, offset: 0 })).toMatchObject({ total: 30, totalExact: true });
    expect(big.search({ text: '', from: '2024-01-01', to: '2024-01-01', limit: 5, offset: 0 })).toMatchObject({ total: 1439, totalExact: true });
  });

  it('pages newest first inside a date range, from the published_at order', () => {
    const page = big.search({ text: '', from: '2024-01-02', to: '2024-01-02', limit: 3, offset: 0 });
    expect(page.hits.map((hit) => hit.id)).toEqual(['rain-2879', 'rain-2878', 'rain-2877']);
    const second = big.search({ text: '', from: '2024-01-02', to: '2024-01-02', limit: 3, offset: 0, after: page.next ?? '' });
    expect(second.hits.map((hit) => hit.id)).toEqual(['rain-2876', 'rain-2875', 'rain-2874']);
  });
});
