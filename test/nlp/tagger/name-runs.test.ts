import { describe, expect, it } from 'vitest';
import { CUE_LOC, CUE_ORG, LOC_NOUN_BEFORE, ORG_NOUN_AFTER, ORG_NOUN_BEFORE, RUN_FIRST, RUN_INSIDE, RUN_LAST, nameRuns, nounContexts } from '../../../src/nlp/tagger/name-runs.js';

function runsOf(text: string): ReturnType<typeof nameRuns> {
  const words = text.split(' ');
  return nameRuns(words, words.map((w) => w.toLowerCase()));
}

describe('nameRuns', () => {
  it('finds capitalised runs with connectors inside, and their cue word', () => {
    const { runs } = runsOf('officials of the Bank of Japan met Sierra Nevada Corporation staff in Bartholomew County .');
    expect(runs[0]).toBeNull();
    expect(runs[2]).toBeNull();
    // "Bank of Japan": "of" joins it; the organisation cue "Bank" comes first
    expect(runs[3]).toMatchObject({ first: 3, last: 5, position: RUN_FIRST, cue: CUE_ORG, cueSide: 0 });
    expect(runs[4]).toMatchObject({ position: RUN_INSIDE, cueSide: 1 });
    expect(runs[5]).toMatchObject({ position: RUN_LAST, cueSide: 1 });
    expect(runs[7]).toMatchObject({ last: 9, cue: CUE_ORG, cueSide: -1 });
    expect(runs[13]).toMatchObject({ cue: CUE_LOC, cueSide: 0, position: RUN_LAST });
  });

  it('leaves single capitalised words and trailing connectors out', () => {
    const { runs } = runsOf('Reuters said the Bank of paper .');
    expect(runs.every((r) => r === null)).toBe(true);
  });

  it('marks a run and the bracketed acronym of its initials, or of its end', () => {
    const { runs, acronyms } = runsOf('the California Public Utilities Commission ( PUC ) and Pacific Gas & Electric ( PG&E ) and Good Morning America ( XYZ )');
    expect(runs[1]?.defined).toBe(false);
    expect(runs[2]?.defined).toBe(true);
    expect(runs[4]?.defined).toBe(true);
    expect(acronyms?.[6]).toBe(true);
    expect(acronyms?.[14]).toBe(true);
    expect(runs[9]?.defined).toBe(true);
    expect(runs[19]?.defined).toBe(false);
    expect(acronyms?.[21]).toBe(false);
  });
});

describe('nounContexts', () => {
  it('reads an organisation or place noun before a capitalised run or heading an apposition after it', () => {
    const words = 'investigate the gas company Burisma and Tmall , the retail site owned by Alibaba , in the city Durnford , and Kurt Volker'.split(' ');
    const codes = nounContexts(words, words.map((w) => w.toLowerCase()));
    expect(codes?.[4]).toBe(ORG_NOUN_BEFORE * 4 + RUN_LAST);
    expect(codes?.[6]).toBe(ORG_NOUN_AFTER * 4 + RUN_LAST);
    expect(codes?.[13]).toBe(0);
    expect(codes?.[18]).toBe(LOC_NOUN_BEFORE * 4 + RUN_LAST);
    expect(codes?.[21]).toBe(0);
  });
});
