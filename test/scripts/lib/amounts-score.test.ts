import { describe, expect, it } from 'vitest';
import {
  type PredictedAmount,
  addMatch,
  emptyTally,
  figures,
  locateGold,
  matchAmounts,
} from '../../../scripts/lib/amounts-score.js';

const BODY = 'Rescuers found 12 survivors and about 40 bodies; 12 boats searched the bay.';

function predicted(text: string, from: number, fields: Partial<PredictedAmount> = {}): PredictedAmount {
  const start = BODY.indexOf(text, from);
  return { start, end: start + text.length, text, value: 0, approximate: false, object: null, countType: null, unit: null, min: null, max: null, ...fields };
}

describe('locateGold', () => {
  it('finds repeated texts in order', () => {
    const spans = locateGold(BODY, [{ text: '12', value: 12 }, { text: 'about 40', value: 40 }, { text: '12', value: 12 }]);
    expect(spans.map((s) => s.start)).toEqual([15, 32, 49]);
  });

  it('throws on a gold amount missing from the text', () => {
    expect(() => locateGold(BODY, [{ text: '13', value: 13 }])).toThrow(/"13" not found/);
  });
});

describe('matching and figures', () => {
  const gold = locateGold(BODY, [
    { text: '12', value: 12, object: 'survivors', countType: null },
    { text: 'about 40', value: 40, approximate: true, object: 'bodies', countType: 'KILL' },
    { text: '12', value: 12, object: 'boats' },
  ]);

  it('pairs overlapping spans once, and counts misses and spurious predictions', () => {
    const found = [
      predicted('12', 0, { value: 12, object: { text: 'survivors' } }),
      predicted('40', 0, { value: 40, approximate: false, object: { text: 'Bodies' }, countType: 'KILL' }),
      predicted('bay', 0, { value: 1 }),
    ];
    const match = matchAmounts(gold, found);
    expect(match.pairs.map((p) => p.gold.text)).toEqual(['12', 'about 40']);
    expect(match.missed.map((g) => g.start)).toEqual([49]);
    expect(match.spurious.map((p) => p.text)).toEqual(['bay']);

    const result = figures(addMatch(emptyTally(), match));
    expect(result.precision).toBeCloseTo(2 / 3);
    expect(result.recall).toBeCloseTo(2 / 3);
    expect(result.f1).toBeCloseTo(2 / 3);
    // "40" is inside "about 40": matched, but not the same span.
    expect(result.exactSpan).toBe(0.5);
    expect(result.fields.value).toBe(1);
    // Objects compare without case; approximate is checked on the one gold that states it, and wrong.
    expect(result.fields.object).toBe(1);
    expect(result.fields.approximate).toBe(0);
    expect(result.fields.countType).toBe(1);
    expect(Number.isNaN(result.fields.unit)).toBe(true);
  });

  it('scores an empty prediction list as zero recall, undefined precision', () => {
    const result = figures(addMatch(emptyTally(), matchAmounts(gold, [])));
    expect(result.recall).toBe(0);
    expect(Number.isNaN(result.precision)).toBe(true);
  });
});
