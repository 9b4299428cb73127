/** The CSV tables, read back with an independent RFC 4180 reader. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv } from '../../src/export/csv.js';
import { csvField, csvRow } from '../../src/export/csv/escape.js';
import { CSV_TABLES } from '../../src/export/csv/tables.js';
import type { TextWriter } from '../../src/export/text-writer.js';
import type { ArticleRecord } from '../../src/record/schema.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { type Capture, capture } from './capture.js';
import { CORPUS, NOTICE, PORT_QUOTES, PORT_STORY, PORT_TEXT, type TempDb, storeRecords } from './corpus.js';
import { parseCsv } from './parse-csv.js';

let db: TempDb;

beforeAll(() => {
  db = storeRecords(CORPUS);
});

afterAll(() => {
  db.remove();
});

/** Each table's rows as objects keyed by the header, after checking every row has the header's width. */
async function exportTables(records: () => Iterable<ArticleRecord>): Promise<Map<string, Record<string, string>[]>> {
  const captures = new Map<string, Capture>(CSV_TABLES.map((table) => [table.file, capture()]));
  await exportCsv(records(), new Map([...captures].map(([file, c]) => [file, c.writer] as [string, TextWriter])));
  const tables = new Map<string, Record<string, string>[]>();
  for (const [file, c] of captures) {
    await c.writer.end(true);
    const [header, ...rows] = parseCsv(c.text());
    expect(header).toEqual(CSV_TABLES.find((table) => table.file === file)?.header);
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    tables.set(file, rows.map((row) => Object.fromEntries(row.map((value, i) => [header?.[i] ?? '', value]))));
  }
  return tables;
}

async function exportStored(): Promise<Map<string, Record<string, string>[]>> {
  const store = new SqliteStore(db.path, { readonly: true });
  try {
    return await exportTables(() => store.records());
  } finally {
    store.close();
  }
}

describe('CSV escaping', () => {
  it('quotes only fields that need it and doubles the quotes inside', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(1.5e21)).toBe('1500000000000000000000');
    expect(csvRow(['x', 2, true])).toBe('x,2,true\r\n');
  });
});

describe('CSV export', () => {
  it('round-trips text with commas, quote marks, tabs and line breaks', async () => {
    const tables = await exportStored();
    const articles = tables.get('articles.csv') ?? [];
    expect(articles.map((row) => row.article_id)).toEqual([PORT_STORY.id, NOTICE.id]);
    expect(articles[0]?.text).toBe(PORT_TEXT);
    expect(articles[0]?.authors).toBe("Mele Havili; Dan O'Rourke");
    expect(articles[1]?.title).toBe(NOTICE.title);
    expect(articles[1]?.url).toBe('');
    const quotes = tables.get('quotes.csv') ?? [];
    expect(quotes.map((row) => row.text)).toEqual(PORT_QUOTES.map((quote) => quote.text));
    expect(quotes[1]).toMatchObject({ speaker_name: 'Keiko Tanaka', speaker_entity: 'name:person/keiko-tanaka', verb: 'added', rule: 'quotes/test' });
  });

  it('keeps offsets that index the article text', async () => {
    const tables = await exportStored();
    const text = tables.get('articles.csv')?.[0]?.text ?? '';
    for (const file of ['mentions.csv', 'quotes.csv', 'dates.csv', 'amounts.csv']) {
      const rows = (tables.get(file) ?? []).filter((row) => row.layer === 'text');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(text.slice(Number(row.start), Number(row.end))).toBe(row.text);
    }
  });

  it('writes one entity row per entity and article with its place fields, and one mention row per mention', async () => {
    const tables = await exportStored();
    const entities = tables.get('entities.csv') ?? [];
    expect(entities).toHaveLength(PORT_STORY.entities.length);
    expect(entities[0]).toMatchObject({ article_id: PORT_STORY.id, entity_id: 'geonames:5746545', type: 'location', name: 'Portland', lat: '45.5234', lon: '-122.6762', cc: 'US', admin1: 'Oregon', mentions: '4' });
    const person = entities.find((row) => row.type === 'person');
    expect(person).toMatchObject({ lat: '', lon: '', cc: '', countries: 'JP' });
    const mentions = tables.get('mentions.csv') ?? [];
    expect(mentions).toHaveLength(PORT_STORY.entities.reduce((sum, entity) => sum + entity.mentions.length, 0));
    expect(mentions.filter((row) => row.layer === 'title').map((row) => row.text)).toEqual(['Portland', 'Osaka']);
  });

  it('writes dates and amounts with their normalised values', async () => {
    const tables = await exportStored();
    expect((tables.get('dates.csv') ?? []).map((row) => [row.value, row.stated])).toEqual([['2025-03-03', 'true'], ['2025-03-07', 'false'], ['2025-WI', 'false']]);
    const amounts = tables.get('amounts.csv') ?? [];
    expect(amounts.map((row) => [row.kind, row.value, row.unit, row.count_type])).toEqual([
      ['count', '12', '', ''],
      ['count', '3', '', 'WOUND'],
      ['count', '2000', '', 'TROOPS'],
      ['money', '4500000', 'USD', ''],
      ['percent', '12', '%', ''],
    ]);
  });

  it('writes a header row and nothing else for an empty database', async () => {
    const empty = storeRecords([]);
    const store = new SqliteStore(empty.path, { readonly: true });
    try {
      const tables = await exportTables(() => store.records());
      expect([...tables.keys()]).toEqual(['articles.csv', 'entities.csv', 'mentions.csv', 'quotes.csv', 'dates.csv', 'amounts.csv']);
      for (const rows of tables.values()) expect(rows).toEqual([]);
    } finally {
      store.close();
      empty.remove();
    }
  });
});
