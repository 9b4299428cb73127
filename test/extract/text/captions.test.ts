import { describe, expect, it } from 'vitest';
import { altAndCaptionRule, captionRule, creditLineRule, isAltLike, labelledCaptionRule } from '../../../src/extract/text/captions.js';
import { runRule } from './helpers.js';

describe('altAndCaptionRule', () => {
  it('pairs a short alt line with the caption and credit under it', () => {
    const match = runRule(altAndCaptionRule, ['Aerial view of Etorofu', 'Satellite image of Etorofu, 2015-16. (Photo Credit: maps4media / Getty Images)']);
    expect(match).toMatchObject({ length: 2, kind: null, rule: 'text/alt-and-caption' });
    expect(match?.media).toEqual([
      { kind: 'image', src: null, alt: 'Aerial view of Etorofu', caption: 'Satellite image of Etorofu, 2015-16.', credit: 'maps4media / Getty Images' },
    ]);
  });

  it('accepts a caption closing with a bracketed year', () => {
    const match = runRule(altAndCaptionRule, ['Lighthouse on the cape', 'The old lighthouse at Rausu in winter (1987)']);
    expect(match?.media?.[0]).toMatchObject({ alt: 'Lighthouse on the cape', caption: 'The old lighthouse at Rausu in winter', credit: null });
  });

  const notAlt: [string, string][] = [
    ['He declined to comment.', 'Crews pour a test section of the wall. (AP Photo/Lena Marsh)'],
    ['View of the harbour from the ferry', 'The ferry leaves at nine every morning and returns at six.'],
    ['Notes:', 'Crews pour a test section of the wall. (AP Photo/Lena Marsh)'],
    [
      'A long line that keeps going far past the length that any alt text would have on a real page, describing a picture in great detail, the sky, the sea, the ferry and the harbour walls',
      'Crews pour a test section. (AP Photo/Lena Marsh)',
    ],
  ];
  it.each(notAlt)('does not take %s for alt text', (first, second) => expect(runRule(altAndCaptionRule, [first, second])).toBeNull());
});

describe('captionRule and creditLineRule', () => {
  it('takes a caption with its credit and no alt line', () => {
    const match = runRule(captionRule, ['Crews pour a test section of the wall. (AP Photo/Lena Marsh)']);
    expect(match?.media).toEqual([{ kind: 'image', src: null, alt: null, caption: 'Crews pour a test section of the wall.', credit: 'AP Photo/Lena Marsh' }]);
  });

  it('takes a bare credit line as an image known by its credit', () => {
    const match = runRule(creditLineRule, ['Photo Credit: KAZUHIRO NOGI / AFP / Getty Images']);
    expect(match).toMatchObject({ length: 1, kind: null, rule: 'text/credit-line' });
    expect(match?.media).toEqual([{ kind: 'image', src: null, alt: null, caption: null, credit: 'KAZUHIRO NOGI / AFP / Getty Images' }]);
  });

  it.each(['The council voted 7-2 on Monday night.', 'Japan has previously expressed concerns (see below)'])('passes on %s', (line) => {
    expect(runRule(captionRule, [line])).toBeNull();
    expect(runRule(creditLineRule, [line])).toBeNull();
  });
});

describe('isAltLike', () => {
  it.each(['View of Kunashiri from the coast of Hokkaido', 'Dmitry Medvedev walking by a disabled tank turret in the grass'])('accepts %s', (line) => {
    expect(isAltLike(line)).toBe(true);
  });
  it.each(['It passed.', 'Is this the end?', 'Related:', '1234 5678'])('rejects %s', (line) => expect(isAltLike(line)).toBe(false));
});

describe('labelledCaptionRule', () => {
  it('joins a source line and a caption line into one image', () => {
    const match = runRule(labelledCaptionRule, ['Image source, Getty Images', 'Image caption, Firefighters worked through the night']);
    expect(match).toMatchObject({ length: 2, rule: 'text/labelled-caption', kind: null });
    expect(match?.media).toEqual([{ kind: 'image', src: null, alt: null, caption: 'Firefighters worked through the night', credit: 'Getty Images' }]);
  });

  it('reads labels standing alone with their values on the next line', () => {
    const match = runRule(labelledCaptionRule, ['Image source,', 'Harbour Wire', 'Image caption,', 'The ferry leaves Shodoshima at dawn']);
    expect(match?.length).toBe(4);
    expect(match?.media?.[0]).toMatchObject({ caption: 'The ferry leaves Shodoshima at dawn', credit: 'Harbour Wire' });
  });

  it('takes a caption alone', () => {
    expect(runRule(labelledCaptionRule, ['Image caption: Crowds outside the station'])?.media?.[0]).toMatchObject({ caption: 'Crowds outside the station', credit: null });
  });

  it.each(['Image sources are listed at the end of the report.', 'Caption contest winners announced', 'Video caption'])('passes on %s', (line) => {
    expect(runRule(labelledCaptionRule, [line])).toBeNull();
  });
});
