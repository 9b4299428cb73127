/**
 * Fallback stages of the cascade, used when the scored container yields too little text:
 * every prose paragraph of the page, or the article body the page states in its JSON-LD.
 */
import type { Element, ParentNode } from 'domhandler';
import type { Block } from '../article.js';
import { walkElements } from './dom.js';
import { type StatsMap, linkDensity, statsOf } from './stats.js';

/** A paragraph counts in the all-paragraphs stage when it is this long and this little linked. */
export const FALLBACK_MIN_PARAGRAPH_CHARS = 40;
export const FALLBACK_MAX_LINK_DENSITY = 0.3;

/** Every <p> of the (pruned) page that reads as prose, in document order. */
export function proseParagraphs(root: ParentNode, stats: StatsMap): Element[] {
  const found: Element[] = [];
  walkElements(root, (el) => {
    if (el.name !== 'p') return true;
    const s = statsOf(stats, el);
    if (s.textLen >= FALLBACK_MIN_PARAGRAPH_CHARS && linkDensity(s) < FALLBACK_MAX_LINK_DENSITY) found.push(el);
    return false;
  });
  return found;
}

/** The JSON-LD articleBody as blocks: one per non-empty line. */
export function jsonLdBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const line of body.split(/\r?\n/)) {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text.length > 0) blocks.push({ text, kind: 'paragraph' });
  }
  return blocks;
}

export function totalChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}
