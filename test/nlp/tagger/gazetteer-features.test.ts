import { describe, expect, it } from 'vitest';
import { createGazetteer, gazetteerFeatures, tokenKey } from '../../../src/nlp/tagger/gazetteer-features.js';

const gazetteer = createGazetteer([
  { key: 'kuril islands', type: 'LOC' },
  { key: 'kuril', type: 'LOC' },
  { key: 'bank of japan', type: 'ORG' },
  { key: 'japan', type: 'LOC' },
  { key: 'japanese', type: 'DEM' },
  { key: 'mobile', type: 'LOC' },
  { key: 'us', type: 'LOC' },
]);

const featuresOf = (sentence: string, capsLine = false): string[][] => {
  const words = sentence.split(' ');
  return gazetteerFeatures(words, words.map(tokenKey), gazetteer, capsLine);
};

describe('tokenKey', () => {
  it('normalises tokens the way the knowledge base keys names', () => {
    expect(tokenKey('U.S.')).toBe('us');
    expect(tokenKey('Tomé')).toBe('tome');
    expect(tokenKey('Saint-Denis')).toBe('saint denis');
  });
});

describe('gazetteerFeatures', () => {
  it('marks the longest known name, with connectors inside it', () => {
    const features = featuresOf('the Bank of Japan and the Kuril Islands');
    expect(features[1]).toContain('g=ORG-B');
    expect(features[2]).toContain('g=ORG-I');
    expect(features[3]).toContain('g=ORG-I');
    expect(features[3]).not.toContain('g=LOC-B');
    expect(features[6]).toContain('g=LOC-B');
    expect(features[7]).toContain('g=LOC-I');
  });

  it('ignores lower-case common words that happen to be place names', () => {
    const features = featuresOf('a mobile phone from Mobile');
    expect(features[1]).toEqual([]);
    expect(features[4]).toContain('g=LOC-B');
  });

  it('marks nationality words and matches any word on an ALL-CAPS line', () => {
    expect(featuresOf('Japanese troops')[0]).toEqual(['g=DEM']);
    expect(featuresOf('TROOPS LEAVE KURIL ISLANDS', true)[2]).toContain('g=LOC-B');
  });

  it('stops extending a run once no known name continues it, without losing longer names', () => {
    expect(gazetteer.continues('bank')).toBe(true);
    expect(gazetteer.continues('bank of')).toBe(true);
    expect(gazetteer.continues('japan')).toBe(false);
    // "Japan Bank of Japan": the first Japan cannot grow into anything, the bank name still matches
    const features = featuresOf('Japan Bank of Japan');
    expect(features[0]).toContain('g=LOC-B');
    expect(features[1]).toContain('g=ORG-B');
    expect(features[3]).toContain('g=ORG-I');
  });
});
