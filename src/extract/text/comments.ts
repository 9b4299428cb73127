/**
 * The comment section at the foot of a page: a header ("12 comments", "Log in to comment", "Join
 * the conversation") and then readers' names, times and posts. Everything from the header to the
 * end of the page is the section, except a closing copyright line. A header counts only after several
 * lines of the article's prose, so a headline, a menu entry or a body line can never open it.
 */
import { isCopyrightLine } from './phrases.js';
import type { LineRule, RuleMatch } from './rule.js';
import { wordCount } from './shape.js';

const COMMENTS_HEADER =
  /^(?:\d[\d,]*\s+(?:comments?|responses?|replies)|comments(?:\s*\(\d[\d,]*\))?|comment \(\d[\d,]*\)|(?:show|view|load|read|see|hide) (?:all )?(?:\d[\d,]* )?comments?|(?:log|sign) in to (?:comment|reply|join the (?:discussion|conversation))|join the (?:discussion|conversation)|leave a (?:comment|reply)|add (?:a|your) comment|reader comments|comments are closed|what readers are saying)[.!:]?$/i;
/** Lines this long are the article's prose ... */
const PROSE_MIN_WORDS = 12;
/** ... and a comment section follows at least this many of them: a "Comments" link in a menu above the article opens nothing. */
const PROSE_LINES_BEFORE = 3;

export const commentSectionRule: LineRule = (context, index) => {
  const header = context.lines[index]?.text ?? '';
  if (!COMMENTS_HEADER.test(header)) return null;
  const proseBefore = context.lines.slice(0, index).filter((line) => wordCount(line.text) >= PROSE_MIN_WORDS).length;
  if (proseBefore < PROSE_LINES_BEFORE) return null;
  let end = index + 1;
  while (end < context.lines.length && !isCopyrightLine(context.lines[end]?.text ?? '')) end += 1;
  const match: RuleMatch = { length: end - index, rule: 'text/comment-section', kind: 'comment' };
  return match;
};
