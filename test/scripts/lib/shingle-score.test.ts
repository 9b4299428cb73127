import { describe, expect, it } from 'vitest';
import { matchPage, pageF1, pagePrecision, pageRecall, scoreCorpus, shingles, tokenize } from '../../../scripts/lib/shingle-score.js';

describe('tokenize', () => {
  it('keeps runs of Unicode word characters and drops punctuation', () => {
    expect(tokenize('Mayor’s plan: 3,000 new homes — approved!')).toEqual(['Mayor', 's', 'plan', '3', '000', 'new', 'homes', 'approved']);
  });

  it('keeps letters of other scripts and combining marks inside words', () => {
    expect(tokenize('Привет, мир_1! नमस्ते')).toEqual(['Привет', 'мир_1', 'नमस्ते']);
  });
});

describe('shingles', () => {
  it('counts overlapping 4-token windows as a multiset', () => {
    const s = shingles(['a', 'b', 'a', 'b', 'a', 'b', 'a']);
    // windows: abab, baba, abab, baba
    expect(s.get('a b a b')).toBe(2);
    expect(s.get('b a b a')).toBe(2);
    expect(s.size).toBe(2);
  });

  it('makes one shorter shingle of a text under four tokens, and none of an empty one', () => {
    expect([...shingles(['council', 'meets'])]).toEqual([['council meets', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('matchPage', () => {
  it('counts shared, extra and missing shingles', () => {
    // truth: 6 tokens -> 3 shingles; prediction: first 5 tokens then 2 junk -> 4 shingles, 2 shared
    const m = matchPage('the council voted on tuesday night', 'the council voted on tuesday click here');
    expect(m).toEqual({ tp: 2, fp: 2, fn: 1, exact: false });
    expect(pagePrecision(m)).toBe(0.5);
    expect(pageRecall(m)).toBeCloseTo(2 / 3);
    expect(pageF1(m)).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it('treats token sequences that differ only in punctuation and spacing as exact', () => {
    const m = matchPage('Rain, then sun.\n\nWind later.', 'Rain then sun Wind later');
    expect(m.exact).toBe(true);
    expect(m.fp + m.fn).toBe(0);
  });

  it('leaves an empty prediction out of precision but not of recall', () => {
    const m = matchPage('some words of truth here', '');
    expect(pagePrecision(m)).toBeNull();
    expect(pageRecall(m)).toBe(0);
    expect(pageF1(m)).toBe(0);
  });
});

describe('scoreCorpus', () => {
  it('averages precision and recall over pages, then takes their harmonic mean', () => {
    const full = matchPage('one two three four five', 'one two three four five'); // P 1, R 1
    const half = matchPage('one two three four five', 'one two three four'); // P 1, R 1/2
    const empty = matchPage('one two three four five', ''); // P none, R 0
    const score = scoreCorpus([full, half, empty]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(1.5 / 3);
    expect(score.f1).toBeCloseTo((2 * 1 * 0.5) / 1.5);
    expect(score.accuracy).toBeCloseTo(1 / 3);
    expect(score.pages).toBe(3);
  });
});
