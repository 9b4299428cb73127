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
/**
 * A writer's page cache: ingest updates indexes with keys in no particular order (band keys, entity
 * pairs, per-entity article lists), so its working set is the upper levels and much of the leaves
 * of several B-trees. Pages are allocated as used: a small database never takes this much.
 */
const WRITER_CACHE_KIB = 262144;
/**
 * Pages are read through a memory map (no read call and copy per page) up to this size of the file;
 * past it, as before. Writes still go through the WAL.
 */
const MMAP_BYTES = 4 * 1024 ** 3;
/**
 * WAL pages after which a commit checkpoints them into the database (SQLite's default: 1,000). An
 * index page rewritten by many batches is copied back once per checkpoint, not once per batch.
 */
const WAL_CHECKPOINT_PAGES = 8192;

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma(`cache_size = -${options.readonly ? CACHE_KIB : WRITER_CACHE_KIB}`);
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  db.pragma('temp_store = MEMORY');
  if (!options.readonly) {
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against process crashes in WAL mode; only a power loss can drop the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}
