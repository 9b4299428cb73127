import { describe, expect, it } from 'vitest';
import { stackFirstFeature, stackLongerFeature, stackMajorityFeature } from '../../../src/nlp/tagger/features.js';
import { stackedFeatures } from '../../../src/nlp/tagger/stacking.js';
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
