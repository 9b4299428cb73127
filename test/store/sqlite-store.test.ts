import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotateDateLayers } from '../../src/annotate/dates.js';
import { findAmounts } from '../../src/annotate/amounts.js';
import { layerText, textLayers } from '../../src/annotate/layers.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { HARBOUR_STORY, SCHOOL_STORY, VOLCANO_STORY, makeErrorRecord, makeRecord } from './articles.js';

let dir = '';
let path = '';
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
  path = join(dir, 'corpus.db');
  store = new SqliteStore(path);
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function rows(sql: string): unknown[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

describe('SqliteStore.put', () => {
  it('stores an article with its authors, quotes and the record JSON, in WAL mode', () => {
    const record = makeRecord({
      id: 'harbour',
      text: HARBOUR_STORY,
      url: 'https://westerntimes.example/wharf-strike',
      authors: ['Litia Cava', 'Sam Prasad'],
      quotes: [
        {
          layer: 'text',
          start: HARBOUR_STORY.indexOf('Nobody'),
          end: HARBOUR_STORY.indexOf('day wages') + 'day wages'.length,
          text: 'Nobody here wants to stop the port, but we cannot keep working nights for day wages',
          rule: 'quotes/said-after',
          speaker: { name: 'Jone Waqa', role: 'secretary', entity: null, mention: null, resolution: 'stated' },
          verb: null,
          channel: null,
          date: null,
          continues: null,
          multiParagraph: false,
        },
      ],
    });
    expect(store.put([record])).toEqual([{ id: 'harbour', outcome: 'stored', duplicateOf: null, duplicateReason: null }]);
    expect(rows('SELECT name, position FROM authors ORDER BY position')).toEqual([
      { name: 'Litia Cava', position: 0 },
      { name: 'Sam Prasad', position: 1 },
    ]);
    const [quote] = rows('SELECT speaker, start_offset, end_offset, text FROM quotes') as { speaker: string; start_offset: number; end_offset: number; text: string }[];
    expect(quote?.speaker).toBe('Jone Waqa');
    expect(HARBOUR_STORY.slice(quote?.start_offset, quote?.end_offset)).toBe(quote?.text);
    // The stored form leaves the text to its column and deflates the rest (stored-record.ts); read back, it is the record.
    const [article] = rows('SELECT typeof(record) AS kind, length(record) AS bytes FROM articles') as { kind: string; bytes: number }[];
    expect(article?.kind).toBe('blob');
    expect(article?.bytes).toBeLessThan(JSON.stringify(record).length - HARBOUR_STORY.length);
    expect(JSON.stringify(store.record('harbour'))).toBe(JSON.stringify(record));
    expect([...store.records()]).toEqual([record]);
    expect(rows('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  it('is idempotent: the same id twice is stored once', () => {
    const record = makeRecord({ id: 'volcano', text: VOLCANO_STORY });
    store.put([record]);
    expect(store.put([record])[0]?.outcome).toBe('already-stored');
    expect(store.counts().articles).toBe(1);
  });

  it('stores the same text under another id once, noting the sighting', () => {
    store.put([makeRecord({ id: 'a', text: VOLCANO_STORY, url: 'https://a.example/v' })]);
    const [result] = store.put([makeRecord({ id: 'b', text: VOLCANO_STORY.replace(/\n\n/g, '\n'), url: 'https://b.example/v' })]);
    expect(result).toMatchObject({ outcome: 'same-content', duplicateOf: 'a' });
    expect(store.counts()).toMatchObject({ articles: 1, sameContent: 1 });
    expect(store.knownIds()).toEqual(new Set(['a', 'b']));
  });

  it('links an updated version at the same URL, and a syndicated copy, to the original', () => {
    const url = 'https://westerntimes.example/wharf-strike';
    store.put([makeRecord({ id: 'first', text: HARBOUR_STORY, url })]);
    const update = HARBOUR_STORY + '\n\nBy evening the port company had agreed to meet the association with a mediator.';
    const copy = 'By Island Wire staff\n\n' + HARBOUR_STORY.split('\n\n').slice(0, 3).join('\n\n');
    const results = store.put([
      makeRecord({ id: 'update', text: update, url }),
      makeRecord({ id: 'copy', text: copy, url: 'https://islandwire.example/strike' }),
      makeRecord({ id: 'other', text: SCHOOL_STORY, url: 'https://islandwire.example/classrooms' }),
    ]);
    expect(results.map((r) => [r.id, r.outcome, r.duplicateOf, r.duplicateReason])).toEqual([
      ['update', 'stored', 'first', 'same-url'],
      ['copy', 'stored', 'first', 'near-duplicate'],
      ['other', 'stored', null, null],
    ]);
    expect(store.counts()).toMatchObject({ articles: 4, duplicates: 2 });
  });

  it('keeps failures, and forgets one when the document later succeeds', () => {
    store.put([makeErrorRecord('broken', 'extract/no-text', 'test/broken.html: no article text found')]);
    expect(rows('SELECT id, code FROM failures')).toEqual([{ id: 'broken', code: 'extract/no-text' }]);
    expect(store.knownIds().has('broken')).toBe(true);
    store.put([makeRecord({ id: 'broken', text: SCHOOL_STORY })]);
    expect(store.counts()).toMatchObject({ articles: 1, failures: 0 });
  });

  it('writes a batch whole or not at all', () => {
    const good = makeRecord({ id: 'good', text: SCHOOL_STORY });
    const bad = makeRecord({ id: 'bad', text: VOLCANO_STORY });
    // A record that breaks a NOT NULL constraint halfway through the batch.
    (bad as { text: unknown }).text = null;
    expect(() => store.put([good, bad])).toThrow();
    expect(store.counts().articles).toBe(0);
  });

  it('reopens an existing file without migrating it again', () => {
    store.put([makeRecord({ id: 'kept', text: SCHOOL_STORY })]);
    store.close();
    store = new SqliteStore(path);
    expect(store.counts().articles).toBe(1);
    expect(rows('SELECT version FROM schema_version')).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
  });
});

describe('SqliteStore fact rows and their layers', () => {
  const CAPTION = 'Ash and steam over the vent, photographed from a patrol plane, 2015.';
  const TITLE = 'Undersea volcano wakes for the first time since 2015';

  function volcanoRecord(id: string) {
    const bare = makeRecord({
      id,
      text: VOLCANO_STORY,
      title: TITLE,
      media: [
        { kind: 'image', src: null, alt: null, caption: null, credit: 'Tonga Geological Service' },
        { kind: 'image', src: null, alt: null, caption: CAPTION, credit: 'Tonga Geological Service' },
      ],
    });
    const layers = textLayers(bare);
    return { ...bare, dates: annotateDateLayers(layers, '2025-03-15'), amounts: layers.flatMap((l) => findAmounts(l.text, l.layer)) };
  }

  it('stores each fact with the layer its offsets index', () => {
    const record = volcanoRecord('volcano');
    store.put([record]);
    type Row = { layer: string; start_offset: number; end_offset: number; text: string };
    const stored = [
      ...(rows('SELECT layer, start_offset, end_offset, text FROM dates ORDER BY rowid') as Row[]),
      ...(rows('SELECT layer, start_offset, end_offset, text FROM amounts ORDER BY rowid') as Row[]),
    ];
    const layers = new Set(stored.map((row) => row.layer));
    expect(layers).toEqual(new Set(['text', 'title', 'media/1/caption']));
    for (const row of stored) expect(layerText(record, row.layer)?.slice(row.start_offset, row.end_offset)).toBe(row.text);
    const captionYear = rows("SELECT value FROM dates WHERE layer = 'media/1/caption'");
    expect(captionYear).toEqual([{ value: '2015' }]);
  });

  it('stores the facts of a record written before facts named their layer as body facts', () => {
    const record = volcanoRecord('old');
    const legacy = { ...record, dates: record.dates.filter((d) => d.layer === 'text').map(({ layer: _layer, ...rest }) => rest) };
    store.put([legacy as unknown as typeof record]);
    const stored = rows('SELECT DISTINCT layer FROM dates');
    expect(stored).toEqual([{ layer: 'text' }]);
  });
});
