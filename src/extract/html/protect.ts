/**
 * What pruning must never throw away, whatever the class names say: the container of most of the
 * page's text, the bulk of a marked article body, and any wrapper around that body.
 */
import type { Element, ParentNode } from 'domhandler';
import { type ClassCache, isBodyMarked } from './class-names.js';
import { isTag, walkElements } from './dom.js';
import { type StatsMap, statsOf } from './stats.js';

/** Share of the page's (or the marked body's) text above which a container is kept. */
export const PROTECT_PARAGRAPH_SHARE = 0.5;
/** Too little text to be the article: furniture this short is never protected by its share of the page. */
export const PROTECT_MIN_CHARS = 200;

/** How much text the page holds, to judge an element's share of it. */
export interface PageText {
  /** Characters of unlinked text in <p> elements. */
  paraChars: number;
  /** Characters of text outside links. */
  proseChars: number;
}

export function measurePage(root: ParentNode, stats: StatsMap): PageText {
  const page: PageText = { paraChars: 0, proseChars: 0 };
  for (const child of root.children) {
    if (!isTag(child)) continue;
    const s = statsOf(stats, child);
    page.paraChars += s.paraChars;
    page.proseChars += s.textLen - s.linkLen;
  }
  return page;
}

/** Whether an element holds too much of the article to be removed as furniture. */
export function isProtected(el: Element, page: PageText, stats: StatsMap, cache: ClassCache): boolean {
  if (el.attribs['itemprop'] === 'articleBody') return true;
  const s = statsOf(stats, el);
  // Inside the marked article body, a wrapper of most of its text is the text, whatever its name.
  const body = markedBodyAround(el, stats, cache);
  if (body !== null && s.textLen >= PROTECT_PARAGRAPH_SHARE * statsOf(stats, body).textLen) return true;
  if (page.paraChars > 0 && s.paraChars >= PROTECT_PARAGRAPH_SHARE * page.paraChars) return true;
  // Pages that set their text in <div>s and <span>s have few <p>s: judge them by all unlinked text.
  const prose = s.textLen - s.linkLen;
  return prose >= PROTECT_MIN_CHARS && prose >= PROTECT_PARAGRAPH_SHARE * page.proseChars;
}

/**
 * The nearest ancestor marked as the article body and holding a story's worth of text, if any.
 * Small marked wrappers ("article-body__newsletter") are passed over.
 */
function markedBodyAround(el: Element, stats: StatsMap, cache: ClassCache): Element | null {
  for (let p = el.parent; p && isTag(p); p = p.parent) {
    if (isBodyMarked(p, cache) && statsOf(stats, p).textLen >= PROTECT_MIN_CHARS) return p;
  }
  return null;
}

/**
 * Whether the element is, or wraps, the marked article body: a marked element holding most of its
 * text. (Comment threads mark each comment "post-body"; none of them is most of the thread.)
 */
export function holdsMarkedBody(el: Element, stats: StatsMap, cache: ClassCache): boolean {
  if (isBodyMarked(el, cache)) return true;
  const needed = PROTECT_PARAGRAPH_SHARE * statsOf(stats, el).textLen;
  let found = false;
  walkElements(el, (child) => {
    // A subtree with less text than needed cannot hold the body: it is not entered.
    if (found || statsOf(stats, child).textLen < needed) return false;
    found = isBodyMarked(child, cache);
    return !found;
  });
  return found;
}
