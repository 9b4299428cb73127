/**
 * Stage 1: take the page furniture out of the tree. One pre-order walk decides, for each element,
 * whether it is silent markup (script, style...), hidden, a figure (which becomes a media item),
 * or furniture named by its tag, role or class/id (which becomes a boilerplate entry). What holds
 * the article is never removed this way (see protect.ts): a class name alone should not be able to
 * throw the story away.
 */
import type { Element, ParentNode } from 'domhandler';
import { type BoilerplateLog, MAX_BOILERPLATE_CHARS } from './boilerplate.js';
import { type ClassCache, elementClassInfo, newClassCache } from './class-names.js';
import { collapsedText, detach, walkElements } from './dom.js';
import { type FigureSink, type FoundMedia, isPictureBox, takeCaption, takeFigure } from './figures.js';
import { furnitureRule } from './furniture.js';
import { type PageText, holdsMarkedBody, isProtected, measurePage } from './protect.js';
import { SILENT_TAGS } from './rules.js';
import { type StatsMap, subtractFromAncestors } from './stats.js';

export type { FoundMedia } from './figures.js';

/** Tags no rule removes: they are the page itself. */
const NEVER_REMOVED = new Set(['html', 'body', 'main']);
/** Inline style that hides an element. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export interface PruneResult {
  media: FoundMedia[];
}

interface PruneContext extends FigureSink {
  stats: StatsMap;
  page: PageText;
  /** What each class/id string met says (pages repeat the same names many times). */
  classes: ClassCache;
}

export function pruneFurniture(root: ParentNode, stats: StatsMap, log: BoilerplateLog, base: string | null): PruneResult {
  const ctx: PruneContext = { stats, log, base, media: [], page: measurePage(root, stats), classes: newClassCache() };
  const doomed: Element[] = [];
  walkElements(root, (el) => {
    if (decide(el, ctx)) {
      doomed.push(el);
      return false;
    }
    return true;
  });
  for (const el of doomed) {
    subtractFromAncestors(stats, el);
    detach(el);
  }
  return { media: ctx.media };
}

/** True when the element goes (after recording whatever it held). */
function decide(el: Element, ctx: PruneContext): boolean {
  if (SILENT_TAGS.has(el.name)) return true;
  if (NEVER_REMOVED.has(el.name)) return false;
  const hidden = isHidden(el);
  const info = hidden ? null : elementClassInfo(el, ctx.classes);
  const figure = !hidden && (el.name === 'figure' || el.name === 'picture' || (info?.picture === true && isPictureBox(el, ctx.stats)));
  const caption = !figure && info?.caption === true;
  const rule = hidden || figure || caption ? null : furnitureRule(el, info?.rule ?? null, ctx.stats, ctx.classes);
  if (!hidden && !figure && !caption && rule === null) return false;
  // Checked last, as it is needed only for elements about to go. A comment thread can outweigh the
  // story it follows, so its share of the page never protects it.
  if (rule?.kind !== 'comment' && isProtected(el, ctx.page, ctx.stats, ctx.classes)) return false;
  // Once the log is full nothing more is listed, so the text of what goes need not be read.
  if (hidden) {
    if (!ctx.log.full) ctx.log.add('other', textOf(el), 'html/hidden');
  } else if (figure) {
    takeFigure(el, ctx);
  } else if (caption) {
    takeCaption(el, info?.credit === true, ctx);
  } else if (rule !== null) {
    // A wrapper around the marked article body is not furniture, whatever its own name says.
    if (holdsMarkedBody(el, ctx.stats, ctx.classes)) return false;
    if (!ctx.log.full) ctx.log.add(rule.kind, textOf(el), rule.rule);
  }
  return true;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

function textOf(el: Element): string {
  return collapsedText(el, MAX_BOILERPLATE_CHARS);
}
