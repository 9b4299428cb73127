import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../../src/nlp/tagger/gazetteer-features.js';
import { recaseHeadlines } from '../../../src/nlp/tagger/headline-case.js';

const DOCUMENT = [
  ['MINERS', 'STRIKE', 'AT', 'KATANGA', 'COPPER', 'PIT', '.'],
  ['LUBUMBASHI', '1996-10-04'],
  ['Workers', 'at', 'the', 'copper', 'pit', 'run', 'by', 'Gecamines', 'in', 'Katanga', 'walked', 'out', 'on', 'Friday', ',', 'a', 'union', 'official', 'said', '.'],
  ['The', 'miners', 'want', 'wages', 'paid', 'in', 'dollars', '.'],
  ['Strike', 'Spreads', 'To', 'Second', 'Pit'],
];
const gazetteer = createGazetteer([{ key: 'lubumbashi', type: 'LOC' }]);

describe('recaseHeadlines', () => {
  it('re-cases ALL-CAPS lines from the rest of the document and keeps known names', () => {
    const out = recaseHeadlines(DOCUMENT, gazetteer, 'caps');
    expect(out[0]).toEqual(['Miners', 'strike', 'at', 'Katanga', 'copper', 'pit', '.']);
    // a one-word dateline is too short to be told from an acronym line: left as it is
    expect(out[1]).toBe(DOCUMENT[1]);
    expect(out[2]).toBe(DOCUMENT[2]);
  });

  it('leaves Title Case lines alone unless asked, and changes nothing with mode none', () => {
    expect(recaseHeadlines(DOCUMENT, gazetteer, 'caps')[4]).toBe(DOCUMENT[4]);
    expect(recaseHeadlines(DOCUMENT, gazetteer, 'caps+title')[4]).toEqual(['Strike', 'spreads', 'to', 'second', 'pit']);
    expect(recaseHeadlines(DOCUMENT, gazetteer, 'none')).toEqual(DOCUMENT);
  });

  it('keeps every token the same length', () => {
    recaseHeadlines(DOCUMENT, gazetteer, 'caps+title').forEach((words, k) => expect(words.map((w) => w.length)).toEqual(DOCUMENT[k]?.map((w) => w.length)));
  });
});
