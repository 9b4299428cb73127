import { describe, expect, it } from 'vitest';
import { splitPossessiveSentence } from '../../scripts/lib/possessives.js';

describe('splitPossessiveSentence', () => {
  it('splits possessive endings as the run-time tokenizer does; the stem keeps the tag', () => {
    const sentence = { words: ['Blue', "Origin's", 'Blue', 'Moon', 'and', 'Omar’s', 'car', "it's", "'s"], tags: ['B-ORG', 'I-ORG', 'B-MISC', 'I-MISC', 'O', 'B-PER', 'O', 'O', 'O'] };
    expect(splitPossessiveSentence(sentence)).toEqual({
      words: ['Blue', 'Origin', "'s", 'Blue', 'Moon', 'and', 'Omar', '’s', 'car', 'it', "'s", "'s"],
      tags: ['B-ORG', 'I-ORG', 'O', 'B-MISC', 'I-MISC', 'O', 'B-PER', 'O', 'O', 'O', 'O', 'O'],
    });
  });

  it('keeps the ending inside an entity that goes on after it', () => {
    expect(splitPossessiveSentence({ words: ["Macy's", 'Parade'], tags: ['B-MISC', 'I-MISC'] }).tags).toEqual(['B-MISC', 'I-MISC', 'I-MISC']);
  });
});
