/**
 * Which furniture rule (tag, ARIA role, class/id) an element falls under, with the exceptions a
 * name alone gets wrong: pull quotes in <aside>s, headers inside the story, lead paragraphs named
 * "title", links with icon classes, and the trigger of a hover card.
 */
import type { Element } from 'domhandler';
import { type ClassCache, classInfo } from './class-names.js';
import { classAndId, collapsedText, isTag, walkElements } from './dom.js';
import { type ClassRule, type FurnitureRule, ROLE_RULES, TAG_RULES } from './rules.js';
import { type StatsMap, linkDensity, statsOf } from './stats.js';

/** A <header> with more than this share of its text in links is a menu. */
export const HEADER_MENU_LINK_DENSITY = 0.5;
/** Longest pull quote kept in place (an aside holding only a short quotation). */
export const MAX_PULL_QUOTE_CHARS = 400;
/** A <p> longer than this is prose even when its class says "title" (some sites mark the lead paragraph so). */
export const MAX_TITLE_PARAGRAPH_CHARS = 120;
/** Icon fonts spell their glyph names as text ("arrow_forward_ios"): one short word, never prose. */
export const MAX_ICON_TEXT_CHARS = 30;
/** How many descendants are looked at to tell a section header from the article's header. */
const HEADER_LOOKAHEAD = 30;
/** Headings inside the body carry "title" classes too: the block filter judges them, not class names. */
const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** The rule an element falls under, or null when it is not furniture. */
export function furnitureRule(el: Element, byClass: ClassRule | null, stats: StatsMap, cache: ClassCache): FurnitureRule | null {
  const byTag = TAG_RULES.get(el.name);
  if (byTag) {
    if (el.name === 'aside' && isPullQuote(el, stats)) return null;
    // A site masthead is mostly menu links; an article's own header holds its headline and byline.
    if (el.name === 'header' && linkDensity(statsOf(stats, el)) > HEADER_MENU_LINK_DENSITY) return { kind: 'navigation', rule: byTag.rule };
    return byTag;
  }
  const role = el.attribs['role'];
  if (role !== undefined) {
    const byRole = ROLE_RULES.get(role.trim().toLowerCase());
    if (byRole) return byRole;
  }
  if (byClass === null) return null;
  if (byClass.rule === 'html/class:header' && (isBodyTextNamedAsTitle(el, stats) || isSectionHeader(el))) return null;
  if (byClass.rule === 'html/class:icon' && !isIconText(el, stats)) return null;
  // The trigger of a hover card (a link, or the wrapper around link and card) is text; the card is not.
  if (byClass.rule === 'html/class:popover' && (el.name === 'a' || wrapsOwnPopover(el, cache))) return null;
  return byClass;
}

/** An <aside> that holds only a short, unlinked quotation: a pull quote, part of the story's text. */
function isPullQuote(el: Element, stats: StatsMap): boolean {
  const s = statsOf(stats, el);
  if (s.linkLen > 0 || s.textLen === 0 || s.textLen > MAX_PULL_QUOTE_CHARS) return false;
  let quote = false;
  walkElements(el, (child) => {
    if (child.name === 'q' || child.name === 'blockquote') quote = true;
    return !quote;
  });
  return quote;
}

/** Subheadings and long paragraphs that carry "title"/"header" class names. */
function isBodyTextNamedAsTitle(el: Element, stats: StatsMap): boolean {
  if (SUBHEADINGS.has(el.name)) return true;
  return el.name === 'p' && statsOf(stats, el).textLen > MAX_TITLE_PARAGRAPH_CHARS;
}

/**
 * A header inside the story (a live-blog entry's time and title, a section's heading) holds a
 * subheading but no headline; the article's own header holds the <h1>.
 */
function isSectionHeader(el: Element): boolean {
  let seen = 0;
  let subheading = false;
  let headline = false;
  walkElements(el, (child) => {
    if (headline || seen++ > HEADER_LOOKAHEAD) return false;
    if (child.name === 'h1') headline = true;
    else if (SUBHEADINGS.has(child.name)) subheading = true;
    return true;
  });
  return subheading && !headline;
}

function isIconText(el: Element, stats: StatsMap): boolean {
  if (el.name === 'a' || statsOf(stats, el).textLen > MAX_ICON_TEXT_CHARS) return false;
  return !collapsedText(el).includes(' ');
}

/**
 * A hover card's trigger wrapper holds the linked name in the text and the card beside it; only the
 * card is furniture. A popover-named element whose child is also popover-named is that wrapper.
 */
function wrapsOwnPopover(el: Element, cache: ClassCache): boolean {
  for (const child of el.children) {
    if (!isTag(child)) continue;
    const names = classAndId(child);
    if (names !== '' && classInfo(names, cache).rule?.rule === 'html/class:popover') return true;
  }
  return false;
}
