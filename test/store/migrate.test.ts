import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SchemaTooNewError, currentVersion, migrate } from '../../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { entityCorpus } from './entity-articles.js';

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
      expect(currentVersion(db)).toBe(3);
      const columns = db.prepare('PRAGMA table_info(quotes)').all() as { name: string }[];
      expect(columns.map((c) => c.name)).toContain('speaker_entity');
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
