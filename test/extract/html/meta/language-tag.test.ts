import { describe, expect, it } from 'vitest';
import { normaliseLanguageTag } from '../../../../src/extract/html/meta/language-tag.js';

describe('normaliseLanguageTag', () => {
  const cases: [string | null, string | null][] = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['EN', 'en'],
    ['pt-BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
    ['fr, en', 'fr'],
    ['iw', 'he'],
    ['in-ID', 'id'],
    ['German', 'de'],
    ['und', null],
    ['x-default', null],
    ['', null],
    ['english-language-site', null],
    [null, null],
  ];
  it.each(cases)('%j -> %j', (input, expected) => {
    expect(normaliseLanguageTag(input)).toBe(expected);
  });
});
