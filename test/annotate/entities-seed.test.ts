/**
 * The canonical seed article through the real pipeline (every annotator): the entities it must
 * yield, and the quotes' join with them. The seed lives outside the repository, so the suite skips
 * when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/input/document.js';
import { createPipeline } from '../../src/pipeline.js';
import type { EntityT } from '../../src/record/facts/entities.js';
import { type ArticleRecord, RecordSchema, isErrorRecord } from '../../src/record/schema.js';

const SEED = fileURLToPath(new URL('../../../shared/seeds/000_19dde15206abf679.txt', import.meta.url));

function seedRecord(): ArticleRecord {
  const document: Document = {
    id: 'seed',
    format: 'text',
    content: readFileSync(SEED, 'utf8'),
    source: { path: SEED, container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
    hints: { published: '2024-01-31' },
    warnings: [],
  };
  const line = createPipeline().process(document);
  if (isErrorRecord(line)) throw new Error(line.error.message);
  return line;
}

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe.skipIf(!existsSync(SEED))('entities on the seed article', () => {
  const record = existsSync(SEED) ? seedRecord() : null;
  const entities = record?.entities ?? [];
  /** The entity one of whose mentions is written `text` (in the body unless a layer is given). */
  const withMention = (text: string, layer = 'text'): EntityT => {
    const found = entities.filter((e) => e.mentions.some((m) => m.text === text && m.layer === layer));
    expect(found, `one entity mentioned as "${text}" in ${layer}`).toHaveLength(1);
    return found[0] as EntityT;
  };

  it('is a valid record whose mentions all point at their text', () => {
    if (record === null) return;
    expect(RecordSchema.safeParse(record).success).toBe(true);
    const layers: Record<string, string | null> = { text: record.text, title: record.title };
    record.media.forEach((item, i) => (layers[`media/${i}/caption`] = item.caption));
    for (const entity of entities) {
      for (const span of [...entity.mentions, ...entity.roles]) expect(layers[span.layer]?.slice(span.start, span.end)).toBe(span.text);
    }
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it('finds exactly three persons: Medvedev, Putin and Kishida', () => {
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Dmitry Medvedev', 'Vladimir Putin', 'Fumio Kishida']);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['name:person/dmitry-medvedev', 'name:person/vladimir-putin', 'name:person/fumio-kishida']);
  });

  it('gathers every mention of Medvedev, both “The former president” phrases included', () => {
    const medvedev = withMention('Dmitry Medvedev');
    expect(withMention('Dmitry Medvedev', 'media/4/caption')).toBe(medvedev);
    expect(withMention('Medvedev', 'title')).toBe(medvedev);
    const forms = medvedev.mentions.map((m) => `${m.layer}:${m.text}:${m.form}`);
    expect(forms.filter((f) => f === 'text:The former president:descriptor')).toHaveLength(2);
    expect(forms.filter((f) => f === 'text:Medvedev:partial')).toHaveLength(3);
    expect(medvedev.mentions[0]?.layer).toBe('title');
    expect(medvedev.mentions.find((m) => m.form === 'descriptor')?.rule).toBe('entities/descriptor');
    expect(medvedev.roles.map((r) => r.text)).toEqual(['deputy chairman of Russia’s Security Council', 'Then-Russian President']);
  });

  it('joins “Putin” with “current President Vladimir Putin” and reads the roles of Putin and Kishida', () => {
    const putin = withMention('Vladimir Putin');
    expect(withMention('Putin')).toBe(putin);
    expect(putin.roles.map((r) => r.text)).toEqual(['President']);
    expect(withMention('Fumio Kishida').roles.map((r) => [r.text, r.rule])).toEqual([['Japanese Prime Minister', 'entities/role:title-before-name']]);
  });

  it('finds the organizations, the Imperial Japanese Army with its acronym', () => {
    for (const name of ['Security Council', 'Kremlin', 'Red Army', 'Soviet Pacific Fleet', 'Imperial Japanese Army']) {
      expect(withMention(name).type, name).toBe('organization');
    }
    const ija = withMention('Imperial Japanese Army');
    expect(withMention('IJA')).toBe(ija);
    expect(ija.mentions.find((m) => m.text === 'IJA')?.form).toBe('acronym');
    expect(ija.id).toBe('ng:org/imperial-japanese-army');
  });

  it('locates the places within 100 km of where they are', () => {
    const truth: [string, number, number][] = [
      ['Russia', 61.5, 105.3],
      ['Japan', 36.2, 138.3],
      ['China', 35.9, 104.2],
      ['United States', 39.8, -98.6],
      ['Hokkaido', 43.2, 142.9],
      ['Kuril Islands', 46.5, 151.0],
      ['Northern Territories', 44.0, 146.3],
      ['Kunashiri', 44.1, 145.9],
      ['Etorofu', 45.0, 147.7],
      ['Shikotan', 43.8, 146.7],
      ['Habomai Islands', 43.5, 146.1],
      ['Hiroshima', 34.4, 132.5],
      ['Nagasaki', 32.75, 129.87],
    ];
    for (const [name, lat, lon] of truth) {
      const place = withMention(name);
      expect(place.type, name).toBe('location');
      expect(place.geo, name).not.toBeNull();
      // Countries are large: their representative point only needs to fall inside them.
      const tolerance = ['Russia', 'United States', 'China'].includes(name) ? 1500 : ['Japan'].includes(name) ? 300 : 100;
      expect(km(lat, lon, place.geo?.lat ?? 0, place.geo?.lon ?? 0), name).toBeLessThan(tolerance);
    }
    expect(withMention('US')).toBe(withMention('United States'));
  });

  it('links Etorofu to the Iturup entry', () => {
    const etorofu = withMention('Etorofu');
    expect(withMention('Etorofu', 'media/3/caption')).toBe(etorofu);
    expect(etorofu.id).toBe('ng:place/iturup');
    expect([etorofu.name, ...etorofu.aliases]).toContain('Iturup');
    expect(etorofu.aliases).toContain('Etorofu');
  });

  it('reads “Japanese” as a demonym mention of Japan', () => {
    const japan = withMention('Japan');
    const demonyms = japan.mentions.filter((m) => m.form === 'demonym');
    expect(demonyms.map((m) => m.text)).toEqual(['Japanese', 'Japanese', 'Japanese']);
    expect(demonyms.every((m) => m.rule === 'entities/demonym')).toBe(true);
    expect(withMention('Russian', 'media/4/caption')).toBe(withMention('Russia'));
  });

  it('finds the three wars as events', () => {
    for (const name of ['World War II', 'Soviet-Japanese War', 'Russo-Ukrainian War']) expect(withMention(name).type, name).toBe('event');
  });

  it('keeps non-names out: no “Peace”, “Land Claims Dropped”, “Northern” or “Constitution of Russia”', () => {
    const texts = new Set(entities.flatMap((e) => e.mentions.map((m) => m.text)));
    for (const text of ['Peace', 'Land Claims Dropped', 'Constitution of Russia', 'Northern', 'Japanese Prime Minister']) expect(texts.has(text), text).toBe(false);
  });

  it('reads “X (formerly Twitter)” as one organization, and “‘Northern territories’” as the Northern Territories', () => {
    const x = withMention('X');
    expect(x.type).toBe('organization');
    expect(x).toBe(withMention('Twitter'));
    expect(withMention('Northern territories')).toBe(withMention('Northern Territories'));
  });

  it('orders entities by first body mention and mentions in reading order', () => {
    // "The former president" opens the body: Medvedev comes first.
    expect(entities.slice(0, 4).map((e) => e.name)).toEqual(['Dmitry Medvedev', 'Russia', 'Japan', 'World War II']);
    const captionOnly = entities.filter((e) => !e.mentions.some((m) => m.layer === 'text'));
    expect(entities.slice(entities.length - captionOnly.length)).toEqual(captionOnly);
    const rank = (layer: string): number => (layer === 'title' ? 0 : layer === 'text' ? 1 : 2 + Number(layer.split('/')[1]));
    for (const entity of entities) {
      const keys = entity.mentions.map((m) => rank(m.layer) * 1e6 + m.start);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it('gives every quotation Medvedev’s entity as its speaker', () => {
    expect(record?.quotes.map((q) => q.speaker?.entity)).toEqual(['name:person/dmitry-medvedev', 'name:person/dmitry-medvedev', 'name:person/dmitry-medvedev']);
  });
});
