import { describe, expect, it } from 'vitest';
import { isHeadingLike, isParagraphLike, leftoverRoles, withoutBullet } from '../../../src/extract/text/paragraphs.js';

const PROSE_A = 'The wall was last patched in 2019, but engineers said a full repair would cost about £6m.';
const PROSE_B = 'The district council will buy the affected homes at valuations set before the erosion began.';

describe('isParagraphLike', () => {
  it.each(['He declined to comment.', 'Why now?', '“It passed,” she said.', `${'A long line without a final stop '.repeat(4)}`])('accepts %s', (line) => {
    expect(isParagraphLike(line)).toBe(true);
  });
  it.each(['Yes.', 'What happens next', 'View of Kunashiri from the coast of Hokkaido'])('rejects %s', (line) => {
    expect(isParagraphLike(line)).toBe(false);
  });
});

describe('isHeadingLike', () => {
  it.each(['A hard choice', 'What happens next', '2024 in numbers'])('accepts %s', (line) => expect(isHeadingLike(line)).toBe(true));
  it.each(['It passed.', 'continued below', 'Notes:', 'One two three four five six seven eight nine ten eleven twelve thirteen'])('rejects %s', (line) => {
    expect(isHeadingLike(line)).toBe(false);
  });
});

describe('leftoverRoles', () => {
  it('makes a short line between two paragraphs a heading', () => {
    expect(leftoverRoles([PROSE_A, 'A hard choice', PROSE_B])).toEqual(['paragraph', 'heading', 'paragraph']);
  });
  it('leaves a short line a fragment when a paragraph is missing on either side', () => {
    expect(leftoverRoles(['A hard choice', PROSE_A, null, 'What happens next', PROSE_B, 'Tap to expand'])).toEqual([
      'fragment',
      'paragraph',
      null,
      'fragment',
      'paragraph',
      'fragment',
    ]);
  });
});

describe('scripts written without spaces', () => {
  it('counts a Japanese sentence as prose', () => {
    expect(isParagraphLike('駅の改修工事は来年三月に完了する予定だと市が発表した。')).toBe(true);
    expect(isHeadingLike('改修工事の概要')).toBe(true);
  });
});

describe('lists inside the body', () => {
  const TOUR = ['June 9 – West Palm Beach, Coral Sky Amphitheatre', 'June 10 – Tampa, Credit Union Amphitheatre', 'June 14 – Alpharetta, Ameris Bank Amphitheatre'];

  it('makes a run of phrase lines between paragraphs a list, and its colon intro a paragraph', () => {
    expect(leftoverRoles([PROSE_A, 'The band announced these dates:', ...TOUR, PROSE_B])).toEqual([
      'paragraph',
      'paragraph',
      'list-item',
      'list-item',
      'list-item',
      'paragraph',
    ]);
  });

  it('does not make a menu of one-word labels a list', () => {
    expect(leftoverRoles([PROSE_A, 'Local', 'Sports', 'Weather forecast today', PROSE_B])).toEqual(['paragraph', 'fragment', 'fragment', 'fragment', 'paragraph']);
  });

  it('does not make a run outside the body a list', () => {
    expect(leftoverRoles([...TOUR, PROSE_A, PROSE_B])).toEqual(['fragment', 'fragment', 'fragment', 'paragraph', 'paragraph']);
  });

  it('makes bulleted lines list items and strips the glyph only', () => {
    expect(leftoverRoles([PROSE_A, '• Ferries resume on Friday.', '* Fares rise in April', PROSE_B])).toEqual(['paragraph', 'list-item', 'list-item', 'paragraph']);
    expect(withoutBullet('• Ferries resume on Friday.')).toBe('Ferries resume on Friday.');
    expect(withoutBullet('1. Ferries resume on Friday.')).toBe('1. Ferries resume on Friday.');
  });
});
