import { describe, expect, it } from 'vitest';
import { parseByline, titleCaseIfAllCaps } from '../../../../src/extract/html/meta/byline.js';

describe('parseByline: bylines that name people', () => {
  const cases: [string, string[]][] = [
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By JANE DOE, Reuters', ['Jane Doe']],
    ['Jane Doe | Staff Writer', ['Jane Doe']],
    ['By Jane Doe - Staff Writer', ['Jane Doe']],
    ['By Priya Raman, Senior Political Correspondent', ['Priya Raman']],
    ['By John Smith, Jr.', ['John Smith, Jr.']],
    ['By Ana Lima, Tomas Berg and Olu Ade', ['Ana Lima', 'Tomas Berg', 'Olu Ade']],
    ['By Mei Chen & Rafael Ortiz', ['Mei Chen', 'Rafael Ortiz']],
    ['By Jane Doe Updated 9:15 a.m. ET Jan. 30, 2024', ['Jane Doe']],
    ['By Jane Doe on January 30, 2024', ['Jane Doe']],
    ['By Carrie Arnold November 15, 2019', ['Carrie Arnold']],
    ['By Mike Lang and Sara Owen Monday, November 18, 2019, 04:05 pm PT', ['Mike Lang', 'Sara Owen']],
    ['By Jane Doe (jane.doe@example.com)', ['Jane Doe']],
    ['Jane Doe @janedoe', ['Jane Doe']],
    ['Reporting by Jane Doe in Kyiv; Editing by John Roe', ['Jane Doe']],
    ['By Jane Doe and John Roe for The Daily Planet', ['Jane Doe', 'John Roe']],
    ['Analysis by Chris Nolan, CNN Editor-at-large', ['Chris Nolan']],
    ['Written by: Jane Doe', ['Jane Doe']],
    ['Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019', ['Tom Davies']],
    ['Tom Gill News reporter @TomGill1', ['Tom Gill']],
    ['Kevin Marsh USA TODAY', ['Kevin Marsh']],
    ['Dana Holt Florida Today', ['Dana Holt']],
    ['Finn Carter. Sputnik International', ['Finn Carter']],
    ["By SEAN O'BRIEN-MCDONALD", ["Sean O'Brien-McDonald"]],
    ['By J.R. HOLLIS', ['J.R. Hollis']],
    ['By Ludwig van Beethoven', ['Ludwig van Beethoven']],
    ['By Dr. Amara Osei', ['Dr. Amara Osei']],
    ['Von Hans Müller und Eva Schmidt', ['Hans Müller', 'Eva Schmidt']],
    ['Par Jean Dupont et Marie Curie, envoyée spéciale', ['Jean Dupont', 'Marie Curie']],
    ['Текст: Анна Смирнова', ['Анна Смирнова']],
    ['By Jane Doe, Washington', ['Jane Doe']],
    ['By Jane Doe and JANE DOE', ['Jane Doe']],
    ['Posted by Regan', ['Regan']],
  ];
  it.each(cases)('%j -> %j', (input, expected) => {
    expect(parseByline(input)).toEqual(expected);
  });
});

describe('parseByline: text that names nobody', () => {
  const cases: string[] = [
    '',
    'By Associated Press',
    'By Reuters',
    'REUTERS 19 NOV 2019',
    'By admin',
    'By Staff Reports',
    'By The Daily Planet Staff',
    'Detroit News wire services Published 11:11 PM EST Nov 19, 2019',
    'by European Space Agency',
    'By JERUSALEM POST STAFF NOVEMBER 20, 2019 10:43',
    'By PTI',
    'Home | World | Politics',
    'Share this article',
    'Photos by John Roe',
    'Click here to subscribe to our newsletter',
  ];
  it.each(cases)('%j -> []', (input) => {
    expect(parseByline(input)).toEqual([]);
  });
});

describe('titleCaseIfAllCaps', () => {
  it('title-cases names printed in capitals', () => {
    expect(titleCaseIfAllCaps('MARY MCLEAN')).toBe('Mary McLean');
    expect(titleCaseIfAllCaps("D'ARCY JONES-WU")).toBe("D'Arcy Jones-Wu");
  });
  it('leaves mixed-case names as printed', () => {
    expect(titleCaseIfAllCaps('danah boyd')).toBe('danah boyd');
    expect(titleCaseIfAllCaps('Ruth DeWitt')).toBe('Ruth DeWitt');
  });
});
