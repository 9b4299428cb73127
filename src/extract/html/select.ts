/**
 * Stage 3: choose the article container from the scored candidates, then gather the siblings that
 * continue it (pages often split the body into several wrappers, with ads in between).
 */
import type { Element, ParentNode } from 'domhandler';
import { childElements, classAndId, isTag, isText } from './dom.js';
import { type Candidate, isParagraphLike } from './score.js';
import { type StatsMap, linkDensity, statsOf } from './stats.js';

/** Runners-up within this share of the best score are "almost as good" candidates. */
export const ALTERNATIVE_SCORE_SHARE = 0.75;
/** How many runners-up are considered, and how many must share an ancestor to move up to it. */
export const ALTERNATIVES_CONSIDERED = 5;
export const ALTERNATIVES_TO_SHARE = 3;
/** How far up the tree the choice may move to a better-scored or shared ancestor. */
export const MAX_CLIMB_LEVELS = 5;
/** A sibling joins when its score reaches this share of the winner's (and at least SIBLING_MIN_SCORE). */
export const SIBLING_SCORE_SHARE = 0.3;
export const SIBLING_MIN_SCORE = 10;
/** Bonus share of the winner's score for a sibling with the same class name. */
export const SAME_CLASS_BONUS_SHARE = 0.2;
/** A paragraph sibling joins when it is long and hardly linked, or short, unlinked and sentence-like. */
export const SIBLING_LONG_PARAGRAPH = 80;
export const SIBLING_MAX_LINK_DENSITY = 0.25;
/** A sibling with this many characters of paragraph text (and few links) continues the article. */
export const SIBLING_PROSE_CHARS = 400;

export interface Selection {
  /** The chosen element and the siblings that continue it, in document order. */
  containers: Element[];
  /** The element that won the scoring (after moving up). */
  top: Element;
}

function isAncestor(ancestor: ParentNode, node: ParentNode): boolean {
  let p: ParentNode | null = node.parent;
  while (p) {
    if (p === ancestor) return true;
    p = p.parent;
  }
  return false;
}

/** The lowest ancestor of `top` that also contains enough near-best runners-up, if any. */
function sharedAncestor(top: Candidate, candidates: readonly Candidate[]): Element | null {
  const alternatives = candidates
    .slice(1, 1 + ALTERNATIVES_CONSIDERED)
    .filter((c) => c.score >= ALTERNATIVE_SCORE_SHARE * top.score && !isAncestor(c.el, top.el) && !isAncestor(top.el, c.el));
  if (alternatives.length < ALTERNATIVES_TO_SHARE) return null;
  let ancestor: ParentNode | null = top.el.parent;
  for (let level = 0; ancestor && isTag(ancestor) && ancestor.name !== 'body' && level < MAX_CLIMB_LEVELS; level++) {
    const inside = alternatives.filter((c) => isAncestor(ancestor as ParentNode, c.el)).length;
    if (inside >= ALTERNATIVES_TO_SHARE) return ancestor;
    ancestor = ancestor.parent;
  }
  return null;
}

/** Moves up to an ancestor that scored better than the winner (it gathers more of the article). */
function betterAncestor(top: Element, scores: ReadonlyMap<Element, number>): Element {
  let best = top;
  let bestScore = scores.get(top) ?? 0;
  let ancestor: ParentNode | null = top.parent;
  for (let level = 0; ancestor && isTag(ancestor) && ancestor.name !== 'body' && level < MAX_CLIMB_LEVELS; level++) {
    const score = scores.get(ancestor) ?? 0;
    if (score > bestScore) {
      best = ancestor;
      bestScore = score;
    }
    ancestor = ancestor.parent;
  }
  return best;
}

/** A child holding at least this share of the winner's text is the article itself; the rest is leftovers. */
export const DOMINANT_CHILD_SHARE = 0.9;

/** Moves down into a child that holds nearly all of the winner's text (a layout wrapper won on class names). */
function intoDominantChild(top: Element, stats: StatsMap): Element {
  let el = top;
  for (;;) {
    const total = statsOf(stats, el).textLen;
    if (total === 0) return el;
    const child = childElements(el).find((c) => statsOf(stats, c).textLen >= DOMINANT_CHILD_SHARE * total);
    if (!child || isParagraphLike(child)) return el;
    el = child;
  }
}

/** Moves up through wrappers that hold nothing but the winner. */
function throughWrappers(top: Element): Element {
  let el = top;
  while (el.parent && isTag(el.parent) && el.parent.name !== 'body' && childElements(el.parent).length === 1) el = el.parent;
  return el;
}

function joinsAsSibling(sibling: Element, top: Element, topScore: number, scores: ReadonlyMap<Element, number>, stats: StatsMap): boolean {
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SCORE_SHARE);
  let bonus = 0;
  const cls = sibling.attribs['class'];
  if (cls && cls === top.attribs['class']) bonus = topScore * SAME_CLASS_BONUS_SHARE;
  if ((scores.get(sibling) ?? 0) + bonus >= threshold) return true;
  const s = statsOf(stats, sibling);
  const density = linkDensity(s);
  // A later chunk of a long article sits deeper than its scores reach: judge it by its prose.
  if (s.paraChars >= SIBLING_PROSE_CHARS && density < SIBLING_MAX_LINK_DENSITY) return true;
  if (!isParagraphLike(sibling) || sibling.name === 'td') return false;
  if (s.textLen > SIBLING_LONG_PARAGRAPH) return density < SIBLING_MAX_LINK_DENSITY;
  return s.textLen > 0 && density === 0 && classAndId(sibling) === '' && SENTENCE_END.test(lastText(sibling));
}

/** The end of a sentence, possibly inside closing quotes. */
const SENTENCE_END = /[.!?]["”’]?$/;

/** The last text node directly inside an element, trimmed ("" when it ends with an element). */
function lastText(el: Element): string {
  const last = el.children[el.children.length - 1];
  return last && isText(last) ? last.data.trim() : '';
}

export function selectArticle(candidates: readonly Candidate[], stats: StatsMap): Selection | null {
  const best = candidates[0];
  if (!best) return null;
  const scores = new Map<Element, number>(candidates.map((c) => [c.el, c.score]));
  let top = sharedAncestor(best, candidates) ?? betterAncestor(best.el, scores);
  top = throughWrappers(intoDominantChild(top, stats));
  const topScore = Math.max(scores.get(top) ?? 0, best.score);
  const parent = top.parent;
  if (!parent || !isTag(parent)) return { containers: [top], top };
  const containers = childElements(parent).filter((sibling) => sibling === top || joinsAsSibling(sibling, top, topScore, scores, stats));
  return { containers, top };
}
