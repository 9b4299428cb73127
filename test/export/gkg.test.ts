/**
 * The GKG 2.1 export, read back field by field with GKG's own delimiters: 27 tab-separated fields
 * on every line, no stray tab or line break, and each filled field in codebook syntax.
 */
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGkg } from '../../src/export/gkg.js';
import { GKG_COLUMNS, type GkgColumn } from '../../src/export/gkg/columns.js';
import { fipsCountry } from '../../src/export/gkg/tables.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { capture } from './capture.js';
import { CORPUS, NOTICE, PORT_STORY, PORT_TEXT, PORT_URL, type TempDb, span, storeRecords } from './corpus.js';

let db: TempDb;

beforeAll(() => {
  db = storeRecords(CORPUS);
});

afterAll(() => {
  db.remove();
});

async function exportLines(includeDuplicates = false): Promise<string> {
  const store = new SqliteStore(db.path, { readonly: true });
  const out = capture();
  try {
    await exportGkg(store.records({ includeDuplicates }), out.writer);
    await out.writer.end(true);
  } finally {
    store.close();
  }
  return out.text();
}

type Row = Record<GkgColumn, string>;

function parseRows(text: string): Row[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const fields = line.split('\t');
      expect(fields).toHaveLength(27);
      return Object.fromEntries(GKG_COLUMNS.map((column, i) => [column, fields[i] ?? ''])) as Row;
    });
}

/** GKG's nested lists: items split on `item`, fields on `field`. */
const items = (value: string, item: string, field: string): string[][] => (value === '' ? [] : value.split(item).map((entry) => entry.split(field)));

let text = '';
let port: Row;
let notice: Row;

beforeAll(async () => {
  text = await exportLines();
  [port, notice] = parseRows(text) as [Row, Row];
});

describe('GKG 2.1 export', () => {
  it('writes one line of exactly 27 fields per article, no header, no tab or line break inside a field', async () => {
    expect(text.split('\n')).toHaveLength(3);
    const all = parseRows(await exportLines(true));
    expect(all).toHaveLength(3);
    expect(notice.V2EXTRASXML).toContain('<PAGE_TITLE>Council notice: meeting after the festival</PAGE_TITLE>');
    const quotes = items(port['V2.1QUOTATIONS'], '#', '|');
    expect(quotes[0]?.[3]).toBe('We expect the queue to clear by Friday, but the crews are exhausted. Truly exhausted.');
  });

  it('dates the record in UTC and numbers it in storage order, stably', async () => {
    expect(port['V2.1DATE']).toBe('20250304023000');
    expect(port.GKGRECORDID).toBe('20250304023000-1');
    expect(notice['V2.1DATE']).toBe('');
    expect(notice.GKGRECORDID).toBe('00000000000000-2');
    expect(await exportLines()).toBe(text);
  });

  it('identifies the source: web with a URL, citation-only with the record id otherwise', () => {
    expect([port.V2SOURCECOLLECTIONIDENTIFIER, port.V2SOURCECOMMONNAME, port.V2DOCUMENTIDENTIFIER]).toEqual(['1', 'harbourwatch.example', PORT_URL]);
    expect([notice.V2SOURCECOLLECTIONIDENTIFIER, notice.V2SOURCECOMMONNAME, notice.V2DOCUMENTIDENTIFIER]).toEqual(['2', 'Village Board', NOTICE.id]);
  });

  it('writes each located place once in V1LOCATIONS, with GKG location types and FIPS codes', () => {
    const locations = items(port.V1LOCATIONS, ';', '#');
    for (const location of locations) expect(location).toHaveLength(7);
    const byName = new Map(locations.map((location) => [location[1], location]));
    expect(byName.get('Portland, Oregon, United States')).toEqual(['3', 'Portland, Oregon, United States', 'US', 'USOR', '45.5234', '-122.6762', 'geonames:5746545']);
    expect(byName.get('Oregon, United States')).toEqual(['2', 'Oregon, United States', 'US', 'USOR', '44', '-120.5', 'USOR']);
    expect(byName.get('Osaka, Japan')).toEqual(['4', 'Osaka, Japan', 'JA', 'JA', '34.6937', '135.5022', 'geonames:1853909']);
    expect(byName.get('Hokkaido, Japan')?.slice(0, 4)).toEqual(['5', 'Hokkaido, Japan', 'JA', 'JA']);
    expect(byName.get('Japan')).toEqual(['1', 'Japan', 'JA', 'JA', '36', '138', 'JA']);
    expect(byName.get('Pacific Ocean')?.slice(0, 4)).toEqual(['4', 'Pacific Ocean', '', '']);
  });

  it('writes every body mention of a place in V2ENHANCEDLOCATIONS with its offset, in text order', () => {
    const mentions = items(port.V2ENHANCEDLOCATIONS, ';', '#');
    for (const mention of mentions) expect(mention).toHaveLength(9);
    const offsets = mentions.map((mention) => Number(mention[8]));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    // The title's "Portland" and "Osaka" index another string: only body offsets here.
    expect(mentions.filter((mention) => mention[1]?.startsWith('Portland'))).toHaveLength(3);
    expect(mentions.some((mention) => mention[1] === 'Osaka, Japan')).toBe(false);
    const japan = mentions.find((mention) => mention[1] === 'Japan');
    expect(Number(japan?.[8])).toBe(span(PORT_TEXT, 'Japanese').start);
  });

  it('lists persons and organizations once (V1) and per mention with offsets (V2), never a role phrase', () => {
    expect(port.V1PERSONS).toBe('Keiko Tanaka');
    expect(items(port.V2ENHANCEDPERSONS, ';', ',')).toEqual([
      ['Keiko Tanaka', String(span(PORT_TEXT, 'Keiko Tanaka').start)],
      ['Keiko Tanaka', String(span(PORT_TEXT, 'Tanaka', 1).start)],
    ]);
    expect(port.V1ORGANIZATIONS).toBe('Osaka Port Authority');
    expect(port.V2ENHANCEDORGANIZATIONS).toBe(`Osaka Port Authority,${span(PORT_TEXT, 'Osaka Port Authority').start}`);
  });

  it('writes GKG counts (V1 without, V2.1 with the offset) and keeps TROOPS, which GKG lacks, for the extras', () => {
    expect(items(port.V1COUNTS, ';', '#')).toEqual([['WOUND', '3', 'dock workers', '', '', '', '', '', '', '']]);
    expect(items(port['V2.1COUNTS'], ';', '#')).toEqual([['WOUND', '3', 'dock workers', '', '', '', '', '', '', '', String(span(PORT_TEXT, 'At least 3').start)]]);
    expect(port.V2EXTRASXML).toContain(`<COUNT type="TROOPS" number="2000" object="troops" layer="text" offset="${span(PORT_TEXT, 'about 2,000').start}"/>`);
  });

  it('writes calendar dates as Resolution#Month#Day#Year#Offset and skips seasons', () => {
    expect(items(port['V2.1ENHANCEDDATES'], ';', '#')).toEqual([
      ['4', '3', '3', '2025', String(span(PORT_TEXT, 'March 3, 2025').start)],
      ['4', '3', '7', '2025', String(span(PORT_TEXT, 'Friday').start)],
    ]);
  });

  it('writes quotations as Offset|Length|Verb|Quote with delimiters inside the quote blanked', () => {
    const quotes = items(port['V2.1QUOTATIONS'], '#', '|');
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) expect(quote).toHaveLength(4);
    const second = span(PORT_TEXT, 'Cargo, fuel; and #food | all of it waits,');
    expect(quotes[1]).toEqual([String(second.start), String(second.end - second.start), 'added', 'Cargo, fuel; and food all of it waits,']);
  });

  it('writes all names as written with offsets, without role phrases or nationality words', () => {
    const names = items(port['V2.1ALLNAMES'], ';', ',');
    for (const name of names) expect(name).toHaveLength(2);
    expect(names.map((name) => name[0])).toEqual(['PORTLAND', 'Oregon', 'Portland', 'Pacific Ocean', 'Keiko Tanaka', 'Osaka Port Authority', 'Tanaka', 'Portland', 'Hokkaido']);
  });

  it('writes amounts as Amount,Object,Offset: counts with their object, money with its currency, shares as percent', () => {
    expect(items(port['V2.1AMOUNTS'], ';', ',').map((amount) => amount.slice(0, 2))).toEqual([
      ['12', 'container ships'],
      ['3', 'dock workers'],
      ['2000', 'troops'],
      ['4500000', 'USD'],
      ['12', 'percent'],
    ]);
  });

  it('fills the media and word-count fields it has data for and leaves the others empty', () => {
    expect(port['V2.1RELATEDIMAGES']).toBe('https://harbourwatch.example/img/ships.jpg');
    expect(port.V2GCAM).toMatch(/^wc:\d+$/);
    for (const column of ['V1THEMES', 'V2ENHANCEDTHEMES', 'V1.5TONE', 'V2.1SHARINGIMAGE', 'V2.1TRANSLATIONINFO'] as const) expect(port[column]).toBe('');
  });

  it('puts title, authors, record id, quote speakers and entity ids in well-formed extras XML', () => {
    const xml = port.V2EXTRASXML;
    expect(xml).toContain('<PAGE_AUTHORS>Mele Havili; Dan O&apos;Rourke</PAGE_AUTHORS>');
    expect(xml).toContain('<PAGE_PRECISEPUBTIMESTAMP>20250304023000</PAGE_PRECISEPUBTIMESTAMP>');
    expect(xml).toContain(`<NG_RECORD_ID>${PORT_STORY.id}</NG_RECORD_ID>`);
    const document = parseDocument(`<root>${xml}</root>`, { xmlMode: true });
    const speakers = document.children.flatMap((root) => ('children' in root ? root.children : [])).find((node) => 'name' in node && node.name === 'NG_QUOTE_SPEAKERS');
    expect(speakers && 'children' in speakers ? speakers.children.length : 0).toBe(2);
    expect(xml).toContain(`<SPEAKER offset="${span(PORT_TEXT, 'Cargo').start}" name="Keiko Tanaka" role="spokeswoman" entity="name:person/keiko-tanaka" resolution="surname"/>`);
    expect(xml).toContain('<ENTITY id="geonames:5746545" type="location" name="Portland" offsets="0,');
    expect(xml).not.toMatch(/[<&](?![A-Za-z_/!]|amp;|lt;|gt;|quot;|apos;)/);
  });

  it('maps ISO country codes to FIPS 10-4', () => {
    expect(['JP', 'DE', 'GB', 'RU', 'CN', 'FJ', 'TO', 'US', 'AU', 'AT'].map(fipsCountry)).toEqual(['JA', 'GM', 'UK', 'RS', 'CH', 'FJ', 'TN', 'US', 'AS', 'AU']);
    expect(fipsCountry(null)).toBe('');
  });

  it('writes nothing for an empty corpus', async () => {
    const empty = storeRecords([]);
    const store = new SqliteStore(empty.path, { readonly: true });
    const out = capture();
    try {
      expect(await exportGkg(store.records(), out.writer)).toBe(0);
      await out.writer.end(true);
    } finally {
      store.close();
      empty.remove();
    }
    expect(out.text()).toBe('');
  });
});
