import { describe, expect, it } from 'vitest';
import { authorBioRule, introducesWriter } from '../../../src/extract/text/bio.js';
import { runRule } from './helpers.js';

const BIO = [
  'Ines Albarrán',
  '',
  'Ines Albarrán is a reporter based in Valencia who covers farming, water and the climate for the paper.',
  '',
  'Before joining, she spent six years at a regional radio station, where her series on drought won a national award.',
  '',
  'Outside work, Ines restores old bicycles.',
  '',
  'Writing Portfolio',
  'The Dry Years',
  'Rivers of the South',
];

describe('authorBioRule', () => {
  it('claims the name line, the paragraphs about the writer and the portfolio', () => {
    const match = runRule(authorBioRule, BIO);
    expect(match).toMatchObject({ length: 7, kind: 'author-bio', rule: 'text/author-bio' });
    expect(match?.facts?.authors).toEqual([{ name: 'Ines Albarrán', from: 'bio' }]);
  });

  it('stops before a paragraph that is not about the person', () => {
    const match = runRule(authorBioRule, ['Ken Sato', 'Ken Sato is a correspondent in Osaka covering trade and transport.', 'Ferries resume on Friday, the operator said.']);
    expect(match?.length).toBe(2);
  });

  it('accepts an "About the author" header over a paragraph that opens with the name', () => {
    const match = runRule(authorBioRule, ['About the author', 'Mia Lund writes about energy and shipping for Harbour Wire.']);
    expect(match).toMatchObject({ length: 2 });
    expect(match?.facts?.authors).toEqual([{ name: 'Mia Lund', from: 'bio' }]);
  });

  const notBios: [string, string[]][] = [
    ['a paragraph that mentions a person', ['Fumio Kishida is the prime minister of Japan and a former foreign minister.']],
    ['a name over a paragraph about a politician', ['Fumio Kishida', 'Fumio Kishida is the prime minister of Japan and leads the governing party.']],
    ['a name over an unrelated paragraph', ['Priya Nair', 'The city engineer said construction could begin in September.']],
    ['a subheading over a paragraph', ['What Happens Next', 'What happens next is up to the council and its writers.']],
  ];
  it.each(notBios)('passes on %s', (_label, lines) => expect(runRule(authorBioRule, lines)).toBeNull());
});

describe('introducesWriter', () => {
  it('accepts the name, the first name or a pronoun at the start', () => {
    expect(introducesWriter('Clare Fitzgerald is a Writer and Editor with eight years of experience.', 'Clare Fitzgerald')).toBe(true);
    expect(introducesWriter('Clare has been an editor at the magazine since 2019 and writes on crime.', 'Clare Fitzgerald')).toBe(true);
    expect(introducesWriter('José Müller is a columnist who writes on football and politics.', 'José Müller')).toBe(true);
    expect(introducesWriter('She is a freelance journalist based in Lisbon, writing on housing.', 'Ana Ruiz')).toBe(true);
  });
  it('rejects a paragraph that starts elsewhere or describes no writer', () => {
    expect(introducesWriter('According to Clare Fitzgerald, a writer, the blog grew fast this year.', 'Clare Fitzgerald')).toBe(false);
    expect(introducesWriter('Clare Fitzgerald is a dentist in Ontario who runs marathons on weekends.', 'Clare Fitzgerald')).toBe(false);
  });
});

describe('authorBioRule with a job title under the name', () => {
  it('reads past the title line to the bio paragraph', () => {
    const match = runRule(authorBioRule, ['Rosa Delgado', 'Senior Reporter', 'Rosa covers city hall, courts and the river for the Ledger.']);
    expect(match).toMatchObject({ length: 3, kind: 'author-bio' });
  });
  it('does not skip a line that is not a job title', () => {
    expect(runRule(authorBioRule, ['Rosa Delgado', 'City Hall', 'Rosa covers city hall, courts and the river for the Ledger.'])).toBeNull();
  });
});
