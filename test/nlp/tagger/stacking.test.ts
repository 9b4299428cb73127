import { describe, expect, it } from 'vitest';
import { sentenceContext, stackCueFeature, stackFirstFeature, stackLongerFeature, stackMajorityFeature } from '../../../src/nlp/tagger/features.js';
import { DOC_CUE_LOC, DOC_CUE_ORG, documentCues, stackedFeatures } from '../../../src/nlp/tagger/stacking.js';
import { tagIndex } from '../../../src/nlp/tagger/tags.js';

describe('stackedFeatures', () => {
  const words = 'Kurt Volker met Burisma staff . Volker said Burisma paid . Burisma denied .'.split(' ');
  const tags = ['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'O', 'B-PER', 'O', 'B-LOC', 'O', 'O', 'B-ORG', 'O', 'O'].map(tagIndex);
  const keys = stackedFeatures(words, tags);

  it('gives nothing to words seen once or without a capital', () => {
    expect(keys[0]).toBeNull();
    expect(keys[2]).toBeNull();
    expect(keys[5]).toBeNull();
  });

  it('reads the majority and first tag of the other occurrences', () => {
    // "Burisma" at 8: the others (3, 11) are both B-ORG; the first occurrence is B-ORG
    expect(keys[8]).toEqual([stackMajorityFeature(tagIndex('B-ORG'), true), stackFirstFeature(tagIndex('B-ORG'))]);
    // "Burisma" at 3 is the first occurrence: the others are B-LOC and B-ORG, no first-occurrence feature
    expect(keys[3]).toHaveLength(1);
  });

  it('says when another occurrence ends a longer span', () => {
    // "Volker" at 6: elsewhere the last word of the two-word PER "Kurt Volker"
    expect(keys[6]).toContain(stackLongerFeature(0, true));
    expect(keys[1]).not.toContain(stackLongerFeature(0, true));
  });
});

describe('documentCues', () => {
  const sentences = [
    'Vindman testified about the gas company Burisma .'.split(' '),
    'Burisma paid Hunter Biden , and Sierra Nevada Corporation bid .'.split(' '),
    'Sierra Nevada lost .'.split(' '),
  ];
  const cues = documentCues(sentences);
  const words = sentences.flat();
  const at = (sentence: number, i: number): number => sentences.slice(0, sentence).reduce((n, s) => n + s.length, 0) + i;

  it('marks an organisation noun before a run and the words up to an organisation head', () => {
    expect(cues[at(0, 6)]).toBe(DOC_CUE_ORG);
    expect(cues[at(0, 0)]).toBe(0);
    expect(cues[at(1, 0)]).toBe(0);
    expect(cues[at(1, 6)]).toBe(DOC_CUE_ORG);
    expect(cues[at(1, 8)]).toBe(DOC_CUE_ORG);
    expect(cues[at(2, 0)]).toBe(0);
  });

  it('hands the cue to the other occurrences of the form', () => {
    const keys = stackedFeatures(words, new Array<number>(words.length).fill(tagIndex('O')), cues);
    expect(keys[at(1, 0)]).toContain(stackCueFeature(DOC_CUE_ORG, false));
    expect(keys[at(0, 6)]).not.toContain(stackCueFeature(DOC_CUE_ORG, true));
    expect(keys[at(2, 0)]).toContain(stackCueFeature(DOC_CUE_ORG, false));
  });
});

describe('cues at run time and in training', () => {
  it('sentenceContext gives each sentence the cues documentCues gives it', () => {
    const sentences = ['Vindman testified about the gas company Burisma , and Sierra Nevada Corporation bid .'.split(' '), 'KYIV MAYOR SAYS CITY READY'.split(' '), 'He flew to the city Lviv .'.split(' ')];
    const flat = documentCues(sentences);
    let base = 0;
    for (const words of sentences) {
      const cues = sentenceContext(words, null).cues;
      expect([...(cues ?? new Uint8Array(words.length))]).toEqual([...flat.subarray(base, base + words.length)]);
      base += words.length;
    }
    expect(flat.some((b) => b === DOC_CUE_LOC)).toBe(true);
  });
});
