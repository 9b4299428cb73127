import { describe, expect, it } from 'vitest';
import { harmonizeDocument } from '../../../src/nlp/tagger/consistency.js';

describe('harmonizeDocument', () => {
  const words = 'Yuki Tanaka met Okafor . Later Tanaka left for Lagos . Tanaka returned .'.split(' ');
  const starts = new Set([0, 5, 11]);

  it('tags a missed surname of a person named in full elsewhere', () => {
    const spans = harmonizeDocument(words, [
      { type: 'PER', first: 0, last: 2, confidence: 0.9 },
      { type: 'PER', first: 3, last: 4, confidence: 0.8 },
      { type: 'LOC', first: 9, last: 10, confidence: 0.9 },
    ], starts);
    const found = spans.map((s) => `${s.type}:${words.slice(s.first, s.last).join(' ')}@${s.first}`);
    expect(found).toEqual(['PER:Yuki Tanaka@0', 'PER:Okafor@3', 'PER:Tanaka@6', 'LOC:Lagos@9', 'PER:Tanaka@11']);
  });

  it('does not add repeats on weak evidence, and gives a repeated name its majority type', () => {
    const spans = harmonizeDocument(words, [
      { type: 'PER', first: 0, last: 2, confidence: 0.3 },
      { type: 'LOC', first: 6, last: 7, confidence: 0.2 },
      { type: 'PER', first: 11, last: 12, confidence: 0.9 },
    ], starts);
    const found = spans.map((s) => `${s.type}@${s.first}`);
    expect(found).toEqual(['PER@0', 'PER@6', 'PER@11']);
  });
});

describe('names also used as common nouns', () => {
  it('turns a "person" the article writes after an article into MISC, everywhere it occurs', () => {
    const words = 'Kestis fought Sith Raiders . Only the Sith Raiders , faster than him , hunt Kestis .'.split(' ');
    const spans = harmonizeDocument(words, [
      { type: 'PER', first: 0, last: 1, confidence: 0.9 },
      { type: 'PER', first: 2, last: 4, confidence: 0.8 },
      { type: 'PER', first: 15, last: 16, confidence: 0.9 },
    ], new Set([0, 5]));
    const found = spans.map((s) => `${s.type}:${words.slice(s.first, s.last).join(' ')}@${s.first}`);
    expect(found).toEqual(['PER:Kestis@0', 'MISC:Sith Raiders@2', 'MISC:Sith Raiders@7', 'PER:Kestis@15']);
  });

  it('keeps people named with an article before a following noun or as a family', () => {
    const words = 'Mara Okoye spoke . The Okoye campaign and the Okoyes declined .'.split(' ');
    const spans = harmonizeDocument(words, [
      { type: 'PER', first: 0, last: 2, confidence: 0.9 },
      { type: 'PER', first: 5, last: 6, confidence: 0.8 },
      { type: 'PER', first: 9, last: 10, confidence: 0.8 },
    ], new Set([0, 4]));
    expect(spans.map((s) => s.type)).toEqual(['PER', 'PER', 'PER']);
  });
});

describe('names after "the town of"', () => {
  const words = 'Floods reached the town of Durnford . Durnford has no defences . The Durnford works closed .'.split(' ');
  const starts = new Set([0, 7, 12]);
  const show = (spans: readonly { type: string; first: number; last: number }[]): string[] => spans.map((s) => `${s.type}:${words.slice(s.first, s.last).join(' ')}@${s.first}`);

  it('makes a place of the name, and of its other occurrences tagged as a person', () => {
    const spans = harmonizeDocument(words, [
      { type: 'PER', first: 5, last: 6, confidence: 0.7 },
      { type: 'PER', first: 7, last: 8, confidence: 0.8 },
      { type: 'PER', first: 13, last: 14, confidence: 0.6 },
    ], starts);
    expect(show(spans)).toEqual(['LOC:Durnford@5', 'LOC:Durnford@7', 'LOC:Durnford@13']);
  });

  it('leaves names after other nouns with "of" alone', () => {
    const other = 'The wife of Durnford spoke .'.split(' ');
    const spans = harmonizeDocument(other, [{ type: 'PER', first: 3, last: 4, confidence: 0.7 }], new Set([0]));
    expect(spans[0]?.type).toBe('PER');
  });
});
