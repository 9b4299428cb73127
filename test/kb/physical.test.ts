/**
 * Physical geography in the built knowledge base (data/kb/kb.json): lakes, rivers, mountains,
 * volcanoes, ranges, deserts, glaciers, waterfalls, bays and canals from curated/physical.jsonl, and
 * the islands of curated/islands.jsonl. Each case is a name as news writes it.
 */
import { describe, expect, it } from 'vitest';
import { type KbEntry, lookup } from '../../src/kb/index.js';
import { annotateEntities } from '../../src/annotate/entities.js';
import type { Document } from '../../src/input/document.js';
import { createPipeline } from '../../src/pipeline.js';
import { isErrorRecord } from '../../src/record/schema.js';

/** Degrees a representative point may be off: a lake or a river's named point is tens of km wide. */
const TOLERANCE_DEGREES = 1;

function best(name: string): KbEntry {
  const [first] = lookup(name);
  if (first === undefined) throw new Error(`no candidate for "${name}"`);
  return first.entry;
}

function pointOf(entry: KbEntry): { lat: number; lon: number } {
  if (entry.type !== 'location' || entry.lat === null || entry.lat === undefined || entry.lon === null || entry.lon === undefined) {
    throw new Error(`${entry.id} has no point`);
  }
  return { lat: entry.lat, lon: entry.lon };
}

describe('physical features', () => {
  it.each([
    ['Lake Victoria', 'ng:place/lake-victoria', 'lake', -1, 33],
    ['Lake Titicaca', 'ng:place/lake-titicaca', 'lake', -15.8, -69.4],
    ['Titicaca', 'ng:place/lake-titicaca', 'lake', -15.8, -69.4],
    ['Baikal', 'ng:place/lake-baikal', 'lake', 53.5, 108],
    ['the Sea of Galilee', 'ng:place/sea-of-galilee', 'lake', 32.8, 35.6],
    ['the Brahmaputra', 'ng:place/brahmaputra', 'river', 26.2, 91.7],
    ['the Ganga', 'ng:place/ganges', 'river', 25.3, 83],
    ['the Ganges', 'ng:place/ganges', 'river', 25.3, 83],
    ['the Yangtze', 'ng:place/yangtze', 'river', 30.6, 114.3],
    ['the Dnipro River', 'ng:place/dnieper', 'river', 50.45, 30.55],
    ['the Thames', 'ng:place/river-thames', 'river', 51.5, -0.1],
    ['Mount Everest', 'ng:place/mount-everest', 'mountain', 28, 86.9],
    ['Mt. Everest', 'ng:place/mount-everest', 'mountain', 28, 86.9],
    ['Mount Etna', 'ng:place/mount-etna', 'volcano', 37.75, 15],
    ['Kilauea', 'ng:place/kilauea', 'volcano', 19.4, -155.3],
    ['the Hindu Kush', 'ng:place/hindu-kush', 'mountain-range', 35.5, 70.5],
    ['the Gobi', 'ng:place/gobi-desert', 'desert', 43, 105],
    ['the Empty Quarter', 'ng:place/rub-al-khali', 'desert', 20, 50],
    ['the Thwaites Glacier', 'ng:place/thwaites-glacier', 'glacier', -75.5, -106.75],
    ['Iguazu Falls', 'ng:place/iguazu-falls', 'waterfall', -25.7, -54.4],
    ['Guantanamo Bay', 'ng:place/guantanamo-bay', 'bay', 19.9, -75.15],
    ['the Kiel Canal', 'ng:place/kiel-canal', 'canal', 54.2, 9.5],
  ])('"%s" is %s, a %s', (name, id, kind, lat, lon) => {
    const entry = best(name);
    expect(entry.id).toBe(id);
    expect(entry.kind).toBe(kind);
    const point = pointOf(entry);
    expect(Math.abs(point.lat - lat)).toBeLessThan(TOLERANCE_DEGREES);
    expect(Math.abs(point.lon - lon)).toBeLessThan(TOLERANCE_DEGREES);
  });

  it('names every riparian country of a shared river, the main one first', () => {
    expect(best('Mekong').cc).toEqual(['LA', 'TH', 'KH', 'VN', 'CN', 'MM']);
    expect(best('Danube').cc).toContain('RO');
    expect(best('Lake Tanganyika').cc).toEqual(['TZ', 'CD', 'BI', 'ZM']);
  });

  it('says which point of a river it gives', () => {
    expect(best('Danube').source).toMatch(/point: at Budapest/);
  });
});

describe('bare names shared with places', () => {
  it('keeps "Victoria" the state and city, never the lake', () => {
    const ids = lookup('Victoria').map((c) => c.entry.id);
    expect(ids[0]).toBe('iso3166-2:AU-VIC');
    expect(ids).not.toContain('ng:place/lake-victoria');
  });

  it('links a bare river name to the river only when no large place bears it', () => {
    expect(best('Thames').kind).toBe('river');
    expect(best('Severn').kind).toBe('river'); // before Severn, Maryland (45,000 people)
    expect(best('Columbia').kind).toBe('city'); // Columbia, South Carolina, before the river
    expect(best('Mississippi').kind).toBe('region');
    expect(best('Niger').kind).toBe('country');
    expect(best('Jordan').kind).toBe('country');
  });

  it('keeps a city or region before a mountain named after it', () => {
    expect(best('Fuji').kind).toBe('city');
    expect(best('Kilimanjaro').kind).toBe('region');
    expect(best('Mount Kilimanjaro').kind).toBe('volcano');
  });
});

describe('islands added for news', () => {
  it.each([
    ['Lesbos', 'ng:place/lesbos', 39.2, 26.3],
    ['Lampedusa', 'ng:place/lampedusa', 35.5, 12.6],
    ['Jeju Island', 'ng:place/jeju-island', 33.4, 126.55],
    ['Scarborough Shoal', 'ng:place/scarborough-shoal', 15.15, 117.76],
    ['Kharg Island', 'ng:place/kharg-island', 29.25, 50.3],
    ['Maui', 'ng:place/maui', 20.8, -156.3],
    ['Majorca', 'ng:place/mallorca', 39.6, 3],
  ])('"%s" is %s', (name, id, lat, lon) => {
    const entry = best(name);
    expect(entry.id).toBe(id);
    const point = pointOf(entry);
    expect(Math.abs(point.lat - lat)).toBeLessThan(TOLERANCE_DEGREES);
    expect(Math.abs(point.lon - lon)).toBeLessThan(TOLERANCE_DEGREES);
  });

  it('puts New Zealand\'s South Island before the Cocos islet of that name', () => {
    expect(best('South Island').id).toBe('ng:place/south-island-nz');
  });

  it.each(['Tenerife', 'Lesbos', 'Rhodes', 'Ibiza', 'Orkney', 'Shetland', 'Zanzibar Island', 'Hong Kong Island', 'Sulawesi'])(
    '"%s" has one island entry, not a duplicate',
    (name) => {
      const islands = lookup(name).filter((c) => c.entry.kind === 'island' || c.entry.kind === 'archipelago');
      expect(islands).toHaveLength(1);
    },
  );
});

describe('linking physical features in an article', () => {
  it('places a lake, a river and a volcano', () => {
    const document: Document = {
      id: 'physical',
      format: 'body',
      content:
        'Fishing crews on Lake Victoria said catches had fallen again this season. Downstream, engineers in Sudan measured the Blue Nile at record lows, ' +
        'while in Italy scientists reported fresh ash from Mount Etna drifting over Catania.',
      source: { path: null, container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
      hints: {},
      warnings: [],
    };
    const record = createPipeline([]).process(document);
    if (isErrorRecord(record)) throw new Error(record.error.message);
    const byName = new Map(annotateEntities(record).map((e) => [e.name, e]));
    expect(byName.get('Lake Victoria')?.geo?.kind).toBe('lake');
    expect(byName.get('Blue Nile')?.geo?.kind).toBe('river');
    expect(byName.get('Mount Etna')?.geo?.kind).toBe('volcano');
  });
});
