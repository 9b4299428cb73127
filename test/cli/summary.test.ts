import { describe, expect, it } from 'vitest';
import { countError, emptyCounts, formatSummary, totalErrors } from '../../src/cli/summary.js';

describe('formatSummary', () => {
  it('lists counts, errors by code in code order, and the rate of processed pages', () => {
    const counts = emptyCounts();
    counts.documents = 12;
    counts.records = 7;
    counts.skipped = 2;
    countError(counts, 'input/empty');
    countError(counts, 'extract/no-text');
    countError(counts, 'input/empty');
    expect(totalErrors(counts)).toBe(3);
    const text = formatSummary(counts, 2);
    expect(text.split('\n')).toEqual([
      'documents: 12',
      'records:   7',
      'errors:    3',
      '  extract/no-text: 1',
      '  input/empty: 2',
      'skipped:   2 (already in the output)',
      'seconds:   2.00',
      'pages/s:   5.0',
    ]);
  });
});
