import { describe, expect, it } from 'vitest';
import { findTitle, isHeadlineLike, withoutSiteName } from '../../../src/extract/text/title.js';
import { linesOf } from './helpers.js';

const noFurniture = (): boolean => false;

describe('findTitle', () => {
  it('prefers a headline of several words over a site name above it', () => {
    const lines = linesOf(['The Harbour Times', 'World', 'Ferry operators add a fuel surcharge', 'OSAKA, March 4 (Harbour Wire) - Ferry operators said on Monday they would add a surcharge to fares.']);
    expect(findTitle(lines, {}, noFurniture)).toBe(2);
  });

  it('skips page furniture', () => {
    const lines = linesOf(['We use cookies to improve your experience. Accept all to agree.', 'Coastal village votes to let the sea reclaim its wall']);
    expect(findTitle(lines, {}, (index) => index === 0)).toBe(1);
  });

  it('uses the title the input states when a line carries it', () => {
    const lines = linesOf(['Ferry news', 'Ferry operators add a fuel surcharge | The Harbour Times', 'Another candidate headline here today']);
    expect(findTitle(lines, { title: 'Ferry operators add a fuel surcharge' }, noFurniture)).toBe(1);
  });

  it('takes a long title-case question for a headline, not for prose', () => {
    const lines = linesOf([
      'On Ono-i-Lau, the Election Comes Down to One Question: How Many Licences?',
      'The fibreglass boats pulled up on the beach below the village still carry the scars of the storm.',
    ]);
    expect(findTitle(lines, {}, noFurniture)).toBe(0);
  });

  it('finds none when the scrape starts with prose', () => {
    const lines = linesOf(['The council voted 7-2 on Monday night to build a concrete floodwall along the east bank of the river.', 'Short Line Here']);
    expect(findTitle(lines, {}, noFurniture)).toBeNull();
  });
});

describe('isHeadlineLike', () => {
  it.each(['Medvedev: Peace Treaty Only Possible Between Russia and Japan If Land Claims Dropped', 'Is the port ready for winter?', '“We will not go back,” union says'])(
    'accepts %s',
    (line) => expect(isHeadlineLike(line)).toBe(true),
  );
  it.each(['The council voted on Monday.', 'Environment', 'continued from page one', 'Notes:'])('rejects %s', (line) => {
    expect(isHeadlineLike(line)).toBe(false);
  });
});

describe('withoutSiteName', () => {
  it('cuts the stated site name after or before the headline', () => {
    expect(withoutSiteName('Ferry fares to rise in April | The Harbour Times', 'The Harbour Times')).toBe('Ferry fares to rise in April');
    expect(withoutSiteName('Harbour Times — Ferry fares to rise in April', 'Harbour Times')).toBe('Ferry fares to rise in April');
  });
  it('cuts nothing without a stated name or when the name is not at either end', () => {
    expect(withoutSiteName('Ferry fares to rise in April | The Harbour Times', undefined)).toBe('Ferry fares to rise in April | The Harbour Times');
    expect(withoutSiteName('Peace talks - what comes next - analysis', 'The Harbour Times')).toBe('Peace talks - what comes next - analysis');
  });
});
