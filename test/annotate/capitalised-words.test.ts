/**
 * The capitalised-word scan must find exactly what the global Unicode expressions it replaces find,
 * on text mixing ASCII, accented letters, combining marks, hyphens, digits, apostrophes and astral
 * characters.
 */
import { describe, expect, it } from 'vitest';
import { capitalisedWordScan } from '../../src/annotate/entities/capitalised-words.js';

const PLAIN = /\p{Lu}[\p{L}\p{M}]*/gu;
const HYPHENATED = /\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*/gu;

const TEXTS = [
  'Medvedev said Russia-held islands near Hokkaido are not "disputed". Japan disagreed.',
  'Émile Zola met Ångström in Łódź; the Russian-held and Guinea-Bissau and ANTI-War signs.',
  'Se\u0301bastien wrote O’Brien, McKay and D\u2019Arcy: 3M, COVID-19, iPhone, X-ray, x-Ray.',
  'Emoji 😀 before Zürich 𝐀stral and after: Tōkyō-Ōsaka, Ελλάδα, Москва-Сити, 北京.',
  'A-b-c- Trailing-hyphen- -Leading and ABC- DEF-ghi-JKL end',
  '',
];

function byExpression(expression: RegExp, text: string): [number, string][] {
  return [...text.matchAll(expression)].map((m) => [m.index, m[0]]);
}

function byScan(hyphenated: boolean, text: string): [number, string][] {
  const out: [number, string][] = [];
  capitalisedWordScan(hyphenated)(text, (start, word) => out.push([start, word]));
  return out;
}

describe('capitalisedWordScan', () => {
  for (const text of TEXTS) {
    it(`matches the plain expression on ${JSON.stringify(text.slice(0, 30))}`, () => {
      expect(byScan(false, text)).toEqual(byExpression(PLAIN, text));
    });
    it(`matches the hyphenated expression on ${JSON.stringify(text.slice(0, 30))}`, () => {
      expect(byScan(true, text)).toEqual(byExpression(HYPHENATED, text));
    });
  }
  it('finds words at all on ordinary text', () => {
    expect(byScan(true, 'The Russian-held Kuril Islands').map(([, w]) => w)).toEqual(['The', 'Russian-held', 'Kuril', 'Islands']);
  });
});
