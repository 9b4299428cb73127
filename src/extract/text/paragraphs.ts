/**
 * What the rules left over: body paragraphs, subheadings and stray fragments. A line is a paragraph
 * when it reads as prose (a sentence end, or enough length that it cannot be a label). A short
 * label-like line is a subheading only when body paragraphs stand right before and after it.
 * A run of several such lines inside the body, each a phrase of a few words, is a list (tour
 * dates, features, results); anywhere else short lines are fragments of page furniture the rules
 * did not name.
 */
import { endsLikeSentence, wordCount } from './shape.js';

/** "He declined to comment." is a paragraph: a sentence end and at least this many words. */
const PARAGRAPH_MIN_WORDS = 2;
/** A line this long is prose even if the scrape lost its final full stop. */
const PARAGRAPH_LONG_CHARS = 120;
/** Subheadings are short ... */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 100;

/** A line ending with a colon introduces what follows ("The tour dates:") when it has at least this many words. */
const INTRO_MIN_WORDS = 4;
/** A list inside the body has at least this many items in a row ... */
const LIST_MIN_ITEMS = 3;
/** ... of at least this many words on average ... */
const LIST_ITEM_MIN_MEAN_WORDS = 3;
/** ... and never fewer than this many: a single-word entry marks a menu ("Local", "Sports"), not a list of the article. */
const LIST_ITEM_MIN_WORDS = 2;

/** The glyph a copied bullet list keeps in front of each item ("• Ferries resume on Friday"). */
const BULLET = /^[•●▪◦‣⁃*]\s+/u;

export type LeftoverRole = 'paragraph' | 'heading' | 'list-item' | 'fragment';

/** The item's text without its bullet glyph (numbers stay: "1." is part of what the list says). */
export function withoutBullet(text: string): string {
  return text.replace(BULLET, '');
}

export function isParagraphLike(text: string): boolean {
  if (text.endsWith(':') && wordCount(text) >= INTRO_MIN_WORDS) return true;
  return (endsLikeSentence(text) && wordCount(text) >= PARAGRAPH_MIN_WORDS) || text.length >= PARAGRAPH_LONG_CHARS;
}

/** A subheading: a short capitalised phrase with no sentence or clause end. */
export function isHeadingLike(text: string): boolean {
  return (
    text.length <= HEADING_MAX_CHARS &&
    wordCount(text) <= HEADING_MAX_WORDS &&
    !endsLikeSentence(text) &&
    !/[,;:]$/.test(text) &&
    /^(?!\p{Ll})[\p{L}\p{N}"“‘']/u.test(text)
  );
}

/**
 * Roles of the leftover lines. `leftover[i]` is the text of line i when no rule claimed it, else
 * null; lines claimed by rules count as neither paragraph nor heading neighbours.
 */
export function leftoverRoles(leftover: readonly (string | null)[]): (LeftoverRole | null)[] {
  const prose = leftover.map((text) => text !== null && isParagraphLike(text));
  const roles = leftover.map((text, index): LeftoverRole | null => {
    if (text === null) return null;
    if (prose[index]) return 'paragraph';
    const between = prose[index - 1] === true && prose[index + 1] === true;
    return between && isHeadingLike(text) ? 'heading' : 'fragment';
  });
  markLists(leftover, roles);
  markBulletedItems(leftover, roles);
  return roles;
}

/** Lines inside the body that start with a bullet glyph are list items, whatever their length. */
function markBulletedItems(leftover: readonly (string | null)[], roles: (LeftoverRole | null)[]): void {
  const firstProse = roles.indexOf('paragraph');
  const lastProse = roles.lastIndexOf('paragraph');
  for (let index = Math.max(firstProse, 0); index <= lastProse; index += 1) {
    const role = roles[index];
    if ((role === 'paragraph' || role === 'fragment') && BULLET.test(leftover[index] ?? '')) roles[index] = 'list-item';
  }
}

function isListRun(items: readonly string[]): boolean {
  if (items.length < LIST_MIN_ITEMS) return false;
  const counts = items.map(wordCount);
  const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
  return mean >= LIST_ITEM_MIN_MEAN_WORDS && counts.every((count) => count >= LIST_ITEM_MIN_WORDS);
}

function isBodyRole(role: LeftoverRole | null | undefined): boolean {
  return role === 'paragraph' || role === 'heading';
}

/** Turns runs of fragments that sit right between body paragraphs and read like list items into list items. */
function markLists(leftover: readonly (string | null)[], roles: (LeftoverRole | null)[]): void {
  const firstProse = roles.indexOf('paragraph');
  const lastProse = roles.lastIndexOf('paragraph');
  let start = firstProse + 1;
  while (firstProse >= 0 && start < lastProse) {
    if (roles[start] !== 'fragment') {
      start += 1;
      continue;
    }
    let end = start;
    while (end < lastProse && roles[end] === 'fragment') end += 1;
    const items = leftover.slice(start, end).map((text) => text ?? '');
    const embedded = isBodyRole(roles[start - 1]) && isBodyRole(roles[end]);
    if (embedded && isListRun(items)) roles.fill('list-item', start, end);
    start = end;
  }
}
