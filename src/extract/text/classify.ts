/**
 * The line classifier: runs the rules over the scrape in one pass, in a fixed order, and hands back
 * the scrape cut into segments, each saying what its lines are and which rule said so. Order
 * matters where rules could claim the same line: page furniture with fixed wording goes first, then
 * header lines, then images, then the author bio; what no rule claims is sorted by shape.
 */
import type { ExtractHints } from '../article.js';
import { authorBioRule } from './bio.js';
import { cookieRule, isBoxLine, newsletterRule } from './boxes.js';
import { altAndCaptionRule, captionRule, creditLineRule, labelledCaptionRule } from './captions.js';
import { commentSectionRule } from './comments.js';
import { headerLineRule, nameOverDateRule } from './header-line.js';
import type { Line } from './lines.js';
import { type LeftoverRole, leftoverRoles } from './paragraphs.js';
import { copyrightRule, menuRule, phraseRule, shareBarRule } from './phrases.js';
import type { LineRule, RuleContext, RuleMatch } from './rule.js';
import { findTitle } from './title.js';

/** The rules, in the order they are tried at each line. */
export const LINE_RULES: readonly LineRule[] = [
  commentSectionRule,
  cookieRule,
  newsletterRule,
  shareBarRule,
  menuRule,
  phraseRule,
  copyrightRule,
  headerLineRule,
  nameOverDateRule,
  labelledCaptionRule,
  creditLineRule,
  altAndCaptionRule,
  captionRule,
  authorBioRule,
];

/** Rules that look at one line only: the title search uses them to skip page furniture. */
const SINGLE_LINE_RULES: readonly LineRule[] = [
  shareBarRule,
  menuRule,
  phraseRule,
  copyrightRule,
  headerLineRule,
  nameOverDateRule,
  creditLineRule,
  captionRule,
];

export type Segment =
  | { type: 'title'; start: number; length: 1 }
  | { type: 'rule'; start: number; length: number; match: RuleMatch }
  | { type: LeftoverRole; start: number; length: 1; position: 'before-title' | 'header' | 'body' | 'footer' };

export interface Classification {
  titleIndex: number | null;
  segments: Segment[];
}

export function classifyLines(lines: readonly Line[], hints: ExtractHints): Classification {
  const isFurniture = (index: number): boolean =>
    isBoxLine(lines[index]?.text ?? '') || SINGLE_LINE_RULES.some((rule) => rule({ lines, titleIndex: null }, index) !== null);
  const titleIndex = findTitle(lines, hints, isFurniture);
  const context: RuleContext = { lines, titleIndex };
  const claimed: (Segment | null)[] = new Array<Segment | null>(lines.length).fill(null);
  let index = 0;
  while (index < lines.length) {
    if (index === titleIndex) {
      claimed[index] = { type: 'title', start: index, length: 1 };
      index += 1;
      continue;
    }
    const match = firstMatch(context, index);
    if (match) {
      claimed[index] = { type: 'rule', start: index, length: match.length, match };
      index += match.length;
    } else {
      index += 1;
    }
  }
  return { titleIndex, segments: withLeftovers(lines, claimed, titleIndex) };
}

function firstMatch(context: RuleContext, index: number): RuleMatch | null {
  for (const rule of LINE_RULES) {
    const match = rule(context, index);
    if (match && match.length >= 1) return trimToTitle(match, index, context.titleIndex);
  }
  return null;
}

/** A multi-line match never swallows the headline. */
function trimToTitle(match: RuleMatch, index: number, titleIndex: number | null): RuleMatch {
  if (titleIndex === null || titleIndex <= index || titleIndex >= index + match.length) return match;
  return { ...match, length: titleIndex - index };
}

/** Fills the lines no rule claimed with paragraphs, headings and fragments. */
function withLeftovers(lines: readonly Line[], claimed: readonly (Segment | null)[], titleIndex: number | null): Segment[] {
  const covered = new Array<boolean>(lines.length).fill(false);
  for (const segment of claimed) {
    if (!segment) continue;
    for (let i = segment.start; i < segment.start + segment.length; i += 1) covered[i] = true;
  }
  const leftover = lines.map((line, i) => (covered[i] ? null : line.text));
  const roles = leftoverRoles(leftover);
  const firstBody = roles.indexOf('paragraph');
  const lastBody = roles.lastIndexOf('paragraph');
  const segments: Segment[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const segment = claimed[i];
    if (segment) segments.push(segment);
    const role = roles[i];
    if (role) segments.push({ type: role, start: i, length: 1, position: positionOf(i, titleIndex, firstBody, lastBody) });
  }
  return segments;
}

function positionOf(index: number, titleIndex: number | null, firstBody: number, lastBody: number): 'before-title' | 'header' | 'body' | 'footer' {
  if (titleIndex !== null && index < titleIndex) return 'before-title';
  if (firstBody < 0 || index < firstBody) return 'header';
  return index > lastBody ? 'footer' : 'body';
}
