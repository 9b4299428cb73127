import { describe, expect, it } from 'vitest';
import { changesWhenLowerCased, initialChangesWhenLowerCased, lowerCased, startsWithUpperCaseLetter } from '../../src/nlp/lower-case.js';

describe('lower-case', () => {
  it('agrees with toLowerCase on ASCII, accented, expanding and context-dependent cases', () => {
    const words = ['said', 'Said', 'SAID', 'u.s', 'U.S', "don't", '15,000', '', 'é', 'É', 'ÉCOLE', 'straße', 'İstanbul', '\u212Ay', 'ΟΔΟΣ', 'σοφός', 'ﬁre', 'x\u0301', '\ud83d\ude00', '\ud801\udc00x', 'Δ', 'aB', '1st', 'Ünal'];
    for (const word of words) {
      expect(lowerCased(word)).toBe(word.toLowerCase());
      expect(changesWhenLowerCased(word)).toBe(word !== word.toLowerCase());
      expect(initialChangesWhenLowerCased(word)).toBe(word[0] !== undefined && word[0] !== word[0].toLowerCase());
      expect(startsWithUpperCaseLetter(word)).toBe(/^\p{Lu}/u.test(word));
    }
  });

  it('returns a lower-case ASCII word itself', () => {
    const word = ['un', 'changed'].join('');
    expect(lowerCased(word)).toBe(word);
  });
});
