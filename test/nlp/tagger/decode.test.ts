import { describe, expect, it } from 'vitest';
import { decodeBio } from '../../../src/nlp/tagger/decode.js';
import { tagIndex } from '../../../src/nlp/tagger/tags.js';

const tags = (...names: string[]): number[] => names.map(tagIndex);

describe('decodeBio', () => {
  it('turns IOB2 tags into typed token spans', () => {
    const spans = decodeBio(tags('B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O'));
    expect(spans.map(({ type, first, last }) => ({ type, first, last }))).toEqual([
      { type: 'PER', first: 0, last: 2 },
      { type: 'LOC', first: 3, last: 4 },
      { type: 'LOC', first: 4, last: 6 },
    ]);
  });

  it('opens an entity at an I- tag that does not continue one (IOB1 and broken input)', () => {
    const spans = decodeBio(tags('I-ORG', 'I-ORG', 'I-MISC', 'O', 'I-LOC'));
    expect(spans.map(({ type, first, last }) => ({ type, first, last }))).toEqual([
      { type: 'ORG', first: 0, last: 2 },
      { type: 'MISC', first: 2, last: 3 },
      { type: 'LOC', first: 4, last: 5 },
    ]);
  });

  it('takes the lowest token confidence for a span', () => {
    const [span] = decodeBio(tags('B-ORG', 'I-ORG', 'I-ORG'), [0.9, 0.4, 0.8]);
    expect(span?.confidence).toBeCloseTo(0.4);
  });
});
