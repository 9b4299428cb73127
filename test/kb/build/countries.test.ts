import { describe, expect, it } from 'vitest';
import { countryEntries } from '../../../src/kb/build/countries.js';
import { COUNTRIES } from './fixtures.js';

describe('countryEntries', () => {
  const [japan, georgia, falklands] = countryEntries(COUNTRIES);

  it('keeps names and native names as aliases but not two-letter codes', () => {
    expect(japan?.aliases).toEqual(expect.arrayContaining(['Nippon', 'Nihon', '日本', '日本国']));
    expect(japan?.aliases).not.toContain('JP');
    expect(georgia?.aliases).toContain('Sakartvelo');
  });

  it('carries the English demonym, the point and the code', () => {
    expect(japan).toMatchObject({ id: 'iso3166-1:JP', kind: 'country', demonyms: ['Japanese'], cc: ['JP'], lat: 36, lon: 138 });
  });

  it('adds the plain plural of demonyms that take one', () => {
    expect(georgia?.demonyms).toEqual(['Georgian', 'Georgians']);
    expect(japan?.demonyms).toEqual(['Japanese']);
  });

  it('calls dependencies territories', () => {
    expect(falklands?.kind).toBe('territory');
    expect(falklands?.aliases).toContain('Islas Malvinas');
  });
});
