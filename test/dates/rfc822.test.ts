import { describe, expect, it } from 'vitest';
import { parseRfc822Date } from '../../src/dates/rfc822.js';

describe('parseRfc822Date', () => {
  it.each([
    ['Tue, 05 Mar 2024 18:30:00 +0100', '2024-03-05T18:30:00+01:00'],
    ['Mon, 4 Mar 2024 07:05 GMT', '2024-03-04T07:05:00Z'],
    ['Fri, 23 Feb 2024 16:40:12 EST', '2024-02-23T16:40:12-05:00'],
    ['Fri, 23 Feb 2024 16:40:12 UT', '2024-02-23T16:40:12Z'],
    ['Fri, 23 Feb 2024 16:40:12 -0000', '2024-02-23T16:40:12Z'],
    ['Thu, 04 Jul 2024 09:00:00 ET', '2024-07-04T09:00:00-04:00'],
    ['Tue, 05 Mar 2024 18:30:00 CET', '2024-03-05T18:30:00+01:00'],
    ['05 Mar 2024 18:30 +05:30', '2024-03-05T18:30:00+05:30'],
    ['Tue, 05 Mar 2024', '2024-03-05'],
    // RFC 822 two-digit years: below the pivot is this century
    ['23 February 24 09:00 +0000', '2024-02-23T09:00:00Z'],
    ['Sun, 23 Feb 97 09:00 +0000', '1997-02-23T09:00:00Z'],
    ['Tue, 5 Sept 2023 10:00 GMT', '2023-09-05T10:00:00Z'],
    ['Thu, 30 Mai 2024 10:00 +0200', '2024-05-30T10:00:00+02:00'],
    // an unknown or impossible zone leaves the date alone
    ['Wed, 06 Mar 2024 09:15:00 XYZT', '2024-03-06'],
    ['Wed, 06 Mar 2024 09:15:00 +1500', '2024-03-06'],
  ])('reads %s', (input, expected) => {
    expect(parseRfc822Date(input)).toBe(expected);
  });

  it.each([
    'Fri, 30 Feb 2024 10:00:00 GMT',
    'Fri, 23 Feb 2024 25:00:00 GMT',
    'Fri, 23 Foo 2024 10:00:00 GMT',
    'Mon, 01 Jan 0001 00:00:00 GMT',
    'last Tuesday',
    '2024-03-05',
    'Posted Tue, 05 Mar 2024 18:30:00 +0100 by the desk',
  ])('rejects %s', (input) => {
    expect(parseRfc822Date(input)).toBeNull();
  });
});
