import { describe, expect, it } from 'vitest';
import { execAtNextCapital, nextCapitalAt } from '../../src/nlp/capital-scan.js';

/** Every match of `source` as a global /u expression finds them: [index, text]. */
function globalMatches(source: string, text: string): [number, string][] {
  return [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0]]);
}

/** The same through execAtNextCapital with a sticky copy. */
function scannedMatches(source: string, text: string): [number, string][] {
  const sticky = new RegExp(source, 'uy');
  const out: [number, string][] = [];
  for (let m = execAtNextCapital(sticky, text, 0); m !== null; m = execAtNextCapital(sticky, text, sticky.lastIndex)) out.push([m.index, m[0]]);
  return out;
}

const TEXTS = [
  'Mr. Jean-Luc O’Brien met Ünal Şahin in São Paulo, said the U.S. State Department.',
  'ÉCOLE Polytechnique and ΟΔΟΣ Athens; σοφός Δ.',
  'astral capitals \ud835\udc00\ud835\udc01 and lone surrogates \ud835 X \udc00 Y \ud801\udc00x end',
  'no capitals at all, only “quotes” and ’apostrophes’',
  '',
  'Z',
];

describe('capital-scan', () => {
  it('finds what a global /u expression led by \\p{Lu} finds', () => {
    const sources = [String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:of|for|and|the|de|on)[ \t]+)*\p{Lu}[\p{L}\p{M}'’.-]*)*`, String.raw`\p{Lu}\p{Ll}+`, String.raw`\p{Lu}`];
    for (const source of sources) for (const text of TEXTS) expect(scannedMatches(source, text)).toEqual(globalMatches(source, text));
  });

  it('steps over a capital the expression does not match there', () => {
    // "\p{Lu}\p{Ll}+" fails at "U" of "US" and at "S": the scan goes on to "Paris".
    expect(scannedMatches(String.raw`\p{Lu}\p{Ll}+`, 'US and Paris')).toEqual([[7, 'Paris']]);
  });

  it('gives the offset of the next capital, or -1', () => {
    expect(nextCapitalAt('abc Déf Ég', 0)).toBe(4);
    expect(nextCapitalAt('abc Déf Ég', 5)).toBe(8);
    expect(nextCapitalAt('abc déf', 0)).toBe(-1);
    expect(nextCapitalAt('x \ud835\udc00', 0)).toBe(2);
  });
});
