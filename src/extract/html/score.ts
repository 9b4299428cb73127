/**
 * Stage 2: score the containers that could hold the article. Every paragraph-like element with
 * enough text gives points (more for length and commas) to its parent, less to its grandparent and
 * less again further up; a container's points are then weighed by its tag, its class/id hints and
 * how much of its text is links.
 */
import type { Element, ParentNode } from 'domhandler';
import { classAndId, isTag, isText, walkElements } from './dom.js';
import { ARTICLE_BODY_CLASS, NEGATIVE_CLASS, POSITIVE_CLASS } from './rules.js';
import { type StatsMap, addText, linkDensity, statsOf } from './stats.js';

/** Shortest paragraph that counts as evidence of article text. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Characters per extra point of paragraph length, and the most such points one paragraph earns. */
export const CHARS_PER_POINT = 100;
export const MAX_LENGTH_POINTS = 3;
/** How much of a paragraph's points reach each ancestor level: parent, grandparent, then further. */
export const ANCESTOR_SHARES = [1, 1 / 2, 1 / 6, 1 / 9] as const;
/** Bonus or penalty from class/id names. */
export const CLASS_WEIGHT = 25;
/** Bonus for explicit article-body markers (itemprop=articleBody, "article-body" classes). */
export const BODY_MARKER_WEIGHT = 40;

/** Elements whose text is a paragraph of the article when long enough. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
/** Block-level tags: a div holding none of these directly is a text block itself. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'center',
]);
/** Containers that may be text blocks when they hold only inline content. */
const TEXT_CONTAINER_TAGS = new Set(['div', 'section', 'article', 'span', 'font', 'center']);

const TAG_BASE: Readonly<Record<string, number>> = {
  article: 10, main: 5, div: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

export interface Candidate {
  el: Element;
  /** Final score: paragraph points plus tag and class weight, times (1 - link density). */
  score: number;
}

/** Tag and class weight every candidate starts with. */
export function baseWeight(el: Element): number {
  let weight = TAG_BASE[el.name] ?? 0;
  const names = classAndId(el);
  if (names !== '') {
    if (NEGATIVE_CLASS.test(names)) weight -= CLASS_WEIGHT;
    if (POSITIVE_CLASS.test(names)) weight += CLASS_WEIGHT;
    if (ARTICLE_BODY_CLASS.test(names)) weight += BODY_MARKER_WEIGHT;
  }
  if (el.attribs['itemprop'] === 'articleBody') weight += BODY_MARKER_WEIGHT;
  return weight;
}

/** Whether an element holds only inline content (text, links, emphasis...), so it reads as one block. */
export function isInlineOnly(el: Element): boolean {
  for (const child of el.children) if (isTag(child) && BLOCK_TAGS.has(child.name)) return false;
  return true;
}

/** Any character that trim() would keep; tested without copying the text. */
const NON_SPACE = /\S/;

function hasDirectText(el: Element): boolean {
  for (const child of el.children) if (isText(child) && NON_SPACE.test(child.data)) return true;
  return false;
}

/** Whether an element counts as one paragraph of text for scoring. */
export function isParagraphLike(el: Element): boolean {
  if (PARAGRAPH_TAGS.has(el.name)) return true;
  return TEXT_CONTAINER_TAGS.has(el.name) && hasDirectText(el) && isInlineOnly(el);
}

/** Points one paragraph earns: one, plus its commas, plus one per CHARS_PER_POINT characters (capped). */
export function paragraphPoints(textLen: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(textLen / CHARS_PER_POINT), MAX_LENGTH_POINTS);
}

/** Scores every container that received paragraph points, best first. */
export function scoreCandidates(root: ParentNode, stats: StatsMap): Candidate[] {
  const raw = new Map<Element, number>();
  walkElements(root, (el) => {
    if (!isParagraphLike(el)) {
      // Text set straight into a container between blocks (paragraphs split by <br>s) counts for the container itself.
      if (!BLOCK_TAGS.has(el.name)) return true;
      const direct = directText(el);
      if (direct.length >= MIN_PARAGRAPH_CHARS) credit(raw, el, paragraphPoints(direct.length, direct.commas), 0);
      return true;
    }
    const s = statsOf(stats, el);
    if (s.textLen < MIN_PARAGRAPH_CHARS) return el.name !== 'p';
    credit(raw, el.parent, paragraphPoints(s.textLen, s.commas), 0);
    // Paragraph-like divs may still hold nested text blocks; plain paragraphs do not.
    return el.name !== 'p';
  });
  const candidates: Candidate[] = [];
  for (const [el, points] of raw) {
    candidates.push({ el, score: points * (1 - linkDensity(statsOf(stats, el))) });
  }
  candidates.sort((a, b) => b.score - a.score);
  return candidates;
}

/** Length and commas of the text nodes directly inside an element. */
function directText(el: Element): { length: number; commas: number } {
  const sum = { textLen: 0, commas: 0 };
  for (const child of el.children) if (isText(child)) addText(sum, child.data);
  return { length: sum.textLen, commas: sum.commas };
}

/** Adds a paragraph's points to `start` and its ancestors, in shrinking shares. */
function credit(raw: Map<Element, number>, start: ParentNode | null, points: number, firstLevel: number): void {
    let ancestor: ParentNode | null = start;
    for (let level = firstLevel; level < ANCESTOR_SHARES.length && ancestor && isTag(ancestor); level++) {
      if (!raw.has(ancestor)) raw.set(ancestor, baseWeight(ancestor));
      raw.set(ancestor, (raw.get(ancestor) as number) + points * (ANCESTOR_SHARES[level] as number));
      ancestor = ancestor.parent;
    }
}
