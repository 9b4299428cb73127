import { describe, expect, it } from 'vitest';
import { type Token, isSpaceCode, tokenEndAt, tokenize, tokenizeInto } from '../../../src/nlp/tokenize.js';

/** The tokenizer's scan as it was (one global expression, exec per token), to compare with. */
const PATTERN = /(?:\p{L}\.){2,}|\p{N}+\p{L}[\p{L}\p{N}]*|\p{N}+(?:[-.,:/]\p{N}+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;

/** The raw matches of the old scan, and of the new one (tokens before abbreviation and clitic handling are not exposed: compare spans). */
function oldMatches(text: string): [number, number][] {
  const out: [number, number][] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

describe('tokenizer scan', () => {
  it('treats exactly the code units \\s matches as spaces', () => {
    for (let code = 0; code < 0x10000; code += 1) expect(isSpaceCode(code)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it('covers the same characters as the global expression did, on text with Unicode spaces, marks and astral characters', () => {
    const texts = [
      'Mr. Dahl met U.S. officials in São Paulo on Jan. 5, 2024 — 15,000 people; 3.5% rose.',
      'Russia\u2019s envoy didn\u2019t say\u00a0much\u2003about\u3000"AT&T" (Amazon.com) at 5pm\u2028next\u2029line\ufeff.',
      'e\u0301t\u00e9 \ud83d\ude00 emoji\ud83d\ude00word 1990s 4G 24/7 2-1 1996-08-22 J. K. Rowling Inc.',
      '  leading and trailing spaces\t\tand\r\nbreaks  ',
      '\ud800 lone surrogate \udc00 here',
    ];
    for (const text of texts) {
      const tokens: Token[] = tokenize(text);
      // every old match is covered by tokens that start and end inside it (tokens only split a match or add a period)
      const starts = new Set(tokens.map((t) => t.start));
      for (const [start] of oldMatches(text)) expect(starts.has(start) || tokens.some((t) => t.start < start && t.end > start)).toBe(true);
      for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('ends each match where the sticky expression does, ASCII scanned by hand or not', () => {
    const sticky = new RegExp(PATTERN.source, 'uy');
    // letters, digits, every separator, spaces, and non-ASCII letters, digits, marks and astral characters
    const pieces = ['a', 'Z', 'q', '7', '0', '.', '-', ',', ':', '/', "'", '&', '’', ' ', '\t', '!', '(', 'é', '²', '\u0301', '\ud83d\ude00', '\ud835\udc00', 'U.', 'S.', '19', 'th'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    for (let k = 0; k < 2000; k += 1) {
      let text = '';
      for (let i = 0, n = 1 + random(12); i < n; i += 1) text += pieces[random(pieces.length)];
      for (let pos = 0; pos < text.length; pos += 1) {
        if (isSpaceCode(text.charCodeAt(pos))) continue;
        sticky.lastIndex = pos;
        expect(sticky.test(text) ? sticky.lastIndex : -1, JSON.stringify([text, pos])).toBe(tokenEndAt(text, pos));
      }
    }
  });

  it('moves offsets by the given amount', () => {
    expect(tokenizeInto('Dahl said .', 10, []).map((t) => [t.text, t.start, t.end])).toEqual([['Dahl', 10, 14], ['said', 15, 19], ['.', 20, 21]]);
  });
});
