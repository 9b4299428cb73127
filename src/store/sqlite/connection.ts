/**
 * Opening the database file: WAL journaling (readers never block the writer, and a killed writer
 * loses only its uncommitted transaction), foreign keys on, and migrations applied.
 */
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

/** How long a connection waits for another writer's lock before failing. */
const BUSY_TIMEOUT_MS = 5000;

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against process crashes in WAL mode; only a power loss can drop the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}
