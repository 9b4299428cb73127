/** The amounts annotator's parts on their own: number words, the lexicon file, the counted phrase. */
import { describe, expect, it } from 'vitest';
import { COUNT_TYPE_CUES, parseCountTypeLexicon } from '../../src/annotate/amounts/count-type-lexicon.js';
import { findCountedObject } from '../../src/annotate/amounts/counted-object.js';
import { readNumberWords } from '../../src/annotate/amounts/number-words.js';
import { findNumbers } from '../../src/annotate/amounts/numbers.js';

describe('readNumberWords', () => {
  it.each([
    ['seventeen', 17, 'seventeen'],
    ['twenty-one', 21, 'twenty-one'],
    ['two hundred and fifty', 250, 'two hundred and fifty'],
    ['three million', 3e6, 'three million'],
    ['a dozen', 12, 'a dozen'],
    ['two dozen', 24, 'two dozen'],
    ['one thousand two hundred', 1200, 'one thousand two hundred'],
    // Only the well-formed prefix is read.
    ['two three', 2, 'two'],
    ['five and six', 5, 'five'],
  ])('%s = %d', (run, value, read) => {
    const result = readNumberWords(run);
    expect(result?.value).toBe(value);
    expect(run.slice(0, result?.length)).toBe(read);
  });

  it('reads nothing from an article alone', () => {
    expect(readNumberWords('a')).toBeNull();
  });
});

describe('findNumbers', () => {
  it('does not read ordinals, decades or digits glued to letters', () => {
    expect(findNumbers('the 2nd and 21st brigades, the 1990s, flight MH17 and a G7 summit')).toEqual([]);
  });

  it('keeps the scale of a number for ranges to share', () => {
    const [token] = findNumbers('15 million');
    expect(token).toMatchObject({ value: 15e6, scale: 1e6, finder: 'digits', bare: false });
  });
});

describe('count-type lexicon', () => {
  it('maps the issue\'s cue words', () => {
    expect(COUNT_TYPE_CUES.get('killed')).toBe('KILL');
    expect(COUNT_TYPE_CUES.get('wounded')).toBe('WOUND');
    expect(COUNT_TYPE_CUES.get('arrested')).toBe('ARREST');
    expect(COUNT_TYPE_CUES.get('expelled')).toBe('DISPLACED');
    expect(COUNT_TYPE_CUES.get('troops')).toBe('TROOPS');
    expect(COUNT_TYPE_CUES.get('protesters')).toBe('PROTEST');
  });

  it('refuses an unknown type and a cue listed twice, naming the line', () => {
    expect(() => parseCountTypeLexicon('# header\nKILL slain\nMURDER slain\n')).toThrow(/:3: unexpected "MURDER slain"/);
    expect(() => parseCountTypeLexicon('KILL slain\nKILL slain')).toThrow(/:2: cue "slain" is listed twice/);
  });
});

describe('findCountedObject', () => {
  const objectAfter = (text: string, vague = false): string | null =>
    findCountedObject(text, 0, { vague, singular: false })?.text ?? null;

  it.each([
    [' Japanese civilians expelled from the islands', 'Japanese civilians'],
    [' police officers were hurt', 'police officers'],
    [' members with the 2nd Far East Front', 'members'],
    [' fishermen on board', 'fishermen'],
    [' of the delegates', null],
    [' were killed', null],
    [' glass bottles', 'glass bottles'],
  ])('after "%s": %s', (text, expected) => {
    expect(objectAfter(text)).toBe(expected);
  });

  it('takes the phrase after "of" for vague quantities', () => {
    expect(objectAfter(' of displaced families lined up', true)).toBe('displaced families');
  });
});
