import { describe, expect, it } from 'vitest';
import { KB_FORMAT, type KbFile } from '../../src/kb/entry.js';
import { createKnowledgeBase } from '../../src/kb/knowledge-base.js';

const FILE: KbFile = {
  comment: 'test',
  format: KB_FORMAT,
  stats: {},
  entries: [
    { id: 'geonames:1', type: 'location', kind: 'city', name: 'Saint Petersburg', cc: ['RU'], lat: 59.94, lon: 30.31, population: 5_000_000, score: 6.7 },
    { id: 'geonames:2', type: 'location', kind: 'city', name: 'St. Petersburg', cc: ['US'], lat: 27.77, lon: -82.68, population: 260_000, score: 5.4 },
  ],
  names: { 'saint petersburg': [0, 1] },
  demonyms: {},
};

describe('createKnowledgeBase', () => {
  const kb = createKnowledgeBase(FILE);

  it('normalises the query the way the build normalised the names', () => {
    expect(kb.lookup('St. Petersburg').map((candidate) => candidate.entry.id)).toEqual(['geonames:1', 'geonames:2']);
    expect(kb.lookup('SAINT-PETERSBURG')).toHaveLength(2);
  });

  it('keeps the build\'s order and says how the name matched', () => {
    expect(kb.lookup('st petersburg')[0]).toMatchObject({ match: 'name', entry: { cc: ['RU'] } });
  });

  it('refuses a file of another format', () => {
    expect(() => createKnowledgeBase({ ...FILE, format: KB_FORMAT + 1 })).toThrow(/rebuild/);
  });
});
