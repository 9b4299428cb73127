import { describe, expect, it } from 'vitest';
import { cleanCredit, splitCredit } from '../../../src/extract/html/credit.js';

describe('splitCredit', () => {
  const cases: [string, string | null, string | null][] = [
    ['Crowds gather outside the court. (Photo: Jane Doe/AP)', 'Crowds gather outside the court.', 'Jane Doe/AP'],
    ['Photo Credit: KAZUHIRO NOGI / AFP / Getty Images', null, 'KAZUHIRO NOGI / AFP / Getty Images'],
    ['Kunashiri, seen from the observation deck in Rausu, 2018. (Photo Credit: KAZUHIRO NOGI / AFP / Getty Images)', 'Kunashiri, seen from the observation deck in Rausu, 2018.', 'KAZUHIRO NOGI / AFP / Getty Images'],
    ['Firefighters at the scene on Sunday. Credit: Lee Park', 'Firefighters at the scene on Sunday.', 'Lee Park'],
    ['The new stadium under construction. John Smith/Getty Images', 'The new stadium under construction.', 'John Smith/Getty Images'],
    ['Protesters march in Santiago. (AP Photo/Esteban Felix)', 'Protesters march in Santiago.', 'AP Photo/Esteban Felix'],
    ['Smoke rises over the port (Reuters)', 'Smoke rises over the port', 'Reuters'],
  ];
  for (const [input, caption, credit] of cases) {
    it(`splits "${input}"`, () => {
      expect(splitCredit(input)).toEqual({ caption, credit });
    });
  }

  it('leaves a caption without a credit whole', () => {
    expect(splitCredit('A view of the valley at sunrise, with the old mill on the left.')).toEqual({
      caption: 'A view of the valley at sunrise, with the old mill on the left.',
      credit: null,
    });
  });

  it('does not mistake a parenthesis in the caption for a credit', () => {
    expect(splitCredit('The mayor (centre) opens the new library.').credit).toBeNull();
  });
});

describe('cleanCredit', () => {
  it('drops labels, copyright signs and brackets', () => {
    expect(cleanCredit('Photo: Jane Doe/AP')).toBe('Jane Doe/AP');
    expect(cleanCredit('© Reuters')).toBe('Reuters');
    expect(cleanCredit('(Credit: NASA)')).toBe('NASA');
    expect(cleanCredit('   ')).toBeNull();
  });
});
