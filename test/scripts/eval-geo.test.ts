import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addPassage, alignToponyms, emptyTally, geoFigures, greatCircleKm, parseGeoPassages } from '../../scripts/lib/geo-score.js';

describe('geo scoring', () => {
  it('measures great-circle distances', () => {
    // Paris to Lyon is about 392 km as the crow flies.
    expect(greatCircleKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeGreaterThan(385);
    expect(greatCircleKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeLessThan(400);
  });

  it('pairs overlapping spans one to one and scores accuracy within 161 km', () => {
    const gold = [
      { start: 0, end: 5, lat: 48.8566, lon: 2.3522 },
      { start: 10, end: 15, lat: 33.6609, lon: -95.5555 },
      { start: 20, end: 26, lat: 51.5074, lon: -0.1278 },
    ];
    const predicted = [
      { start: 0, end: 5, text: 'Paris', lat: 48.85, lon: 2.35, id: 'a' },
      { start: 10, end: 15, text: 'Paris', lat: 48.85, lon: 2.35, id: 'a' },
      { start: 30, end: 35, text: 'Texas', lat: 31.5, lon: -99.3, id: 'b' },
    ];
    const pairs = alignToponyms(gold, predicted);
    expect(pairs.map((p) => p.predicted?.start ?? null)).toEqual([0, 10, null]);
    const tally = emptyTally();
    addPassage(tally, pairs, predicted.length);
    const f = geoFigures(tally);
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.accuracy).toBeCloseTo(1 / 3);
    expect(f.accuracyRecognized).toBeCloseTo(1 / 2);
    expect(f.medianKm).toBeGreaterThan(0);
  });

  it('refuses a gold offset that does not cover its name', () => {
    const line = JSON.stringify({ text: 'Floods in Perth.', toponyms: [{ start: 9, end: 14, name: 'Perth', lat: -31.95, lon: 115.86 }] });
    expect(() => parseGeoPassages(line, 'x.jsonl')).toThrow(/cover " Pert"/);
  });

  for (const file of ['eval/geo-dev.jsonl', 'eval/geo-heldout.jsonl']) {
    it(`${file}: every gold offset covers its name`, () => {
      const passages = parseGeoPassages(readFileSync(file, 'utf8'), file);
      expect(passages.length).toBeGreaterThan(10);
      for (const p of passages) for (const t of p.toponyms) expect(p.text.slice(t.start, t.end)).toBe(t.name);
    });
  }
});
