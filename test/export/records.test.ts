/** Store.records(): every stored record, as stored, in storage order, with search's date and duplicate rules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { CORPUS, NOTICE, PORT_STORY, PORT_UPDATE, type TempDb, storeRecords } from './corpus.js';

let db: TempDb;
let store: SqliteStore;

beforeAll(() => {
  db = storeRecords(CORPUS);
  store = new SqliteStore(db.path, { readonly: true });
});

afterAll(() => {
  store.close();
  db.remove();
});

const ids = (filter?: Parameters<SqliteStore['records']>[0]): string[] => [...store.records(filter)].map((record) => record.id);

describe('Store.records', () => {
  it('yields each original record exactly as it was stored, in storage order, without linked duplicates', () => {
    const records = [...store.records()];
    expect(records).toEqual([PORT_STORY, NOTICE]);
  });

  it('includes duplicates on request', () => {
    expect(ids({ includeDuplicates: true })).toEqual([PORT_STORY.id, NOTICE.id, PORT_UPDATE.id]);
  });

  it('bounds by publication day as printed in the article (a day, month or year), leaving undated articles out', () => {
    // 18:30 on the 3rd in Portland is the 4th in UTC: the printed day counts.
    expect(ids({ from: '2025-03-03', to: '2025-03-03', includeDuplicates: true })).toEqual([PORT_STORY.id]);
    expect(ids({ from: '2025-03-04', includeDuplicates: true })).toEqual([PORT_UPDATE.id]);
    expect(ids({ to: '2025-03', includeDuplicates: true })).toEqual([PORT_STORY.id, PORT_UPDATE.id]);
    expect(ids({ from: '2026' })).toEqual([]);
  });

  it('reads lazily: one record at a time', () => {
    const iterator = store.records({ includeDuplicates: true });
    expect(iterator.next().value?.id).toBe(PORT_STORY.id);
    expect(iterator.return?.(undefined).done).toBe(true);
  });
});
