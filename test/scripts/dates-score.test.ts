import { describe, expect, it } from 'vitest';
import { addCounts, alignDocument, prf, score } from '../../scripts/lib/dates-score.js';

const gold = [
  { start: 10, end: 26, type: 'DATE', value: '2024-01-30' },
  { start: 40, end: 51, type: 'DURATION', value: 'P8Y' },
  { start: 60, end: 64, type: 'DATE', value: '2020' },
];

describe('dates scoring', () => {
  it('separates strict from relaxed matches and checks type and value on relaxed ones', () => {
    const predicted = [
      { start: 10, end: 26, type: 'DATE', value: '2024-01-30' }, // exact
      { start: 36, end: 51, type: 'DATE', value: 'P8Y' }, // overlaps, wrong type
      { start: 70, end: 74, type: 'DATE', value: '2021' }, // spurious
    ];
    const counts = alignDocument(gold, predicted);
    expect(counts).toEqual({ gold: 3, predicted: 3, strictHits: 1, relaxedHits: 2, typeHits: 1, valueHits: 2 });
    const s = score(counts);
    expect(s.strict.precision).toBeCloseTo(1 / 3);
    expect(s.relaxed.recall).toBeCloseTo(2 / 3);
    expect(s.typeAccuracy).toBeCloseTo(0.5);
    expect(s.value.f1).toBeCloseTo(2 / 3);
  });

  it('does not credit one long prediction for two gold expressions', () => {
    const counts = alignDocument(
      [
        { start: 0, end: 4, type: 'DATE', value: '2019' },
        { start: 8, end: 12, type: 'DATE', value: '2021' },
      ],
      [{ start: 0, end: 12, type: 'DATE', value: '2019/2021' }],
    );
    expect(counts.relaxedHits).toBe(1);
    expect(counts.valueHits).toBe(0);
  });

  it('sums documents and keeps empty denominators at zero', () => {
    const a = alignDocument(gold, gold);
    const total = addCounts(a, alignDocument([], []));
    expect(score(total).value.f1).toBe(1);
    expect(prf(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
