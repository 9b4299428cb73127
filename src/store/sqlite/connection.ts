/**
 * Opening the database file: WAL journaling (readers never block the writer, and a killed writer
 * loses only its uncommitted transaction), foreign keys on, and migrations applied.
 */
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

/** How long a connection waits for another writer's lock before failing. */
const BUSY_TIMEOUT_MS = 5000;
/**
 * Page cache per connection, in KiB (negative: a size, not a page count). SQLite's default, 2 MiB,
 * holds a sliver of the indexes of a 100,000-article corpus: each entity and pair count written at
 * ingest would then read its index pages back from the file.
 */
const CACHE_KIB = 65536;

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma(`cache_size = -${CACHE_KIB}`);
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against process crashes in WAL mode; only a power loss can drop the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}
