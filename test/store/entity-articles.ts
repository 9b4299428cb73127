/**
 * A small corpus with entities, written for the store's entity tests (invented stories, not real
 * reporting): a ministerial visit to a disputed island, a protest in Tokyo, fishing talks, a trade
 * fair in Osaka, a cyclone in Fiji, and an updated copy of the visit story. Entities and quotes are
 * built from the text, so every offset is real.
 */
import type { ArticleRecord } from '../../src/record/schema.js';
import type { EntityGeoT, EntityT } from '../../src/record/facts/entities.js';
import { makeRecord } from './articles.js';

type Quote = ArticleRecord['quotes'][number];
type DateFact = ArticleRecord['dates'][number];

interface EntitySpec {
  id: string;
  type: EntityT['type'];
  kind?: string | null;
  name: string;
  aliases?: string[];
  countries?: string[];
  geo?: EntityGeoT | null;
  /** Strings to find in the body as mentions (every occurrence not inside an earlier one), with their form. */
  mentions: [string, EntityT['mentions'][number]['form']][];
  /** Strings to find in the title. */
  titleMentions?: string[];
  roles?: string[];
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

function entity(spec: EntitySpec, text: string, title: string): EntityT {
  const mentions: EntityT['mentions'] = [];
  for (const needle of spec.titleMentions ?? []) {
    for (const start of occurrences(title, needle)) {
      mentions.push({ layer: 'title', start, end: start + needle.length, text: needle, rule: 'entities/test', form: 'name', confidence: 0.9 });
    }
  }
  // Earlier needles win: ["Dmitry Medvedev", "Medvedev"] makes the surname a mention only where it stands alone.
  const overlaps = (start: number, end: number): boolean => mentions.some((m) => m.layer === 'text' && m.start < end && start < m.end);
  for (const [needle, form] of spec.mentions) {
    for (const start of occurrences(text, needle)) {
      if (overlaps(start, start + needle.length)) continue;
      mentions.push({ layer: 'text', start, end: start + needle.length, text: needle, rule: 'entities/test', form, confidence: 0.9 });
    }
  }
  if (mentions.length === 0) throw new Error(`no mention of ${spec.name} found`);
  mentions.sort((x, y) => (x.layer === y.layer ? x.start - y.start : x.layer === 'title' ? -1 : 1));
  const roles = (spec.roles ?? []).map((role) => {
    const start = text.indexOf(role);
    return { layer: 'text', start, end: start + role.length, text: role, rule: 'entities/test' };
  });
  return {
    id: spec.id,
    type: spec.type,
    kind: spec.kind ?? null,
    name: spec.name,
    aliases: spec.aliases ?? [],
    countries: spec.countries ?? [],
    geo: spec.geo ?? null,
    roles,
    mentions,
    link: null,
  };
}

function quote(text: string, words: string, speaker: { name: string; entity: string | null } | null, verb: string | null): Quote {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`quote not found: ${words}`);
  return {
    layer: 'text',
    start,
    end: start + words.length,
    text: words,
    rule: speaker === null ? 'quotes/unattributed' : 'quotes/verb-after',
    speaker: speaker === null ? null : { name: speaker.name, role: null, entity: speaker.entity, mention: null, resolution: 'stated' },
    verb: verb === null ? null : { start, end: start, text: verb, lemma: verb },
    channel: null,
    date: null,
    continues: null,
    multiParagraph: false,
  };
}

function date(text: string, words: string, value: string, layer = 'text'): DateFact {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`date not found: ${words}`);
  return { layer, start, end: start + words.length, text: words, rule: 'dates/test', type: 'DATE', value, range: null, stated: true, anchor: null };
}

const JAPAN: Omit<EntitySpec, 'mentions'> = {
  id: 'iso3166-1:JP',
  type: 'location',
  kind: 'country',
  name: 'Japan',
  aliases: ['Nippon'],
  countries: ['JP'],
  geo: { lat: 36.2, lon: 138.25, cc: 'JP', admin1: null, kind: 'country' },
};
const RUSSIA: Omit<EntitySpec, 'mentions'> = {
  id: 'iso3166-1:RU',
  type: 'location',
  kind: 'country',
  name: 'Russia',
  aliases: ['Russian Federation'],
  countries: ['RU'],
  geo: { lat: 61.5, lon: 105.3, cc: 'RU', admin1: null, kind: 'country' },
};
const TOKYO: Omit<EntitySpec, 'mentions'> = {
  id: 'geonames:1850147',
  type: 'location',
  kind: 'city',
  name: 'Tokyo',
  countries: ['JP'],
  geo: { lat: 35.69, lon: 139.69, cc: 'JP', admin1: 'Tokyo', kind: 'city' },
};
const ITURUP: Omit<EntitySpec, 'mentions'> = {
  id: 'ng:place/iturup',
  type: 'location',
  kind: 'island',
  name: 'Iturup',
  aliases: ['Etorofu'],
  countries: ['RU'],
  geo: { lat: 45.0, lon: 147.9, cc: 'RU', admin1: 'Sakhalin Oblast', kind: 'island' },
};
const MEDVEDEV = { id: 'name:person/dmitry-medvedev', type: 'person' as const, name: 'Dmitry Medvedev' };
const KISHIDA = { id: 'name:person/fumio-kishida', type: 'person' as const, name: 'Fumio Kishida' };

function visitStory(): ArticleRecord {
  const title = 'Medvedev lands on Iturup as Japan protests';
  const text = [
    'Dmitry Medvedev, deputy chairman of the Security Council of Russia, flew to Iturup on Tuesday and toured a new fish-processing plant, his first trip to the island in five years.',
    'Japan, which calls the island Etorofu and claims it as its own, lodged a protest within hours. "These islands are Russian land and will stay that way," Medvedev told workers at the plant.',
    'The island was taken by Soviet troops in 1945, and no peace treaty has been signed since. Officials in Tokyo said the visit on 30 January 2024 damaged hopes of talks.',
  ].join('\n\n');
  return makeRecord({
    id: 'kuril-visit',
    url: 'https://northpacific.example/kuril-visit',
    title,
    text,
    published: '2024-01-30T18:00:00+09:00',
    siteName: 'North Pacific Review',
    siteDomain: 'northpacific.example',
    entities: [
      entity({ ...MEDVEDEV, mentions: [['Dmitry Medvedev', 'name'], ['Medvedev', 'partial']], titleMentions: ['Medvedev'], roles: ['deputy chairman of the Security Council of Russia'] }, text, title),
      entity({ ...RUSSIA, mentions: [['Russian', 'demonym'], ['Russia', 'name']] }, text, title),
      entity({ ...ITURUP, mentions: [['Iturup', 'name'], ['Etorofu', 'alias']], titleMentions: ['Iturup'] }, text, title),
      entity({ ...JAPAN, mentions: [['Japan', 'name']], titleMentions: ['Japan'] }, text, title),
      entity({ ...TOKYO, mentions: [['Tokyo', 'name']] }, text, title),
    ],
    quotes: [quote(text, 'These islands are Russian land and will stay that way,', { name: 'Dmitry Medvedev', entity: MEDVEDEV.id }, 'tell')],
    dates: [date(text, '1945', '1945'), date(text, '30 January 2024', '2024-01-30'), date(text, 'five years', 'P5Y')].map((d) => (d.value === 'P5Y' ? { ...d, type: 'DURATION' } : d)),
  });
}

function visitUpdate(): ArticleRecord {
  const base = visitStory();
  const text = base.text + '\n\nThis story was updated with the reaction from Tokyo.';
  return { ...base, id: 'kuril-visit-update', text, source: { ...base.source, path: 'test/kuril-visit-update.txt' } };
}

function protestStory(): ArticleRecord {
  const title = 'Kishida calls Iturup trip a provocation';
  const text = [
    'Prime Minister Fumio Kishida told parliament in Tokyo on Thursday that the visit by Dmitry Medvedev was a provocation that Japan could not accept.',
    '"We will keep raising the northern islands with Moscow, whatever the mood," Kishida said. Russia has not replied to the note.',
    'A small crowd gathered outside the Russian embassy on 1 February 2024 holding placards.',
  ].join('\n\n');
  return makeRecord({
    id: 'tokyo-protest',
    url: 'https://capitalwire.example/protest',
    title,
    text,
    published: '2024-02-02',
    siteName: 'Capital Wire',
    siteDomain: 'capitalwire.example',
    entities: [
      entity({ ...KISHIDA, mentions: [['Fumio Kishida', 'name'], ['Kishida', 'partial']], titleMentions: ['Kishida'], roles: ['Prime Minister'] }, text, title),
      entity({ ...TOKYO, mentions: [['Tokyo', 'name']] }, text, title),
      entity({ ...MEDVEDEV, mentions: [['Dmitry Medvedev', 'name']] }, text, title),
      entity({ ...JAPAN, mentions: [['Japan', 'name']] }, text, title),
      entity({ ...RUSSIA, mentions: [['Russian', 'demonym'], ['Russia', 'name']] }, text, title),
    ],
    quotes: [quote(text, 'We will keep raising the northern islands with Moscow, whatever the mood,', { name: 'Fumio Kishida', entity: KISHIDA.id }, 'say')],
    dates: [date(text, '1 February 2024', '2024-02-01')],
  });
}

function fishingStory(): ArticleRecord {
  const title = 'Fishing crews in Nemuro wait on quota talks';
  const text = [
    'Crab boats have stayed in harbour at Nemuro, on the eastern tip of Hokkaido, while officials from Japan and Russia argue over this season\'s catch limits.',
    '"Every week tied up costs us more than the boat earns in a month," said Kenji Sato, who skippers one of the larger vessels.',
    'The talks resumed on 10 March 2024 and are expected to run into April 2024.',
  ].join('\n\n');
  return makeRecord({
    id: 'fishing-talks',
    url: 'https://hokkaidopost.example/fishing',
    title,
    text,
    published: '2024-03-15T07:30:00+09:00',
    siteName: 'Hokkaido Post',
    siteDomain: 'hokkaidopost.example',
    entities: [
      entity({ id: 'geonames:2128975', type: 'location', kind: 'city', name: 'Nemuro', countries: ['JP'], geo: { lat: 43.33, lon: 145.58, cc: 'JP', admin1: 'Hokkaido', kind: 'city' }, mentions: [['Nemuro', 'name']], titleMentions: ['Nemuro'] }, text, title),
      entity({ id: 'iso3166-2:JP-01', type: 'location', kind: 'region', name: 'Hokkaido', countries: ['JP'], geo: { lat: 43.2, lon: 142.8, cc: 'JP', admin1: null, kind: 'region' }, mentions: [['Hokkaido', 'name']] }, text, title),
      entity({ ...JAPAN, mentions: [['Japan', 'name']] }, text, title),
      entity({ ...RUSSIA, mentions: [['Russia', 'name']] }, text, title),
      entity({ id: 'name:person/kenji-sato', type: 'person', name: 'Kenji Sato', mentions: [['Kenji Sato', 'name']] }, text, title),
    ],
    // An unlinked speaker: the quote names him but carries no entity id.
    quotes: [quote(text, 'Every week tied up costs us more than the boat earns in a month,', { name: 'Kenji Sato', entity: null }, 'say')],
    dates: [date(text, '10 March 2024', '2024-03-10'), date(text, 'April 2024', '2024-04')],
  });
}

function expoStory(): ArticleRecord {
  const title = 'Osaka trade fair draws record crowds';
  const text = [
    'More than forty thousand visitors passed through the halls of the Osaka trade fair on its opening weekend, organisers said on Monday.',
    'Robotics firms took the largest stands, and several exhibitors said they had signed orders before the doors opened.',
  ].join('\n\n');
  return makeRecord({
    id: 'osaka-fair',
    title,
    text,
    published: '2024-05-20',
    siteName: 'Kansai Business',
    siteDomain: 'kansaibiz.example',
    entities: [
      entity({ id: 'geonames:1853909', type: 'location', kind: 'city', name: 'Osaka', countries: ['JP'], geo: { lat: 34.69, lon: 135.5, cc: 'JP', admin1: 'Osaka', kind: 'city' }, mentions: [['Osaka', 'name']], titleMentions: ['Osaka'] }, text, title),
    ],
  });
}

function cycloneStory(): ArticleRecord {
  const title = 'Cyclone season opens early in Fiji';
  const text = [
    'Forecasters in Suva warned on Friday that a tropical low north of Vanua Levu could deepen into the first cyclone of the season.',
    '"Families should check their emergency kits now, not when the wind arrives," Prime Minister Sitiveni Rabuka said.',
  ].join('\n\n');
  return makeRecord({
    id: 'suva-cyclone',
    title,
    text,
    published: '2025-01-10T09:00:00+12:00',
    siteName: 'Suva Courier',
    siteDomain: 'suvacourier.example',
    entities: [
      entity({ id: 'geonames:2198148', type: 'location', kind: 'city', name: 'Suva', countries: ['FJ'], geo: { lat: -18.14, lon: 178.44, cc: 'FJ', admin1: 'Central', kind: 'city' }, mentions: [['Suva', 'name']] }, text, title),
      entity({ id: 'iso3166-1:FJ', type: 'location', kind: 'country', name: 'Fiji', countries: ['FJ'], geo: { lat: -17.7, lon: 178.0, cc: 'FJ', admin1: null, kind: 'country' }, mentions: [['Fiji', 'name']], titleMentions: ['Fiji'] }, text, title),
      entity({ id: 'name:person/sitiveni-rabuka', type: 'person', name: 'Sitiveni Rabuka', mentions: [['Sitiveni Rabuka', 'name']], roles: ['Prime Minister'] }, text, title),
    ],
    quotes: [quote(text, 'Families should check their emergency kits now, not when the wind arrives,', { name: 'Sitiveni Rabuka', entity: 'name:person/sitiveni-rabuka' }, 'say')],
  });
}

/** In ingest order: the update comes after its original, so it is stored as a duplicate (same URL). */
export function entityCorpus(): ArticleRecord[] {
  return [visitStory(), protestStory(), fishingStory(), expoStory(), cycloneStory(), visitUpdate()];
}
