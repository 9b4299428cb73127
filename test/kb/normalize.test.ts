import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/kb/normalize.js';

describe('normalizeName', () => {
  it('folds case, diacritics and letters that do not decompose', () => {
    expect(normalizeName('São Tomé')).toBe('sao tome');
    expect(normalizeName('Hokkaidō')).toBe('hokkaido');
    expect(normalizeName('Tromsø')).toBe('tromso');
    expect(normalizeName('Łódź')).toBe('lodz');
  });

  it('drops a leading "the" but keeps a lone one', () => {
    expect(normalizeName('the Kuril Islands')).toBe('kuril islands');
    expect(normalizeName('The Hague')).toBe('hague');
    expect(normalizeName('The')).toBe('the');
    expect(normalizeName('Northern Territories')).toBe(normalizeName('the Northern Territories'));
  });

  it('joins across dots and apostrophes, splits on other punctuation', () => {
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName('U.S.')).toBe(normalizeName('US'));
    expect(normalizeName("Hala'ib Triangle")).toBe('halaib triangle');
    expect(normalizeName('Nagorno-Karabakh')).toBe('nagorno karabakh');
    expect(normalizeName('Soviet–Japanese War')).toBe(normalizeName('Soviet-Japanese war'));
    expect(normalizeName('Washington, D.C.')).toBe('washington dc');
  });

  it('spells out Saint, Mount and Fort', () => {
    expect(normalizeName('St. Petersburg')).toBe('saint petersburg');
    expect(normalizeName('Saint-Petersburg')).toBe('saint petersburg');
    expect(normalizeName('Mt Fuji')).toBe('mount fuji');
    expect(normalizeName('Ft. Worth')).toBe('fort worth');
  });

  it('turns "&" into "and" and keeps non-Latin scripts', () => {
    expect(normalizeName('Trinidad & Tobago')).toBe('trinidad and tobago');
    expect(normalizeName('Россия')).toBe('россия');
    expect(normalizeName('北方領土')).toBe('北方領土');
  });

  it('returns an empty key for text with no letters', () => {
    expect(normalizeName(' — ')).toBe('');
  });
});
