import { describe, expect, it } from 'vitest';
import { caseEvidence, lineCase, truecaseLine, truecaseWords } from '../../src/nlp/truecase.js';

const BODY = [
  'The harbour authority in Valparaiso said on Tuesday that dockers had ended a strike over pay.',
  'Union leader Marisol Quintana told reporters the deal with the Chilean port operator was fair.',
  'Exports of copper through the port had fallen sharply during the stoppage, according to Codelco.',
].join('\n\n');

describe('lineCase', () => {
  it('tells capitals, Title Case and prose apart', () => {
    expect(lineCase('DOCKERS END STRIKE AT VALPARAISO')).toBe('caps');
    expect(lineCase('Dockers End Strike at Chilean Port After Pay Deal')).toBe('title');
    expect(lineCase('Dockers ended their strike at the port on Tuesday.')).toBe('other');
  });
});

describe('truecaseLine', () => {
  it('lowers ordinary words of an ALL-CAPS headline and keeps the names the body capitalises', () => {
    const line = 'VALPARAISO DOCKERS END STRIKE AFTER CODELCO PAY DEAL';
    const out = truecaseLine(line, BODY, { lexicon: new Set(['end']) });
    expect(out).toBe('Valparaiso dockers end strike after Codelco pay deal');
    expect(out).toHaveLength(line.length);
  });

  it('lowers Title Case words the body writes in lower case and keeps the first word capitalised', () => {
    const out = truecaseLine('Strike Ends at Valparaiso Port as Union Accepts Deal', BODY, { lexicon: new Set(['end', 'accept', 'union']) });
    expect(out).toBe('Strike ends at Valparaiso port as union accepts deal');
  });

  it('uses the lexicon for words the body does not use', () => {
    const out = truecaseLine('PRESIDENT PRAISES QUINTANA FOR ENDING TALKS', BODY, { lexicon: new Set(['president', 'praise', 'end', 'talk']) });
    expect(out).toBe('President praises Quintana for ending talks');
  });

  it('lowers unknown words of an ALL-CAPS line but keeps unknown words of a Title Case line', () => {
    expect(truecaseLine('MAYOR JAILED FOR BRIBERY', '', { lexicon: new Set(['mayor']) })).toBe('Mayor jailed for bribery');
    expect(truecaseLine('Mayor Jailed for Bribery', '', { lexicon: new Set(['mayor']) })).toBe('Mayor Jailed for Bribery');
  });

  it('keeps known names and short unknown words in capitals (acronyms)', () => {
    const out = truecaseLine('WTO WARNS MERCOSUR OVER TARIFFS', '', { lexicon: new Set(['warn', 'tariff']), isKnownName: (w) => w === 'MERCOSUR' });
    expect(out).toBe('WTO warns Mercosur over tariffs');
  });

  it('restores the body form of a mixed-case name', () => {
    const body = 'Shares of McKesson rose. Analysts at JPMorgan were upbeat about McKesson and its rivals.';
    expect(truecaseLine('MCKESSON SHARES RISE ON JPMORGAN NOTE', body, { lexicon: new Set(['share', 'rise', 'note']) })).toBe('McKesson shares rise on JPMorgan note');
  });

  it('re-opens a clause after a dash or colon and leaves hyphenated parts attached', () => {
    const out = truecaseLine('SOCCER - ANGLO-CHILEAN FRIENDLY ENDS IN DRAW', '', { lexicon: new Set(['soccer', 'friendly', 'end', 'draw']), isKnownName: (w) => w === 'CHILEAN' });
    expect(out).toBe('Soccer - Anglo-Chilean friendly ends in draw');
  });

  it('leaves prose alone', () => {
    const line = 'Dockers ended their strike at the port on Tuesday.';
    expect(truecaseLine(line, BODY)).toBe(line);
  });

  it('skips sentence-initial words and headline lines when collecting evidence', () => {
    const evidence = caseEvidence('Exports fell.\nEXPORTS OF COPPER FELL\nThe exports of Codelco fell.');
    expect(evidence.get('exports')).toMatchObject({ lower: 1, capital: 0 });
    expect(evidence.get('codelco')).toMatchObject({ capital: 1, form: 'Codelco' });
  });

  it('never changes the length, even for letters whose case changes length', () => {
    const line = 'İSTANBUL STRASSE GROSS ÇAĞLAYAN';
    expect(truecaseLine(line, '', { lexicon: new Set() })).toHaveLength(line.length);
  });

  it('works on the default lexicon with the seed headline', () => {
    const body = 'Dmitry Medvedev said a peace treaty with Japan was only possible if the land claims were dropped by Tokyo.';
    expect(truecaseLine('Medvedev: Peace Treaty Only Possible Between Russia and Japan If Land Claims Dropped', body)).toBe(
      'Medvedev: Peace treaty only possible between Russia and Japan if land claims dropped',
    );
  });
});

describe('truecaseWords', () => {
  it('re-cases tokens one by one', () => {
    expect(truecaseWords(['CODELCO', 'EXPORTS', 'FALL', '.'], caseEvidence(BODY), { lexicon: new Set(['export', 'fall']) })).toEqual(['Codelco', 'exports', 'fall', '.']);
  });
});
