import { describe, expect, it } from 'vitest';
import { parseCreditLine, splitTrailingCredit, splitTrailingYear } from '../../../src/extract/text/credits.js';

describe('parseCreditLine', () => {
  const credits: [string, string][] = [
    ['Photo Credit: KAZUHIRO NOGI / AFP / Getty Images', 'KAZUHIRO NOGI / AFP / Getty Images'],
    ['Photograph: Sam Whitlock/PA Images', 'Sam Whitlock/PA Images'],
    ['Image: Harbour Port Authority', 'Harbour Port Authority'],
    ['Credit...Lena Marsh for The Ledger', 'Lena Marsh for The Ledger'],
    ['Photo by Ana Ruiz/Reuters', 'Ana Ruiz/Reuters'],
    ['(AP Photo/Evan Stone)', 'AP Photo/Evan Stone'],
    ['Kim Lee/Reuters', 'Kim Lee/Reuters'],
    ['KAZUHIRO NOGI / AFP / Getty Images', 'KAZUHIRO NOGI / AFP / Getty Images'],
    ['Getty Images', 'Getty Images'],
    ['AFP via Getty Images', 'AFP via Getty Images'],
  ];
  it.each(credits)('reads %s', (line, credit) => expect(parseCreditLine(line)).toBe(credit));

  const notCredits = [
    'Crews pour a test section of the wall near the bridge. (AP Photo/Lena Marsh)',
    'The AP and AFP both reported the 50/50 split on Monday.',
    'Photographers gathered outside the court before dawn.',
    'Picture this: a port with no ships.  And then imagine the harbour emptied of every vessel that ever sailed there from the first day of trade until the last, a very long line.',
    'Reuters',
    'Getty Images said on Monday it would cut 200 jobs.',
  ];
  it.each(notCredits)('rejects %s', (line) => expect(parseCreditLine(line)).toBeNull());
});

describe('splitTrailingCredit', () => {
  const captions: [string, string, string][] = [
    [
      'Kunashiri, as seen from the Rausu Kunashiri Observatory Deck in Rausu, Hokkaido, Japan, 2018. (Photo Credit: KAZUHIRO NOGI / AFP / Getty Images)',
      'Kunashiri, as seen from the Rausu Kunashiri Observatory Deck in Rausu, Hokkaido, Japan, 2018.',
      'KAZUHIRO NOGI / AFP / Getty Images',
    ],
    ['Volunteers stack sandbags on Monday. (AP Photo/Lena Marsh)', 'Volunteers stack sandbags on Monday.', 'AP Photo/Lena Marsh'],
    ['A groyne on the beach at Eastholm. Photograph: Sam Whitlock/PA Images', 'A groyne on the beach at Eastholm.', 'Sam Whitlock/PA Images'],
    ['Divers inspect the hull [Image: Coast Guard handout]', 'Divers inspect the hull', 'Coast Guard handout'],
  ];
  it.each(captions)('splits %s', (line, caption, credit) => expect(splitTrailingCredit(line)).toEqual({ caption, credit }));

  const notCaptions = [
    'The invasion involved the 5th Area Army of the Imperial Japanese Army (IJA).',
    'The plan was approved by the council (7 votes to 2)',
    'Shares rose 4% on Tuesday (Reuters reported the figure first).',
    '(AP Photo/Lena Marsh)',
  ];
  it.each(notCaptions)('finds no caption credit in %s', (line) => expect(splitTrailingCredit(line)).toBeNull());
});

describe('splitTrailingYear', () => {
  it('splits a bracketed year off a caption', () => {
    expect(splitTrailingYear('The old lighthouse at Rausu (1987)')).toEqual({ caption: 'The old lighthouse at Rausu', credit: null });
    expect(splitTrailingYear('Survey ship off Etorofu [2015–16]')).toEqual({ caption: 'Survey ship off Etorofu', credit: null });
  });
  it.each(['The treaty of 1956 (never ratified)', 'It happened in 2018.', '(2018)'])('finds no year in %s', (line) => {
    expect(splitTrailingYear(line)).toBeNull();
  });
});
