/**
 * A small corpus for the export tests, written for them: a port story with every kind of fact
 * (places of each GKG location type, a person who is quoted, an organization, counts GKG knows and
 * one it does not, money, a share, dates), text that tries every delimiter (tab, line break, quote
 * marks, commas, ";", "#", "|", "<", "&"), an undated story without a URL or entities, and an updated
 * version of the port story at the same URL (stored as a duplicate). Stored in a real SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleRecord } from '../../src/record/schema.js';
import type { AmountT } from '../../src/record/facts/amounts.js';
import type { DateFactT } from '../../src/record/facts/dates.js';
import type { EntityGeoT, EntityMentionT, EntityT, EntityTypeT, MentionFormT } from '../../src/record/facts/entities.js';
import type { QuoteT } from '../../src/record/facts/quotes.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeRecord } from '../store/articles.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The `nth` (from 0) occurrence of `phrase` in `layer`, as offsets; throws when it is not there. */
export function span(layer: string, phrase: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = layer.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" (#${nth}) not in "${layer.slice(0, 40)}..."`);
  }
  return { start: at, end: at + phrase.length, text: phrase };
}

export const PORT_TITLE = 'Storm holds cargo ships off Portland and Osaka';
export const PORT_TEXT = [
  'PORTLAND, Oregon — Harbour officials in Portland said on March 3, 2025 that 12 container ships were waiting offshore while a late-winter storm crossed the Pacific Ocean.',
  'Keiko Tanaka, a spokeswoman for the Osaka Port Authority, said: “We expect the queue to clear by Friday, but the crews are exhausted.\tTruly exhausted.”',
  '“Cargo, fuel; and #food | all of it waits,” Tanaka added, calling the delay <serious> & “costly.”',
  'At least 3 dock workers were injured in Portland, and about 2,000 troops were sent to Hokkaido to help the Japanese coast guard. Repairs will cost $4.5 million, or 12% of the port budget.',
].join('\n\n');

type MentionSpec = [layer: 'text' | 'title', phrase: string, nth: number, form: MentionFormT];

function mentions(specs: readonly MentionSpec[]): EntityMentionT[] {
  return specs.map(([layer, phrase, nth, form]) => ({
    layer,
    ...span(layer === 'text' ? PORT_TEXT : PORT_TITLE, phrase, nth),
    rule: 'entities/test',
    form,
    confidence: 0.9,
  }));
}

function entity(id: string, type: EntityTypeT, name: string, kind: string | null, geo: EntityGeoT | null, specs: readonly MentionSpec[], countries: string[] = []): EntityT {
  return { id, type, kind, name, aliases: [], countries, geo, roles: [], mentions: mentions(specs), link: null };
}

export const PORT_ENTITIES: EntityT[] = [
  entity('geonames:5746545', 'location', 'Portland', 'city', { lat: 45.5234, lon: -122.6762, cc: 'US', admin1: 'Oregon', kind: 'city' }, [
    ['text', 'PORTLAND', 0, 'name'],
    ['text', 'Portland', 0, 'name'],
    ['text', 'Portland', 1, 'name'],
    ['title', 'Portland', 0, 'name'],
  ], ['US']),
  entity('iso3166-2:US-OR', 'location', 'Oregon', 'region', { lat: 44, lon: -120.5, cc: 'US', admin1: null, kind: 'region' }, [['text', 'Oregon', 0, 'name']], ['US']),
  entity('ng:place/pacific-ocean', 'location', 'Pacific Ocean', 'ocean', { lat: 0, lon: -160, cc: null, admin1: null, kind: 'ocean' }, [['text', 'Pacific Ocean', 0, 'name']]),
  entity('name:person/keiko-tanaka', 'person', 'Keiko Tanaka', null, null, [
    ['text', 'Keiko Tanaka', 0, 'name'],
    ['text', 'a spokeswoman', 0, 'descriptor'],
    ['text', 'Tanaka', 1, 'partial'],
  ], ['JP']),
  entity('name:organization/osaka-port-authority', 'organization', 'Osaka Port Authority', null, null, [['text', 'Osaka Port Authority', 0, 'name']]),
  entity('geonames:1853909', 'location', 'Osaka', 'city', { lat: 34.6937, lon: 135.5022, cc: 'JP', admin1: 'Osaka', kind: 'city' }, [['title', 'Osaka', 0, 'name']], ['JP']),
  entity('iso3166-2:JP-01', 'location', 'Hokkaido', 'region', { lat: 43.2, lon: 142.8, cc: 'JP', admin1: null, kind: 'region' }, [['text', 'Hokkaido', 0, 'name']], ['JP']),
  entity('iso3166-1:JP', 'location', 'Japan', 'country', { lat: 36, lon: 138, cc: 'JP', admin1: null, kind: 'country' }, [['text', 'Japanese', 0, 'demonym']], ['JP']),
];

function quote(phrase: string, verb: string, verbNth: number, lemma: string, resolution: 'stated' | 'surname'): QuoteT {
  const verbSpan = span(PORT_TEXT, verb, verbNth);
  return {
    layer: 'text',
    ...span(PORT_TEXT, phrase),
    rule: 'quotes/test',
    speaker: { name: 'Keiko Tanaka', role: 'spokeswoman', entity: 'name:person/keiko-tanaka', mention: null, resolution },
    verb: { ...verbSpan, lemma },
    channel: null,
    date: null,
    continues: null,
    multiParagraph: false,
  };
}

export const PORT_QUOTES: QuoteT[] = [
  quote('We expect the queue to clear by Friday, but the crews are exhausted.\tTruly exhausted.', 'said', 1, 'say', 'stated'),
  quote('Cargo, fuel; and #food | all of it waits,', 'added', 0, 'add', 'surname'),
];

function date(phrase: string, value: string, stated: boolean): DateFactT {
  return { layer: 'text', ...span(PORT_TEXT, phrase), rule: 'dates/test', type: 'DATE', value, range: null, stated, anchor: null };
}

export const PORT_DATES: DateFactT[] = [date('March 3, 2025', '2025-03-03', true), date('Friday', '2025-03-07', false), date('late-winter', '2025-WI', false)];

function amount(phrase: string, fields: Partial<AmountT> & Pick<AmountT, 'kind' | 'value'>): AmountT {
  return {
    layer: 'text',
    ...span(PORT_TEXT, phrase),
    rule: 'amounts/test',
    min: null,
    max: null,
    approximate: false,
    bound: 'exact',
    unit: null,
    object: null,
    countType: null,
    countCue: null,
    ...fields,
  };
}

export const PORT_AMOUNTS: AmountT[] = [
  amount('12', { kind: 'count', value: 12, object: span(PORT_TEXT, 'container ships') }),
  amount('At least 3', { kind: 'count', value: 3, min: 3, approximate: true, bound: 'at-least', object: span(PORT_TEXT, 'dock workers'), countType: 'WOUND', countCue: span(PORT_TEXT, 'injured') }),
  amount('about 2,000', { kind: 'count', value: 2000, approximate: true, bound: 'about', object: span(PORT_TEXT, 'troops'), countType: 'TROOPS', countCue: span(PORT_TEXT, 'troops') }),
  amount('$4.5 million', { kind: 'money', value: 4500000, unit: 'USD' }),
  amount('12%', { kind: 'percent', value: 12, unit: '%' }),
];

export const PORT_URL = 'https://harbourwatch.example/2025/03/03/storm-holds-ships';

export const PORT_STORY: ArticleRecord = makeRecord({
  id: 'port0000000000a1',
  text: PORT_TEXT,
  url: PORT_URL,
  title: PORT_TITLE,
  authors: ['Mele Havili', 'Dan O\'Rourke'],
  published: '2025-03-03T18:30:00-08:00',
  siteName: 'Harbour Watch',
  siteDomain: 'harbourwatch.example',
  media: [{ kind: 'image', src: 'https://harbourwatch.example/img/ships.jpg', alt: null, caption: 'Ships at anchor', credit: null }],
  entities: PORT_ENTITIES,
  quotes: PORT_QUOTES,
  dates: PORT_DATES,
  amounts: PORT_AMOUNTS,
});

/** No URL, no date, no facts; a title with a tab and a line break that must not split a line. */
export const NOTICE: ArticleRecord = makeRecord({
  id: 'notice000000000b',
  text: 'The village council will meet in the community hall after the harvest festival, weather permitting. Residents may bring questions in writing.',
  title: 'Council notice:\tmeeting\nafter the festival',
  published: null,
  siteName: 'Village Board',
});

/** The port story updated at the same URL: stored, linked to it as a duplicate (same-url). */
export const PORT_UPDATE: ArticleRecord = makeRecord({
  id: 'port0000000000c3',
  text: 'Update: the storm has passed and the ships waiting off Portland began unloading on Tuesday morning, port officials said.',
  url: PORT_URL,
  title: 'Ships unload as storm passes',
  published: '2025-03-04',
  siteDomain: 'harbourwatch.example',
});

export const CORPUS: ArticleRecord[] = [PORT_STORY, NOTICE, PORT_UPDATE];

export interface TempDb {
  dir: string;
  path: string;
  remove(): void;
}

/** A SQLite file in a fresh temporary folder holding `records` (none: an empty database). */
export function storeRecords(records: readonly ArticleRecord[]): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
  const path = join(dir, 'corpus.db');
  const store = new SqliteStore(path);
  try {
    store.put(records);
  } finally {
    store.close();
  }
  return { dir, path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
