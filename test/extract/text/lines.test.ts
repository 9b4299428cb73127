import { describe, expect, it } from 'vitest';
import { cleanLine, detectWrapWidth, splitLines } from '../../../src/extract/text/lines.js';
import { linesOf } from './helpers.js';

describe('splitLines', () => {
  it('numbers blocks by blank lines and drops the blank lines', () => {
    expect(splitLines('Title\n\nAlt line\nCaption.\n\n\nBody.\n')).toEqual([
      { text: 'Title', block: 0 },
      { text: 'Alt line', block: 1 },
      { text: 'Caption.', block: 1 },
      { text: 'Body.', block: 2 },
    ]);
  });

  it('handles Windows and old Mac line endings and whitespace-only lines', () => {
    expect(splitLines('One\r\n \t\r\nTwo\rThree').map((line) => [line.text, line.block])).toEqual([
      ['One', 0],
      ['Two', 1],
      ['Three', 1],
    ]);
  });
});

describe('cleanLine', () => {
  it('turns no-break and other odd spaces into plain spaces and drops invisible characters', () => {
    expect(cleanLine('\u00a0£4.5\u00a0million\u202fa\u2009day,\u200b said\tthe  operator ')).toBe('£4.5 million a day, said the operator');
  });
  it('keeps quotes and dashes as they are', () => {
    expect(cleanLine('“Northern Territories” – closed')).toBe('“Northern Territories” – closed');
  });
});

describe('hard-wrapped text', () => {
  const wrapped = [
    'The agency raised the alert level for a remote volcano in the Kermadec',
    'Islands on Monday after a research ship reported steam and floating pumice',
    'over the summit.',
    '',
    'The agency said the change reflected increased unrest rather than an',
    'eruption in progress, and that aircraft crossing the area had been told',
    'to watch for ash.',
    '',
    'Crew aboard the research vessel photographed a plume rising several',
    'hundred metres above the sea surface during a routine survey of the ridge.',
  ];

  it('detects the wrap width', () => {
    expect(detectWrapWidth(linesOf(wrapped))).toBe(74);
  });

  it('joins each wrapped paragraph into one line', () => {
    const lines = splitLines(wrapped.join('\n'));
    expect(lines).toHaveLength(3);
    expect(lines[0]?.text).toBe(
      'The agency raised the alert level for a remote volcano in the Kermadec Islands on Monday after a research ship reported steam and floating pumice over the summit.',
    );
  });

  it('leaves one-paragraph-per-line scrapes alone', () => {
    const lines = [
      'The Westbrook Public Library reopened its doors on Saturday after a renovation that added a rooftop garden.',
      'More than 1,200 visitors came through on the first day, according to the head librarian.',
      'The project cost $14.5 million.',
    ];
    expect(splitLines(lines.join('\n'))).toHaveLength(3);
  });
});
