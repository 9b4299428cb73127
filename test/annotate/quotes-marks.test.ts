import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../src/annotate/quotes/marks.js';

/** The quoted words of every span, with their depth. */
function spansOf(text: string): { words: string; depth: number }[] {
  return findQuotedSpans(text).map((s) => ({ words: text.slice(s.contentStart, s.contentEnd), depth: s.depth }));
}

describe('findQuotedSpans', () => {
  it.each([
    ['curly double', 'He said “we will go” today.', [{ words: 'we will go', depth: 0 }]],
    ['straight double', 'He said "we will go" today.', [{ words: 'we will go', depth: 0 }]],
    ['straight single', "'We will go,' he said.", [{ words: 'We will go,', depth: 0 }]],
    [
      'nested single inside double',
      '“These are not ‘disputed territories’ but Russia,” he wrote.',
      [
        { words: 'These are not ‘disputed territories’ but Russia,', depth: 0 },
        { words: 'disputed territories', depth: 1 },
      ],
    ],
    [
      'two single closing marks closing a double quotation',
      '“It was an attempt to fool voters,’’ Ines Walsh told the radio. “It will not work.”',
      [
        { words: 'It was an attempt to fool voters,', depth: 0 },
        { words: 'It will not work.', depth: 0 },
      ],
    ],
    [
      'a closing mark after stray spaces still closes',
      '“We have never had demand like that  ” Mayer said. "Who are we as a nation  " she wrote.',
      [
        { words: 'We have never had demand like that  ', depth: 0 },
        { words: 'Who are we as a nation  ', depth: 0 },
      ],
    ],
    [
      'an opening curly mark before stray spaces still opens',
      'He told Cook. “  You have done such a good job.” Then he left.',
      [{ words: '  You have done such a good job.', depth: 0 }],
    ],
    [
      'a nested single quotation closing right before its double one is not that',
      '“They called it ‘a plan’’ she said.',
      [{ words: 'a plan', depth: 0 }],
    ],
    [
      'a straight apostrophe closing a curly single quote',
      'the so-called ‘Northern territories\'” and more',
      [{ words: 'Northern territories', depth: 0 }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });

  it.each([
    ['contractions', 'It doesn’t matter and it isn\'t over.'],
    ['plural possessives', 'The students’ union met the teachers\' panel.'],
    ['decades', 'Music of the ’90s and the \'80s.'],
    ['inches', 'A 6" screen and a 10" tablet.'],
  ])('ignores %s', (_name, text) => {
    expect(findQuotedSpans(text)).toEqual([]);
  });

  it('carries a quotation into the next paragraph when that paragraph reopens it', () => {
    const text = '“First part.\n\n“Second part,” she said.';
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.multiParagraph).toBe(true);
    expect(text.slice(spans[0]?.contentStart, spans[0]?.contentEnd)).toBe('First part.\n\n“Second part,');
  });

  it('opens a straight mark glued between a sentence end and a capital when none is open', () => {
    const text = '"We will keep at it," said Chair Ina Boyce."So that is the theme for the autumn."';
    expect(spansOf(text).map((s) => s.words)).toEqual(['We will keep at it,', 'So that is the theme for the autumn.']);
  });

  it('carries a quotation through bulleted paragraphs, with or without a re-opening mark', () => {
    const text = 'The memo lists three messages:\n\n• "Rents have doubled in ten years.\n\n• "Wages have not.\n\n• The council can act now."\n\nThe council met on Monday.';
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.multiParagraph).toBe(true);
    expect(text.slice(spans[0]?.contentStart, spans[0]?.contentEnd)).toBe('Rents have doubled in ten years.\n\n• "Wages have not.\n\n• The council can act now.');
  });

  it('drops a quotation left open when the next paragraph does not reopen it', () => {
    expect(findQuotedSpans('“Never closed.\n\nA new paragraph with “a quote” here.').map((s) => s.depth)).toEqual([0]);
  });
});
