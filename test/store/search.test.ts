import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { SearchQuery } from '../../src/store/store.js';
import { HARBOUR_STORY, SCHOOL_STORY, VOLCANO_STORY, makeRecord } from './articles.js';

let dir = '';
let store: SqliteStore;

const QUOTE = {
  layer: 'text',
  start: 0,
  end: 5,
  text: HARBOUR_STORY.slice(0, 5),
  rule: 'quotes/test',
  speaker: null,
  verb: null,
  channel: null,
  date: null,
  continues: null,
  multiParagraph: false,
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-search-'));
  store = new SqliteStore(join(dir, 'corpus.db'));
  store.put([
    makeRecord({
      id: 'strike',
      text: HARBOUR_STORY,
      url: 'https://www.westerntimes.example/strike',
      title: 'Lautoka dock workers strike over night pay',
      authors: ['Litia Cava'],
      published: '2025-02-06T09:30:00+12:00',
      siteName: 'Western Times',
      siteDomain: 'westerntimes.example',
      quotes: [QUOTE],
    }),
    makeRecord({
      id: 'volcano',
      text: VOLCANO_STORY,
      url: 'https://tongadaily.example/volcano',
      title: 'Undersea volcano wakes north of Tongatapu',
      authors: ['Ana Folau'],
      published: '2025-03-15',
      siteName: 'Tonga Daily',
      siteDomain: 'tongadaily.example',
      language: 'en-TO',
    }),
    makeRecord({
      id: 'schools',
      text: SCHOOL_STORY,
      title: 'Twelve flood-proof classrooms for Rewa delta',
      published: '2024-11-20T10:00:00+12:00',
      siteName: 'Western Times',
      siteDomain: 'westerntimes.example',
    }),
    makeRecord({
      id: 'strike-wire',
      text: 'From Island Wire\n\n' + HARBOUR_STORY.split('\n\n').slice(0, 3).join('\n\n'),
      url: 'https://islandwire.example/strike',
      title: 'Wharf strike in Lautoka',
      published: '2025-02-06T11:00:00+12:00',
      siteDomain: 'islandwire.example',
    }),
  ]);
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function search(text: string, extra: Partial<SearchQuery> = {}): ReturnType<SqliteStore['search']> {
  return store.search({ text, limit: 10, offset: 0, ...extra });
}

const ids = (page: ReturnType<SqliteStore['search']>): string[] => page.hits.map((hit) => hit.id);

describe('search', () => {
  it('finds words anywhere, ranks a title match first, and highlights matches in the snippet', () => {
    const page = search('classrooms');
    expect(ids(page)).toEqual(['schools']);
    const [hit] = page.hits;
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit?.highlights.length).toBeGreaterThan(0);
    for (const h of hit?.highlights ?? []) expect(hit?.snippet.slice(h.start, h.end).toLowerCase()).toBe('classrooms');
  });

  it('hides linked duplicates unless asked, and counts them on the original', () => {
    expect(ids(search('wharf'))).toEqual(['strike']);
    expect(search('wharf').hits[0]?.copies).toBe(1);
    const all = search('wharf', { includeDuplicates: true });
    expect(new Set(ids(all))).toEqual(new Set(['strike', 'strike-wire']));
    expect(all.hits.find((hit) => hit.id === 'strike-wire')?.duplicateOf).toBe('strike');
  });

  it('matches all words, and phrases exactly', () => {
    expect(ids(search('volcano pumice'))).toEqual(['volcano']);
    expect(ids(search('volcano wharf'))).toEqual([]);
    expect(ids(search('"night-shift pay"'))).toEqual(['strike']);
    expect(ids(search('"pay night-shift"'))).toEqual([]);
  });

  it('searches author names and site names too', () => {
    expect(ids(search('Folau'))).toEqual(['volcano']);
    expect(ids(search('"Western Times"')).sort()).toEqual(['schools', 'strike']);
  });

  it('lists every original newest first for an empty query, with the total', () => {
    const page = search('');
    expect(ids(page)).toEqual(['volcano', 'strike', 'schools']);
    expect(page.total).toBe(3);
    expect(page.hits[0]?.score).toBeNull();
  });

  it('pages with limit and offset, keeping the total', () => {
    const page = search('', { limit: 1, offset: 1 });
    expect(ids(page)).toEqual(['strike']);
    expect(page.total).toBe(3);
  });

  it('filters by publication day, whole months included', () => {
    expect(ids(search('', { from: '2025-02-06', to: '2025-02-06' }))).toEqual(['strike']);
    expect(ids(search('', { from: '2025', to: '2025-02' }))).toEqual(['strike']);
    expect(ids(search('', { to: '2024' }))).toEqual(['schools']);
  });

  it('filters by site (domain with or without www, or name), author, language and facts', () => {
    expect(ids(search('', { site: 'www.westerntimes.example' }))).toEqual(['strike', 'schools']);
    expect(ids(search('', { site: 'tonga daily' }))).toEqual(['volcano']);
    expect(ids(search('', { author: 'cava' }))).toEqual(['strike']);
    expect(ids(search('', { language: 'en-TO' }))).toEqual(['volcano']);
    expect(ids(search('', { language: 'en' }))).toEqual(['volcano', 'strike', 'schools']);
    expect(ids(search('', { has: ['quotes'] }))).toEqual(['strike']);
    expect(ids(search('', { has: ['authors'], site: 'westerntimes.example' }))).toEqual(['strike']);
  });
});
