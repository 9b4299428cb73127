import { describe, expect, it } from 'vitest';
import { commentSectionRule } from '../../../src/extract/text/comments.js';
import { runRule } from './helpers.js';

const PROSE = 'The district council will buy the affected homes at valuations set before the erosion began.';

describe('commentSectionRule', () => {
  it.each(['12 comments', 'Comments (3)', 'Log in to comment', 'Join the conversation', 'Show all 48 comments', 'Leave a Reply'])(
    'opens the section at %s and runs to the copyright line',
    (header) => {
      const match = runRule(commentSectionRule, [PROSE, PROSE, PROSE, header, 'seaview_jo', '2 hours ago', 'Brave decision.', '', '© 2024 The Chronicle'], 3);
      expect(match).toMatchObject({ length: 4, kind: 'comment', rule: 'text/comment-section' });
    },
  );

  it('runs to the end when no copyright line follows', () => {
    expect(runRule(commentSectionRule, [PROSE, PROSE, PROSE, '2 comments', 'northfolk', 'Sad but sensible.'], 3)?.length).toBe(3);
  });

  it('needs several lines of prose before it (a menu link above the article opens nothing)', () => {
    expect(runRule(commentSectionRule, ['Comments', PROSE], 0)).toBeNull();
    expect(runRule(commentSectionRule, [PROSE, 'Comments', PROSE, PROSE], 1)).toBeNull();
  });

  it.each(['Comments from the minister drew criticism.', 'No comment', 'Comment', '12 commentators disagreed'])('passes on %s', (line) => {
    expect(runRule(commentSectionRule, [PROSE, PROSE, PROSE, line], 3)).toBeNull();
  });
});
