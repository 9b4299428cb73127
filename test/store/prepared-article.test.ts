import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachPrepared, prepareArticle } from '../../src/store/sqlite/prepared-article.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { readStoredRecord, storedRecord } from '../../src/store/sqlite/stored-record.js';
import { HARBOUR_STORY, VOLCANO_STORY, makeRecord } from './articles.js';

const TABLES = ['SELECT id, url, title, text, hex(record) AS record, content_hash, duplicate_of, duplicate_reason, similarity, shingle_count, hex(signature) AS signature FROM articles ORDER BY key',
  'SELECT band, hash, article FROM minhash_bands ORDER BY band, hash, article',
  'SELECT rowid, * FROM articles_fts ORDER BY rowid'];

function tablesAfter(put: (store: SqliteStore) => void): unknown[][] {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-prepared-'));
  try {
    const path = join(dir, 'corpus.db');
    const store = new SqliteStore(path);
    put(store);
    store.close();
    const db = new Database(path, { readonly: true });
    const tables = TABLES.map((sql) => db.prepare(sql).all());
    db.close();
    return tables;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('stored records', () => {
  it('read back as the same record, serialised to the same JSON', () => {
    const record = makeRecord({ id: 'harbour', title: 'Wharf strike', text: HARBOUR_STORY, authors: ['Litia Cava'] });
    const back = readStoredRecord(storedRecord(record), record.text);
    expect(back).toEqual(record);
    expect(JSON.stringify(back)).toBe(JSON.stringify(record));
  });

  it('read the JSON text of rows written before migration 4', () => {
    const record = makeRecord({ id: 'volcano', text: VOLCANO_STORY });
    expect(readStoredRecord(JSON.stringify(record), 'ignored: the old form holds its text')).toEqual(record);
  });
});

describe('articles prepared in a worker', () => {
  it('store exactly what the writer computes itself, after crossing a thread boundary', () => {
    const records = () => [
      makeRecord({ id: 'harbour', text: HARBOUR_STORY, url: 'https://westerntimes.example/wharf' }),
      makeRecord({ id: 'copy', text: HARBOUR_STORY.replace('Thursday', 'Thursday morning early'), url: 'https://islandpost.example/wharf' }),
      makeRecord({ id: 'volcano', text: VOLCANO_STORY }),
    ];
    const computed = tablesAfter((store) => store.put(records()));
    const prepared = tablesAfter((store) => {
      const batch = records();
      // structuredClone does to the prepared form what postMessage does: the Buffer arrives as a plain Uint8Array.
      for (const record of batch) attachPrepared(record, structuredClone(prepareArticle(record)));
      store.put(batch);
    });
    expect(prepared).toEqual(computed);
    expect(computed[0]).toHaveLength(3);
    expect((computed[0] as { duplicate_reason: string | null }[])[1]?.duplicate_reason).toBe('near-duplicate');
  });
});
