/**
 * Applies pending migrations, each in its own transaction together with its schema_version row, so a
 * crash leaves the database at the previous version, never half-way through one.
 */
import type BetterSqlite3 from 'better-sqlite3';

type Database = BetterSqlite3.Database;
import { MIGRATIONS, type Migration } from './migrations/index.js';

export class SchemaTooNewError extends Error {}

export function currentVersion(db: Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_version').get() as { version: number | null };
  return row.version ?? 0;
}

/** Brings `db` up to the newest migration; returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const from = currentVersion(db);
  const newest = migrations.at(-1)?.version ?? 0;
  if (from > newest) {
    throw new SchemaTooNewError(`the database is at schema version ${from}, newer than this newsgraph knows (${newest}): upgrade newsgraph`);
  }
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    applied.push(migration.version);
  }
  return applied;
}
