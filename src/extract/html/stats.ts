/**
 * Text statistics per element, computed bottom-up in one iterative pass so that no stage ever
 * re-reads the text of a big subtree. When a stage removes an element it subtracts the element's
 * figures from its ancestors, which keeps the numbers true without a second pass.
 */
import type { Element, ParentNode } from 'domhandler';
import { isTag, isText } from './dom.js';
import { MAX_DOM_DEPTH, tooDeep } from './depth.js';
import { SILENT_TAGS } from './rules.js';

export interface NodeStats {
  /** Characters of text, whitespace runs counted as one. */
  textLen: number;
  /** Of those, characters inside links. */
  linkLen: number;
  /** Commas (Latin and CJK): a cheap sign of sentences. */
  commas: number;
  /** Characters of non-link text inside <p> elements. */
  paraChars: number;
  /** Number of <p> elements with some text. */
  paraCount: number;
}

/**
 * Statistics by element. Elements without text (images, empty wrappers, scripts) are left out, which
 * spares a map entry for a good share of a page's elements: statsOf reads a missing one as all zero,
 * and an element without text has no descendant with text, so removals never need its entry.
 */
export type StatsMap = Map<Element, NodeStats>;

const COMMA = 0x2c;
const IDEOGRAPHIC_COMMA = 0x3001;
const FULLWIDTH_COMMA = 0xff0c;

/** Whether a UTF-16 code unit is whitespace as page text uses it (ASCII spaces and controls, no-break space). */
function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0;
}

function isComma(c: number): boolean {
  return c === COMMA || c === IDEOGRAPHIC_COMMA || c === FULLWIDTH_COMMA;
}

/** Length of a text with every whitespace run after a character counted as one, and its comma count. */
export function measureText(data: string): { length: number; commas: number } {
  const into = { textLen: 0, commas: 0 };
  addText(into, data);
  return { length: into.textLen, commas: into.commas };
}

/** Adds a text node's measure to running totals (no allocation: this runs on every text node of the page). */
export function addText(into: { textLen: number; commas: number }, data: string): void {
  let length = 0;
  let commas = 0;
  let inSpace = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (isSpace(c)) {
      if (!inSpace) length++;
      inSpace = true;
    } else {
      length++;
      inSpace = false;
      if (isComma(c)) commas++;
    }
  }
  into.textLen += length;
  into.commas += commas;
}

export function emptyStats(): NodeStats {
  return { textLen: 0, linkLen: 0, commas: 0, paraChars: 0, paraCount: 0 };
}

/**
 * Statistics for every element with text under `root`, from a finished tree (the extractor gets the same
 * figures while parsing, see parse.ts). The elements are listed in pre-order, then summed in
 * reverse, which visits every child before its parent: bottom-up without recursion or frame objects.
 * The same walk guards the depth: past `maxDepth` levels it throws `input/too-deep` at once.
 */
export function computeStats(root: ParentNode, maxDepth: number = MAX_DOM_DEPTH): StatsMap {
  const order: Element[] = [];
  const stack: Element[] = [];
  const depths: number[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    const child = root.children[i];
    if (child && isTag(child)) {
      stack.push(child);
      depths.push(1);
    }
  }
  while (stack.length > 0) {
    const node = stack.pop() as Element;
    const depth = depths.pop() as number;
    if (depth > maxDepth) throw tooDeep(maxDepth);
    order.push(node);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const child = kids[i];
      if (child && isTag(child)) {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  const stats: StatsMap = new Map();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const s = sumChildren(el, stats);
    if (s.textLen > 0) stats.set(el, s);
  }
  return stats;
}

function sumChildren(el: Element, stats: StatsMap): NodeStats {
  const own = emptyStats();
  for (const child of el.children) {
    if (isText(child)) {
      addText(own, child.data);
    } else if (isTag(child)) {
      const s = stats.get(child);
      if (s) addChildStats(own, s);
    }
  }
  return finishElement(el, own);
}

/** Adds a finished child's figures to its parent's running totals. */
export function addChildStats(into: NodeStats, child: NodeStats): void {
  into.textLen += child.textLen;
  into.linkLen += child.linkLen;
  into.commas += child.commas;
  into.paraChars += child.paraChars;
  into.paraCount += child.paraCount;
}

/**
 * Completes an element's figures once its text and children are summed: what the element itself
 * means (a link, a paragraph). Silent elements (scripts, styles) count for nothing.
 */
export function finishElement(el: Element, own: NodeStats): NodeStats {
  return SILENT_TAGS.has(el.name) ? emptyStats() : finishMeasured(el, own);
}

/** finishElement for an element already known not to be silent (the parse checks that once per element). */
export function finishMeasured(el: Element, own: NodeStats): NodeStats {
  if (el.name === 'a') own.linkLen = own.textLen;
  if (el.name === 'p' && own.textLen > 0) {
    own.paraChars = own.textLen - own.linkLen;
    own.paraCount = 1;
  }
  return own;
}

export function statsOf(stats: StatsMap, el: Element): NodeStats {
  return stats.get(el) ?? emptyStats();
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(s: NodeStats): number {
  return s.textLen === 0 ? 0 : s.linkLen / s.textLen;
}

/** Takes a removed element's figures off all its ancestors. */
export function subtractFromAncestors(stats: StatsMap, el: Element): void {
  const s = stats.get(el);
  if (!s) return;
  let parent: ParentNode | null = el.parent;
  while (parent && isTag(parent)) {
    const p = stats.get(parent);
    if (p) {
      p.textLen -= s.textLen;
      p.linkLen -= s.linkLen;
      p.commas -= s.commas;
      p.paraChars -= s.paraChars;
      p.paraCount -= s.paraCount;
      // A <p> keeps its own paragraph figures in step with its text.
      if (parent.name === 'p') {
        p.paraChars = Math.max(0, p.textLen - p.linkLen);
        p.paraCount = p.textLen > 0 ? 1 : 0;
      }
    }
    parent = parent.parent;
  }
}
