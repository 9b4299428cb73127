import { describe, expect, it } from 'vitest';
import { wireDatelineDate } from '../../../src/extract/text/wire-dateline.js';

describe('wireDatelineDate', () => {
  it('takes the year from the date the input states, and says so', () => {
    expect(wireDatelineDate('TOKYO, Jan 30 (Harbour Wire) - Japan said on Tuesday ...', '2024-01-30T23:10:00Z')).toEqual({
      value: '2024-01-30',
      from: 'inferred',
      detail: 'text:wire-dateline+input-year',
    });
  });

  it('gives no date when it prints no year and the input states none', () => {
    expect(wireDatelineDate('TOKYO, Jan 30 (Harbour Wire) - Japan said on Tuesday ...', undefined)).toBeNull();
  });

  it('reads a dateline that prints the year', () => {
    expect(wireDatelineDate('OSAKA, Japan, March 4, 2024 (Harbour Wire) — Ferry operators said ...', undefined)).toEqual({
      value: '2024-03-04',
      from: 'text',
      detail: 'text:wire-dateline',
    });
  });

  it.each([
    'KYIV, Ukraine (AP) — Officials said on Monday ...',
    'Tokyo, Jan 30 (Harbour Wire) - lower-case city names are prose',
    'The talks, held on Jan 30 (a Tuesday) - ended without a deal.',
    'Japan said on Jan 30 that talks would resume.',
  ])('gives no date for %s', (paragraph) => expect(wireDatelineDate(paragraph, '2024-01-30')).toBeNull());
});
