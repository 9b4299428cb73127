import { describe, expect, it } from 'vitest';
import { normalizeTag, parseConll, toIob2 } from '../../scripts/lib/conll-file.js';
import { chunksOf, countSentence, report, type TypeCounts } from '../../scripts/lib/conll-score.js';

describe('chunksOf', () => {
  it('reads IOB2 and IOB1 the same way', () => {
    const iob2 = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC'];
    const iob1 = ['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC'];
    expect(chunksOf(iob1)).toEqual(chunksOf(iob2));
    expect(chunksOf(iob2)).toEqual([
      { type: 'PER', first: 0, last: 2 },
      { type: 'LOC', first: 3, last: 4 },
      { type: 'LOC', first: 4, last: 5 },
    ]);
  });
});

describe('entity scoring', () => {
  it('counts only exact span and type matches, conlleval style', () => {
    const counts = new Map<string, TypeCounts>();
    countSentence(['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-MISC'], ['B-PER', 'O', 'O', 'B-ORG', 'O', 'B-MISC'], counts);
    countSentence(['B-LOC', 'O'], ['B-ORG', 'O'], counts);
    const result = report(counts);
    expect(result.perType.get('PER')).toMatchObject({ gold: 1, predicted: 1, correct: 0 });
    expect(result.perType.get('ORG')).toMatchObject({ gold: 1, predicted: 2, correct: 1 });
    expect(result.core).toMatchObject({ gold: 3, predicted: 3, correct: 1 });
    expect(result.core.f1).toBeCloseTo(1 / 3);
    expect(result.all).toMatchObject({ gold: 4, predicted: 4, correct: 2 });
    expect(result.all.f1).toBeCloseTo(0.5);
  });
});

describe('CoNLL files', () => {
  it('reads documents and sentences, the tag from the last column', () => {
    const content = ['-DOCSTART- -X- O O', '', 'EU NNP B-NP I-ORG', 'rejects VBZ B-VP O', '', 'Peter NNP B-NP B-PER', '-DOCSTART- -X- O O', '', 'Rome NNP B-NP I-LOC', ''].join('\n');
    const docs = parseConll(content);
    expect(docs).toHaveLength(2);
    expect(docs[0]?.sentences.map((s) => s.words)).toEqual([['EU', 'rejects'], ['Peter']]);
    expect(toIob2(docs[0]?.sentences[0]?.tags ?? [])).toEqual(['B-ORG', 'O']);
    expect(docs[1]?.sentences[0]?.tags).toEqual(['I-LOC']);
  });

  it('maps other schemes onto the four CoNLL types', () => {
    expect(normalizeTag('B-PERSON')).toBe('B-PER');
    expect(normalizeTag('I-GPE')).toBe('I-LOC');
    expect(normalizeTag('S-NORP')).toBe('B-MISC');
    expect(normalizeTag('B-DATE')).toBe('O');
  });
});
