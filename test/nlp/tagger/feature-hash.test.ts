import { describe, expect, it } from 'vitest';
import { HASH_BITS, hashText, key0, key1, key2 } from '../../../src/nlp/tagger/feature-hash.js';
import { contextFeatures, sentenceContext, tagFeatures, wordFeatures } from '../../../src/nlp/tagger/features.js';

describe('feature hashing', () => {
  it('hashes a slice of a word like the slice on its own', () => {
    expect(hashText('kunashiri', 0, 3)).toBe(hashText('kun'));
    expect(hashText('kunashiri', 6)).toBe(hashText('iri'));
    expect(hashText('kun')).not.toBe(hashText('nuk'));
  });

  it('gives signed hashes (small integers in V8) and the keys of their unsigned readings', () => {
    for (const word of ['tokyo', 'osaka', 'Medvedev', 'said', '<s>', 'g=LOC-B', '']) {
      const h = hashText(word);
      expect(h).toBe(h | 0);
      expect(key1(7, h)).toBe(key1(7, h >>> 0));
      expect(key2(7, h, 3)).toBe(key2(7, h >>> 0, 3));
      expect(key2(7, 3, h)).toBe(key2(7, 3, h >>> 0));
    }
  });

  it('keeps every key inside HASH_BITS bits and tells templates and value order apart', () => {
    const a = hashText('tokyo');
    const b = hashText('osaka');
    const keys = [key0(1), key1(1, a), key1(2, a), key2(3, a, b), key2(3, b, a)];
    for (const key of keys) {
      expect(Number.isInteger(key)).toBe(true);
      expect(key).toBeGreaterThanOrEqual(0);
      expect(key).toBeLessThan(2 ** HASH_BITS);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives different words different word keys, and the same letters different keys per template', () => {
    const words = ['Kremlin', 'Medvedev', 'Moscow', 'Kunashiri', 'Tuesday', 'officials', 'said'];
    // the first feature is the lower-cased word itself
    expect(new Set(words.map((w) => wordFeatures(w, false)[0])).size).toBe(words.length);
    // "kun" is both the 3-letter prefix of "kunkun" and its 3-letter suffix: two keys, not one
    const kunkun = wordFeatures('kunkun', false);
    expect(new Set(kunkun).size).toBe(kunkun.length);
  });

  it('gives a word the same own features on a caps line whatever its case, but not elsewhere', () => {
    expect(wordFeatures('MOSCOW', true).slice(0, 2)).toEqual(wordFeatures('Moscow', true).slice(0, 2));
    expect(wordFeatures('MOSCOW', false)).not.toEqual(wordFeatures('Moscow', false));
  });

  it('makes the tag-history features depend on the previous tags and the word', () => {
    const w = hashText('said');
    expect(tagFeatures(1, 0, w)).not.toEqual(tagFeatures(2, 0, w));
    expect(tagFeatures(1, 0, w)[2]).not.toBe(tagFeatures(1, 0, hashText('told'))[2]);
    expect(tagFeatures(1, 0, w)[0]).toBe(tagFeatures(1, 5, hashText('told'))[0]);
  });

  it('adds the sentence-initial features only to the first token', () => {
    const c = sentenceContext('Officials met in Riga'.split(' '), null);
    expect(contextFeatures(c, 0).length).toBe(contextFeatures(c, 1).length + 2);
  });
});
