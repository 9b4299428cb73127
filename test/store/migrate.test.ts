import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SchemaTooNewError, currentVersion, migrate } from '../../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { entityCorpus } from './entity-articles.js';
import { HARBOUR_STORY, SCHOOL_STORY, VOLCANO_STORY, makeRecord } from './articles.js';
import type { ArticleRecord } from '../../src/record/schema.js';
import { contentHash, fingerprintText } from '../../src/store/dedup/fingerprint.js';
import { bandKeys } from '../../src/store/dedup/minhash.js';
import { signatureToBlob } from '../../src/store/sqlite/signature-blob.js';

/** Stores `record` as the version-3 writer did: the whole record as JSON text, and a full-text row holding its own copy of the text. */
function storeAsVersion3(db: Database.Database, key: number, record: ArticleRecord): void {
  const fingerprint = fingerprintText(record.text);
  db.prepare(`INSERT INTO articles (key, id, url, title, site_name, site_domain, published_day, language, text, record, content_hash, shingle_count, signature, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, '2024-03-01', ?, ?, ?, ?, ?, ?, 'then')`).run(
    key, record.id, record.source.url, record.title, record.site.name, record.site.domain, record.language, record.text, JSON.stringify(record), contentHash(record.text),
    fingerprint.shingleCount, signatureToBlob(fingerprint.signature),
  );
  for (const { band, hash } of bandKeys(fingerprint.signature)) db.prepare('INSERT INTO minhash_bands (band, hash, article) VALUES (?, ?, ?)').run(band, hash, key);
  record.authors.forEach((author, position) => db.prepare('INSERT INTO authors (article, position, name, found_in) VALUES (?, ?, ?, ?)').run(key, position, author.name, author.from));
  const site = [record.site.name, record.site.domain].filter((part) => part !== null).join(' ');
  db.prepare('INSERT INTO articles_fts (rowid, title, text, authors, site) VALUES (?, ?, ?, ?, ?)').run(
    key, record.title ?? '', record.text, record.authors.map((author) => author.name).join(', '), site,
  );
}

describe('migrate', () => {
  it('numbers migrations 1, 2, 3... without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('applies pending migrations once, in order', () => {
    const db = new Database(':memory:');
    const extra = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'topics', sql: 'CREATE TABLE topics (id TEXT PRIMARY KEY)' }];
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db, extra)).toEqual([MIGRATIONS.length + 1]);
    expect(migrate(db, extra)).toEqual([]);
    expect(currentVersion(db)).toBe(MIGRATIONS.length + 1);
    db.close();
  });

  it('rolls a failing migration back entirely', () => {
    const db = new Database(':memory:');
    migrate(db);
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE half (x); CREATE TABLE articles (x)' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(currentVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all()).toEqual([]);
    db.close();
  });

  it('gives the fact rows of a version-1 database the body layer', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO articles (key, id, text, record, content_hash, shingle_count, signature, ingested_at) VALUES (1, 'a', 'Talks resumed in 2019.', '{}', 'h', 0, x'', 'now')").run();
    db.prepare("INSERT INTO dates (article, start_offset, end_offset, text, type, value, stated, rule) VALUES (1, 17, 21, '2019', 'DATE', '2019', 1, 'dates/year')").run();
    expect(migrate(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
    expect(db.prepare('SELECT layer, text FROM dates').all()).toEqual([{ layer: 'text', text: '2019' }]);
    for (const table of ['dates', 'quotes', 'amounts']) {
      const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
      expect(columns.map((c) => c.name), table).toContain('layer');
    }
    db.close();
  });

  it('takes a version-2 database file to version 3: entity tables, speaker entities, quote words indexed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-migrate-'));
    try {
      const path = join(dir, 'old.db');
      const old = new Database(path);
      migrate(old, MIGRATIONS.slice(0, 2));
      old.prepare("INSERT INTO articles (key, id, title, published_day, text, record, content_hash, shingle_count, signature, ingested_at) VALUES (1, 'old', 'Harbour talks', '2023-06-01', ?, '{}', 'h', 0, x'', 'now')").run(
        'Union leaders said "the night shift cannot go on like this" after the meeting.',
      );
      old.prepare("INSERT INTO quotes (article, start_offset, end_offset, text, speaker, speaker_role, verb, rule) VALUES (1, 20, 54, 'the night shift cannot go on like this', 'Jone Waqa', NULL, 'say', 'quotes/verb-before')").run();
      old.close();

      const store = new SqliteStore(path);
      try {
        const quotes = store.quotes({ text: 'night shift', limit: 10, offset: 0 });
        expect(quotes.quotes).toEqual([
          expect.objectContaining({ text: 'the night shift cannot go on like this', speaker: { name: 'Jone Waqa', role: null, entity: null }, verb: 'say' }),
        ]);
        expect(store.quotes({ speaker: 'jone waqa', limit: 10, offset: 0 }).total).toBe(1);
        // New articles bring their entities into the migrated database.
        store.put(entityCorpus());
        expect(store.resolveEntity('Medvedev').map((m) => m.articles)).toEqual([2]);
        expect(store.search({ text: '', country: 'JP', limit: 10, offset: 0 }).total).toBe(4);
      } finally {
        store.close();
      }
      const db = new Database(path, { readonly: true });
      expect(currentVersion(db)).toBe(MIGRATIONS.length);
      const columns = db.prepare('PRAGMA table_info(quotes)').all() as { name: string }[];
      expect(columns.map((c) => c.name)).toContain('speaker_entity');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes a version-3 database with articles to version 4: records read back the same, search finds old and new articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-migrate-'));
    try {
      const path = join(dir, 'v3.db');
      const harbour = makeRecord({ id: 'harbour', title: 'Wharf strike strands cargo ships', text: HARBOUR_STORY, authors: ['Litia Cava', 'Sam Prasad'], siteName: 'Western Times', siteDomain: 'westerntimes.example', url: 'https://westerntimes.example/wharf' });
      const volcano = makeRecord({ id: 'volcano', title: 'Plume rises over undersea vent', text: VOLCANO_STORY, siteDomain: 'tongawatch.example' });
      const old = new Database(path);
      migrate(old, MIGRATIONS.slice(0, 3));
      storeAsVersion3(old, 1, harbour);
      storeAsVersion3(old, 2, volcano);
      old.close();

      const school = makeRecord({ id: 'school', title: 'Raised classrooms for flood districts', text: SCHOOL_STORY, authors: ['Mere Tuilau'], siteName: 'Suva Daily' });
      const store = new SqliteStore(path);
      try {
        expect(store.put([school])[0]?.outcome).toBe('stored');
        // A wire copy of an article stored before the migration is linked to it through the migrated fingerprints.
        const copy = makeRecord({ id: 'harbour-copy', text: HARBOUR_STORY.replace('on Thursday morning', 'early on Thursday'), url: 'https://islandpost.example/wharf' });
        expect(store.put([copy])[0]).toMatchObject({ outcome: 'stored', duplicateOf: 'harbour', duplicateReason: 'near-duplicate' });
        // Old rows (JSON text) and new ones (deflated BLOB without the text) read back as the records that were stored.
        expect(JSON.stringify(store.record('harbour'))).toBe(JSON.stringify(harbour));
        expect(JSON.stringify(store.record('school'))).toBe(JSON.stringify(school));
        expect([...store.records({ includeDuplicates: true })].map((record) => JSON.stringify(record))).toEqual([harbour, volcano, school, copy].map((record) => JSON.stringify(record)));
        // The rebuilt index finds words of the text, title, authors and site of old and new articles alike.
        const ids = (text: string): string[] => store.search({ text, limit: 10, offset: 0 }).hits.map((hit) => hit.id).sort();
        expect(ids('pumice')).toEqual(['volcano']);
        expect(ids('wharf')).toEqual(['harbour']);
        expect(ids('Prasad')).toEqual(['harbour']);
        expect(ids('tongawatch')).toEqual(['volcano']);
        expect(ids('classrooms')).toEqual(['school']);
        expect(ids('Tuilau')).toEqual(['school']);
        expect(ids('"Suva Daily"')).toEqual(['school']);
        const [hit] = store.search({ text: 'pumice', limit: 1, offset: 0 }).hits;
        expect(hit?.snippet).toContain('pumice');
        expect(hit?.score).toBeGreaterThan(0);
      } finally {
        store.close();
      }
      const db = new Database(path, { readonly: true });
      expect(currentVersion(db)).toBe(4);
      // The index keeps no copy of the text: its content is the view over articles.
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'articles_fts_content'").all()).toEqual([]);
      expect(db.prepare('SELECT typeof(record) AS kind FROM articles ORDER BY key').pluck().all()).toEqual(['text', 'text', 'blob', 'blob']);
      expect(db.prepare('SELECT article, duplicate_of FROM article_fingerprints ORDER BY article').all()).toEqual([
        { article: 1, duplicate_of: null },
        { article: 2, duplicate_of: null },
        { article: 3, duplicate_of: null },
        { article: 4, duplicate_of: 1 },
      ]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a database newer than the code', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare('INSERT INTO schema_version VALUES (99, ?, ?)').run('future', 'now');
    expect(() => migrate(db)).toThrow(SchemaTooNewError);
    db.close();
  });
});
