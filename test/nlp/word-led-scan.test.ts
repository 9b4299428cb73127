import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The modules whose scans are checked: importing them registers their scans.
import '../../src/annotate/dates.js';
import '../../src/annotate/amounts.js';
import { leadWordsOf, wordLedScan, wordLedScans } from '../../src/nlp/word-led-scan.js';

/** [index, match, groups] of each match: what the finders read of a match. */
function summary(matches: Iterable<RegExpMatchArray>): unknown[] {
  return [...matches].map((m) => [m.index, [...m], m.groups]);
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Phrases the scanned patterns match, some of each, so that a lead word left out shows. */
const PHRASES = [
  'the day before yesterday', 'day before yesterday', 'yesterday morning', 'tonight', 'this evening', 'last night', 'earlier this week',
  'the next month', 'later this year', 'coming weekend', 'last March', 'next Sept.', 'two years ago', 'a year ago', '3 days ago',
  'several weeks ago', 'the following day', 'the day before.', 'the week after,', 'earlier in the month', 'that night', 'later that year',
  'three weeks later', 'an hour earlier', '12 years before.', 'at noon', 'midnight', 'five days a week', 'every Monday', 'each summer',
  'on Mondays', 'twice a year', 'once per month', 'three times a week', 'every two weeks', 'annually', 'a weekly', 'for a year', 'in an hour',
  'for years', 'over decades', 'the past two weeks', 'the coming months', 'eight years', 'a 10-year sentence', 'twenty-five years',
  'a couple of days', 'a few weeks', 'dozens of years', 'hundreds of years', '24 hours', '7-day', 'mid-2020', 'early 2024', 'late 1990',
  'summer 2019', 'late winter of 2020', 'last winter', 'in the spring', 'for the summer', 'this fall', 'the third quarter of 2023',
  'second half', 'Q3 2024', '1st quarter', 'the 19th century', 'the twenty-first century', 'early 1800s', 'mid-20th century', 'in 1945',
  'in 2024,', 'the 1990s', "the '80s", 'half a million', 'half an hour', 'tens of thousands', 'hundreds of millions', 'scores of',
  'a dozen', 'a hundred', 'two hundred and fifty', 'one-third', '15,000', '1.5 million', '$5m', '2bn', 'thousands', 'fifty-five',
];

/**
 * Texts of the phrases and the words the scanned patterns read, in random case, glued to one
 * another now and then, between separators that are and are not word characters (non-ASCII
 * letters, the long s and the Kelvin sign that fold onto ASCII letters under /iu but not under /i,
 * underscores, digits).
 */
function syntheticTexts(count: number): string[] {
  const words = [
    ...new Set([
      ...wordLedScans().flatMap((scan) => scan.leads.words),
      ...PHRASES,
      ...'ago later earlier before after times a an per of the for over in that this next last past coming following same week weekend month year decade day days years hours night morning evening quarter half century old noon spring summer march May Monday mondays thousand million dozen hundreds tens of thousands and'.split(' '),
    ]),
  ];
  const numbers = ['3', '15', '1999', '2024', '1800s', '1990s', "'90s", '1st', '3rd', '12,000', '1.5', '10-year', '5m', '2bn', '07', '12345', 'Q3', '9:15'];
  const separators = [' ', ' ', ' ', '  ', ', ', '. ', '\n', '\n\n', '-', ' - ', '–', '’', "'", '_', 'é', 'ſ', '\u212a', '$', '#', '/', '(', ')', ''];
  const next = random(20240601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const texts: string[] = [];
  for (let k = 0; k < count; k += 1) {
    let text = '';
    const length = 5 + Math.floor(next() * 60);
    for (let i = 0; i < length; i += 1) {
      let word = next() < 0.2 ? pick(numbers) : pick(words);
      const c = next();
      if (c < 0.15) word = word.toUpperCase();
      else if (c < 0.35) word = word.charAt(0).toUpperCase() + word.slice(1);
      text += word + pick(separators);
    }
    texts.push(text);
  }
  return texts;
}

/** Real prose: the seed texts and the text fixtures, where present. */
function proseTexts(): string[] {
  const texts: string[] = [];
  const seeds = new URL('../../../shared/seeds/', import.meta.url);
  if (existsSync(seeds)) for (const name of readdirSync(seeds)) if (name.endsWith('.txt')) texts.push(readFileSync(new URL(name, seeds), 'utf8'));
  const fixtures = new URL('../fixtures/text/', import.meta.url);
  for (const dir of readdirSync(fixtures)) {
    const folder = new URL(`${dir}/`, fixtures);
    for (const name of readdirSync(folder)) if (name.endsWith('.txt')) texts.push(readFileSync(new URL(name, folder), 'utf8'));
  }
  return texts;
}

describe('word-led-scan', () => {
  const texts = [...proseTexts(), ...syntheticTexts(400)];

  it('finds what each registered global expression finds', () => {
    expect(wordLedScans().length).toBeGreaterThan(20);
    for (const scan of wordLedScans()) {
      let found = 0;
      for (const text of texts) {
        const expected = summary(text.matchAll(scan.pattern));
        found += expected.length;
        expect(summary(scan.matches(text)), `${scan.pattern} on ${JSON.stringify(text.slice(0, 80))}`).toEqual(expected);
      }
      // Each pattern matches often in these texts, so a lead word missing from its list would show.
      expect(found, String(scan.pattern)).toBeGreaterThan(20);
    }
  });

  it('reads a text anew for each text and after a scan is added', () => {
    const the = wordLedScan(/\bthe\s+\w+/gi, { words: ['the'] });
    expect(the.matches('see the cat').map((m) => m[0])).toEqual(['the cat']);
    expect(the.matches('THE dog, the_end and other the').map((m) => m[0])).toEqual(['THE dog']);
    const digits = wordLedScan(/\b\d+/g, { words: [], digits: true });
    expect(digits.matches('x1 2y 3').map((m) => m.index)).toEqual([3, 6]);
  });

  it('resumes after a match as a global scan does', () => {
    const scan = wordLedScan(/\b(?:a|a b)\b[^.]*/gi, { words: ['a'] });
    expect(scan.matches('a b a. a').map((m) => [m.index, m[0]])).toEqual([[0, 'a b a'], [7, 'a']]);
  });

  it('takes the first word of each phrase as its lead', () => {
    expect(leadWordsOf(['a couple of', 'twenty-first', 'Every'])).toEqual(['a', 'twenty', 'every']);
    expect(() => leadWordsOf(['1st'])).toThrow();
    expect(() => wordLedScan(/x/i, { words: ['x'] })).toThrow();
  });
});
