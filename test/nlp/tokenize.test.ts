import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeInto } from '../../src/nlp/tokenize.js';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits punctuation and keeps offsets into the original string', () => {
    const text = 'Troops landed on Shikotan, then left.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Troops', 'landed', 'on', 'Shikotan', ',', 'then', 'left', '.']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps dotted abbreviations, titles and initials whole', () => {
    expect(words('Mr. Abe met U.S. envoys at 9 a.m. with John F. Kennedy Jr. in attendance.')).toEqual([
      'Mr.', 'Abe', 'met', 'U.S.', 'envoys', 'at', '9', 'a.m.', 'with', 'John', 'F.', 'Kennedy', 'Jr.', 'in', 'attendance', '.',
    ]);
  });

  it('splits possessives and clitics, with either apostrophe', () => {
    expect(words("Russia's claim, Japan’s reply and they don't agree")).toEqual([
      'Russia', "'s", 'claim', ',', 'Japan', '’s', 'reply', 'and', 'they', 'do', "n't", 'agree',
    ]);
  });

  it('keeps hyphenated words, names with apostrophes and numbers with separators', () => {
    expect(words("The Soviet-Japanese War cost O'Brien 15,000 yen (3.5%).")).toEqual([
      'The', 'Soviet-Japanese', 'War', 'cost', "O'Brien", '15,000', 'yen', '(', '3.5', '%', ')', '.',
    ]);
  });

  it('keeps ordinals and decades whole', () => {
    expect(words('the 5th Area Army in the 1990s, 2-1 win')).toEqual(['the', '5th', 'Area', 'Army', 'in', 'the', '1990s', ',', '2-1', 'win']);
  });

  it('gives offsets that survive non-ASCII text and quotes', () => {
    const text = '“São Tomé” – Kuril Islands';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['“', 'São', 'Tomé', '”', '–', 'Kuril', 'Islands']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('tokenizes a line cut from a longer text with offsets into that text, appending to the array given', () => {
    const text = 'MOSCOW, Feb 3\nThe Kremlin\u2019s envoy met Mr. Sato.';
    const lineStart = text.indexOf('\n') + 1;
    const out = tokenizeInto(text.slice(0, lineStart - 1), 0, []);
    const appended = tokenizeInto(text.slice(lineStart), lineStart, out);
    expect(appended).toBe(out);
    expect(out.map((t) => t.text)).toEqual(['MOSCOW', ',', 'Feb', '3', 'The', 'Kremlin', '\u2019s', 'envoy', 'met', 'Mr.', 'Sato', '.']);
    for (const token of out) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
