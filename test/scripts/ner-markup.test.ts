import { describe, expect, it } from 'vitest';
import { toConll, unmark } from '../../scripts/lib/ner-markup.js';

describe('bracket-marked training articles', () => {
  it('unmarks entities and keeps their spans on the plain text', () => {
    const { text, spans } = unmark('[PER Amal Haddad] flew to [LOC Lagos] for [ORG Lumen Robotics].');
    expect(text).toBe('Amal Haddad flew to Lagos for Lumen Robotics.');
    expect(spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`)).toEqual(['PER:Amal Haddad', 'LOC:Lagos', 'ORG:Lumen Robotics']);
  });

  it('tokenizes as the tagger does at run time: the possessive is its own O token', () => {
    const lines = toConll(unmark("[LOC Iraq]'s election was run by the [ORG Independent High Electoral Commission]."));
    expect(lines.slice(0, 3)).toEqual(['Iraq\tB-LOC', "'s\tO", 'election\tO']);
    expect(lines).toContain('Independent\tB-ORG');
    expect(lines).toContain('Commission\tI-ORG');
    expect(lines[lines.length - 1]).toBe('');
  });

  it('puts a blank line after each sentence', () => {
    const lines = toConll(unmark('[PER Ruiz] won. [PER Okafor] lost.'));
    expect(lines.filter((l) => l === '')).toHaveLength(2);
  });

  it('refuses a stray bracket, naming the line', () => {
    expect(() => unmark('First line.\n[ORG Acme Corp said', 'x.txt')).toThrow(/x\.txt: line 2/);
  });

  it('gives a hyphenated word the tag of the entity it starts with', () => {
    expect(toConll(unmark('A [MISC Buddhist]-backed party won.'))).toContain('Buddhist-backed\tB-MISC');
  });

  it('refuses a mark that starts inside a word', () => {
    expect(() => toConll(unmark('The anti-[ORG NATO] march.'))).toThrow(/straddles/);
  });
});
