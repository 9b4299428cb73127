import { describe, expect, it } from 'vitest';
import { matchSpans, normaliseSpeaker, overlapShare, precisionRecall, scoreCorpus, scorePassage, speakerMatches } from '../../scripts/lib/quotes-score.js';

describe('quotes scoring', () => {
  it('normalises names: case, accents, articles, honorifics, possessives', () => {
    expect(normaliseSpeaker('Dr. José Álvarez')).toBe('jose alvarez');
    expect(normaliseSpeaker('The Ministry')).toBe('ministry');
    expect(normaliseSpeaker('Prime Minister Aiko Tanaka')).toBe('aiko tanaka');
  });

  it('measures overlap against the shorter span', () => {
    expect(overlapShare({ start: 0, end: 10 }, { start: 5, end: 25 })).toBe(0.5);
    expect(overlapShare({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });

  it('accepts a surname only when no other gold speaker shares it', () => {
    expect(speakerMatches('Dmitry Medvedev', 'Dmitry Medvedev', ['Dmitry Medvedev'])).toBe(true);
    expect(speakerMatches('Dmitry Medvedev', 'Medvedev', ['Dmitry Medvedev'])).toBe(true);
    expect(speakerMatches('Anna Ruiz', 'Ruiz', ['Anna Ruiz', 'Pablo Ruiz'])).toBe(false);
    expect(speakerMatches('Anna Ruiz', 'Pablo Ruiz', ['Anna Ruiz'])).toBe(false);
    expect(speakerMatches(null, null, [])).toBe(true);
    expect(speakerMatches('Anna Ruiz', null, ['Anna Ruiz'])).toBe(false);
  });

  it('accepts an organisation acronym for its full name, either way round', () => {
    expect(speakerMatches('the DEA', 'Drug Enforcement Administration', ['the DEA'])).toBe(true);
    expect(speakerMatches('the Chinese Center for Disease Control and Prevention', 'CDC', [])).toBe(true);
    expect(speakerMatches('the Chinese Center for Disease Control and Prevention', 'the Chinese CDC', [])).toBe(true);
    // Letters out of order, or a capitalised word that is no acronym, name someone else.
    expect(speakerMatches('the Drug Enforcement Administration', 'the AED', [])).toBe(false);
    expect(speakerMatches('the Drug Enforcement Administration', 'Dea', [])).toBe(false);
    expect(speakerMatches('World Health Organization', 'UN', [])).toBe(false);
  });

  it("accepts an anonymous speaker's role phrase with or without its modifier, never a name", () => {
    expect(speakerMatches('one farmer', 'One farmer at the cooperative’s meeting', [])).toBe(true);
    expect(speakerMatches('a spokesman for Zipwell', 'a spokesman', [])).toBe(true);
    expect(speakerMatches('a man who lost his home', 'a man', [])).toBe(true);
    expect(speakerMatches('a senior diplomat involved in the talks', 'A senior diplomat', [])).toBe(true);
    expect(speakerMatches('a man', 'a manager', [])).toBe(false);
    expect(speakerMatches('one farmer', 'one farmer and his wife', [])).toBe(false);
    expect(speakerMatches('Anna Ruiz', 'Anna Ruiz of Madrid', [])).toBe(false);
  });

  it('pairs spans one to one, best overlap first', () => {
    const gold = [{ start: 0, end: 10, speaker: 'A' }];
    const predicted = [
      { start: 0, end: 6, speaker: 'A' },
      { start: 0, end: 10, speaker: 'B' },
    ];
    expect(matchSpans(gold, predicted)).toEqual([{ gold: 0, predicted: 1 }]);
  });

  it('scores spans and attribution over a corpus', () => {
    const p1 = scorePassage(
      [
        { start: 0, end: 20, speaker: 'Ann Lee' },
        { start: 30, end: 50, speaker: 'Ann Lee' },
      ],
      [
        { start: 0, end: 19, speaker: 'Ann Lee' },
        { start: 30, end: 50, speaker: 'Bo Chan' },
        { start: 60, end: 70, speaker: null },
      ],
    );
    expect(p1).toMatchObject({ gold: 2, predicted: 3, spanMatches: 2, attributionMatches: 1 });
    expect(p1.spurious).toHaveLength(1);
    const corpus = scoreCorpus([p1]);
    expect(corpus.span.precision).toBeCloseTo(2 / 3);
    expect(corpus.span.recall).toBe(1);
    expect(corpus.attribution.precision).toBeCloseTo(1 / 3);
    expect(corpus.attribution.recall).toBe(0.5);
    expect(corpus.attribution.f1).toBeCloseTo(0.4);
  });

  it('handles empty inputs without dividing by zero', () => {
    expect(precisionRecall(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(precisionRecall(0, 0, 3).f1).toBe(0);
  });
});
