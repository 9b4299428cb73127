import { describe, expect, it } from 'vitest';
import { parseBylinePart, parseTrailer } from '../../../src/extract/text/byline.js';

describe('parseBylinePart', () => {
  const bylines: [string, string[]][] = [
    ['By Jane Doe', ['Jane Doe']],
    ['BY JANE DOE', ['JANE DOE']],
    ['By Jane Doe and Ken Sato', ['Jane Doe', 'Ken Sato']],
    ['By Jane Doe, Ken Sato & Mia Lund', ['Jane Doe', 'Ken Sato', 'Mia Lund']],
    ['By Jane Doe in Osaka', ['Jane Doe']],
    ['By Jane Doe and Ken Sato, in Tokyo', ['Jane Doe', 'Ken Sato']],
    ['By Jane Doe, Staff Writer', ['Jane Doe']],
    ['By Jane Doe, Reuters', ['Jane Doe']],
    ['By Jane Doe for The Harbour Times', ['Jane Doe']],
    ['Written by Ursula von der Brandt', ['Ursula von der Brandt']],
    ['By Harbour Wire Staff', []],
  ];
  it.each(bylines)('reads %s', (line, names) => expect(parseBylinePart(line)).toEqual(names));

  const notBylines = [
    'By the end of the week, the council had voted twice.',
    'By 2030 the port will handle twice as much cargo',
    'Bypass traffic eased on Monday',
    'Jane Doe',
    'By far the largest protest in a decade',
  ];
  it.each(notBylines)('rejects %s', (line) => expect(parseBylinePart(line)).toBeNull());
});

describe('parseTrailer', () => {
  it('credits the reporters and writers, not the editors', () => {
    expect(parseTrailer('Reporting by Ken Sato in Osaka and Mia Lund in Tokyo; Editing by Paul Grant')).toEqual(['Ken Sato', 'Mia Lund']);
    expect(parseTrailer('Writing by Ana Ruiz; Additional reporting by Tom Hale; Editing by Kay Moss.')).toEqual(['Ana Ruiz']);
  });
  it.each(['Reporting by the bureau was thin that year.', 'Editing was done by volunteers; it showed', 'Reporting by Ken Sato; and then the rest'])(
    'rejects %s',
    (line) => expect(parseTrailer(line)).toBeNull(),
  );
});
