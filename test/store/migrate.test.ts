import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SchemaTooNewError, currentVersion, migrate } from '../../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';

describe('migrate', () => {
  it('numbers migrations 1, 2, 3... without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('applies pending migrations once, in order', () => {
    const db = new Database(':memory:');
    const extra = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'entities', sql: 'CREATE TABLE entities (id TEXT PRIMARY KEY)' }];
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

  it('refuses a database newer than the code', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare('INSERT INTO schema_version VALUES (99, ?, ?)').run('future', 'now');
    expect(() => migrate(db)).toThrow(SchemaTooNewError);
    db.close();
  });
});
