import { describe, expect, it } from 'vitest';
import { toFtsMatch } from '../../src/store/sqlite/fts-query.js';

describe('toFtsMatch', () => {
  it('quotes every word so punctuation is never FTS5 syntax', () => {
    expect(toFtsMatch('U.S. co-operation: talks')).toBe('"U.S." "co-operation:" "talks"');
    expect(toFtsMatch('NEAR(a b) AND')).toBe('"NEAR(a" "b)" "AND"');
  });

  it('keeps phrases, OR between words and prefixes', () => {
    expect(toFtsMatch('"joint commission" Minerva')).toBe('"joint commission" "Minerva"');
    expect(toFtsMatch('cyclone OR storm')).toBe('"cyclone" OR "storm"');
    expect(toFtsMatch('evacu*')).toBe('"evacu"*');
    expect(toFtsMatch('OR storm OR')).toBe('"storm"');
  });

  it('returns null when there is nothing to search for', () => {
    expect(toFtsMatch('')).toBeNull();
    expect(toFtsMatch('  — … ')).toBeNull();
    expect(toFtsMatch('""')).toBeNull();
  });
});
