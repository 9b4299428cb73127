/**
 * Builds a database for measuring exports (not a test): `node dist/test/export/make-bench-db.js
 * PATH [ARTICLES]`. Stores 200 variants of the port story through the real store (dedup and all),
 * then copies rows in SQL under new ids until ARTICLES rows exist (default 24,000), because what an
 * export costs depends on the records it reads, not on how they were linked.
 */
import Database from 'better-sqlite3';
import type { ArticleRecord } from '../../src/record/schema.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { PORT_STORY } from './corpus.js';

const VARIANTS = 200;
const WORDS = ['harbour', 'cargo', 'storm', 'crew', 'tide', 'anchor', 'pilot', 'berth', 'quay', 'ferry'];

function variant(i: number): ArticleRecord {
  const extra = Array.from({ length: 40 }, (_, k) => `${WORDS[(i * 7 + k * 3) % WORDS.length] ?? ''}${(i * 31 + k) % 997}`).join(' ');
  return {
    ...PORT_STORY,
    id: `bench${String(i).padStart(11, '0')}`,
    source: { ...PORT_STORY.source, url: `${PORT_STORY.source.url ?? ''}?v=${i}` },
    text: `${PORT_STORY.text}\n\n${extra}`,
  };
}

function main(): void {
  const [path, wanted = '24000'] = process.argv.slice(2);
  if (path === undefined) throw new Error('usage: make-bench-db PATH [ARTICLES]');
  const target = Number(wanted);
  const store = new SqliteStore(path);
  store.put(Array.from({ length: VARIANTS }, (_, i) => variant(i)));
  store.close();
  const db = new Database(path);
  const columns = (db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name).filter((name) => name !== 'key');
  const select = columns.map((name) => (name === 'id' ? "id || '-' || ?" : name)).join(', ');
  const copy = db.prepare(`INSERT INTO articles (${columns.join(', ')}) SELECT ${select} FROM articles ORDER BY key LIMIT ?`);
  const count = db.prepare('SELECT COUNT(*) AS n FROM articles').pluck();
  for (let round = 1; (count.get() as number) < target; round += 1) copy.run(`c${round}`, target - (count.get() as number));
  process.stdout.write(`${String(count.get())} articles in ${path}\n`);
  db.close();
}

main();
