import { describe, expect, it } from 'vitest';
import { dateFromUrl, hostOf, resolveUrl } from '../../../../src/extract/html/meta/urls.js';

describe('resolveUrl', () => {
  it('resolves relative links against the page URL', () => {
    expect(resolveUrl('/news/2024/ferry', 'https://gazette.example/a/b')).toBe('https://gazette.example/news/2024/ferry');
    expect(resolveUrl('//cdn.gazette.example/x', 'https://gazette.example/')).toBe('https://cdn.gazette.example/x');
  });
  it('keeps absolute links, and refuses what is not http(s) or cannot be made absolute', () => {
    expect(resolveUrl('https://gazette.example/x', undefined)).toBe('https://gazette.example/x');
    expect(resolveUrl('/x', undefined)).toBeNull();
    expect(resolveUrl('javascript:void(0)', 'https://gazette.example/')).toBeNull();
    expect(resolveUrl('  ', 'https://gazette.example/')).toBeNull();
  });
});

describe('hostOf', () => {
  it('drops www. and lower-cases', () => {
    expect(hostOf('https://WWW.Gazette.example/x')).toBe('gazette.example');
    expect(hostOf('not a url')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  const cases: [string, string | null][] = [
    ['https://gazette.example/2024/01/30/ferry-strike-ends/', '2024-01-30'],
    ['https://gazette.example/news/2024/1/5/ferry', '2024-01-05'],
    ['https://gazette.example/story/2019-11-19/council-vote', '2019-11-19'],
    ['https://gazette.example/a/20240130/ferry.html', '2024-01-30'],
    ['https://gazette.example/world/2019/nov/18/hong-kong', '2019-11-18'],
    ['https://gazette.example/2024/01/ferry', null], // no day
    ['https://gazette.example/2024/13/40/ferry', null],
    ['https://gazette.example/article/12345678/ferry', null],
    ['https://gazette.example/ferry?date=2024-01-30', null], // the query is not the path
  ];
  it.each(cases)('%s -> %j', (url, expected) => {
    expect(dateFromUrl(url)?.value ?? null).toBe(expected);
  });
});
