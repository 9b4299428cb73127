/**
 * One walk over the page that gathers every raw signal the metadata extractor reads: <html lang>,
 * <title>, meta tags, canonical link, JSON-LD scripts, the first <h1>, <time> elements, byline
 * elements and rel=author links. The walk is iterative (pages can be deep), visits each node once,
 * never serialises a subtree, and caps every list, so its cost is a small constant per node.
 */
import type { AnyNode, Document as DomDocument, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

/** Caps on what we keep: enough for any real page, bounded for pathological ones. */
const MAX_TIMES = 20;
const MAX_BYLINES = 10;
const MAX_REL_AUTHORS = 10;
const MAX_VALUES_PER_META = 10;
/** Text longer than this inside a byline-looking element means it is a container, not a byline. */
const MAX_BYLINE_TEXT = 300;
/** Text we read from a <time>, a heading or a <title>. */
const MAX_SHORT_TEXT = 400;
/** Nodes we visit when reading the text of one element. */
const MAX_TEXT_NODES = 200;

/** Subtrees whose text is never page metadata. */
const OPAQUE_TAGS: ReadonlySet<string> = new Set(['style', 'svg', 'math', 'template', 'iframe', 'object', 'select', 'textarea']);
/** Elements whose text runs into the next word without a space: everything else is a break. */
const INLINE_TAGS: ReadonlySet<string> = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'em', 'font', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
/** Regions where a byline or a date belongs to something else: comments, related stories, sidebars. */
const NOISE_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside']);
const NOISE_CLASS_RE = /comment|related|sidebar|footer|recommend|promo|newsletter|popular|trending|teaser|widget|more-stories|read-next/;
/**
 * Classes that describe the layout rather than the region: "has-sidebar", "no-comments",
 * "comments-open". Drupal and WordPress put such classes on <body> and page wrappers.
 */
const LAYOUT_CLASS_RE = /^(?:has|no|with|without|show|hide)[-_]|[-_](?:open|closed|enabled|disabled|active|left|right|first|second)$/;
/** Elements whose classes describe the whole page ("one-sidebar sidebar-second" on Drupal's <body>). */
const LAYOUT_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);
/** Class or id of an element holding a byline. */
const BYLINE_CLASS_RE = /byline|author|writer|contributor/;
/** Byline-looking classes that are about something else: an avatar, a bio, a share button. */
const NOT_BYLINE_CLASS_RE = /avatar|\bbio|biography|image|photo|thumb|img|social|share|follow|about|description|authori[sz]/;
const ARTICLE_TAGS: ReadonlySet<string> = new Set(['article', 'main']);
const MODIFIED_HINT_RE = /updat|modif/;
/** Class or id words of an element that shows a date ("article_date", "entry-date", "timestamp"). */
const DATE_CLASS_RE = /(?:^|[\s_-])(?:date|dateline|datetime|timestamp|time|published|publish|posted|pubdate|updated|modified)(?:$|[\s_-])/;
/** A date element's text is short; longer text is a container that happens to have such a class. */
const MAX_DATE_TEXT = 120;
/** Elements found only by a date-like class: fewer, since they are weaker evidence. */
const MAX_DATE_CLASS_ELEMENTS = 10;

export interface TimeSignal {
  /** The datetime attribute, or content= for itemprop elements. */
  datetime: string | null;
  text: string | null;
  /** Has the old pubdate attribute, or itemprop=datePublished. */
  published: boolean;
  /** itemprop=dateModified, or a class/id that says updated/modified. */
  modified: boolean;
  inArticle: boolean;
  inByline: boolean;
  /** Which rule found it: "time[datetime]", "itemprop:datepublished", "class:date"... */
  source: string;
  /** Found only by a date-like class or id, not by <time> or itemprop: weaker evidence. */
  byClass: boolean;
}

export interface BylineSignal {
  text: string;
  inArticle: boolean;
  /** itemprop=author: the page says outright that this is the author. */
  declared: boolean;
}

export interface PageSignals {
  htmlLang: string | null;
  title: string | null;
  /** Meta values by lower-cased name/property/itemprop/http-equiv, in document order. */
  metas: Map<string, string[]>;
  canonical: string | null;
  jsonLd: string[];
  /** The first <h1> inside the article, else the first one on the page. */
  h1: string | null;
  /** Whether `h1` came from inside the article, so that an article <h1> can replace a page one. */
  h1InArticle: boolean;
  times: TimeSignal[];
  bylines: BylineSignal[];
  relAuthors: string[];
}

/** Where an element sits, as bit flags: cheaper than an object per node on the walk's stack. */
const IN_ARTICLE = 1;
const IN_BYLINE = 2;
const IN_NOISE = 4;

interface Frame {
  inArticle: boolean;
  inByline: boolean;
  inNoise: boolean;
}

const frameOf = (flags: number): Frame => ({
  inArticle: (flags & IN_ARTICLE) !== 0,
  inByline: (flags & IN_BYLINE) !== 0,
  inNoise: (flags & IN_NOISE) !== 0,
});

/** Any word that one of the class/id rules looks for: one cheap test rules out most elements. */
const ANY_HINT_RE =
  /byline|author|writer|contributor|date|time|publish|posted|updat|modif|comment|related|sidebar|footer|recommend|promo|newsletter|popular|trending|teaser|widget|more-stories|read-next/i;

/** Lower-cased class and id, joined by a space, when they hold a word some rule looks at; '' otherwise. */
function hintsOf(el: Element): string {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (cls === undefined && id === undefined) return '';
  // Tested directly: a cache keyed by the attribute strings measured slower than the pattern itself.
  if (!(cls !== undefined && ANY_HINT_RE.test(cls)) && !(id !== undefined && ANY_HINT_RE.test(id))) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** The text of an element, whitespace collapsed; null when longer than maxChars (or empty). */
export function boundedText(root: Element, maxChars: number): string | null {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined || ++visited > MAX_TEXT_NODES) break;
    if (isText(node)) {
      parts.push(node.data);
      length += node.data.length;
      if (length > maxChars * 2) return null; // raw length, before collapsing whitespace
      continue;
    }
    if (!isTag(node) || OPAQUE_TAGS.has(node.name) || node.name === 'script') continue;
    const isBreak = !INLINE_TAGS.has(node.name);
    if (isBreak) parts.push(' ');
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length === 0 || text.length > maxChars ? null : text;
}

function emptySignals(): PageSignals {
  return { htmlLang: null, title: null, metas: new Map(), canonical: null, jsonLd: [], h1: null, h1InArticle: false, times: [], bylines: [], relAuthors: [] };
}

function addMetaValue(signals: PageSignals, key: string | undefined, value: string): void {
  if (key === undefined || key === '') return;
  const k = key.trim().toLowerCase();
  const list = signals.metas.get(k);
  if (list === undefined) signals.metas.set(k, [value]);
  else if (list.length < MAX_VALUES_PER_META) list.push(value);
}

function addMeta(signals: PageSignals, el: Element): void {
  const a = el.attribs;
  const value = a['content'] ?? a['value'];
  if (value === undefined) return;
  addMetaValue(signals, a['property'], value);
  addMetaValue(signals, a['name'], value);
  addMetaValue(signals, a['http-equiv'], value);
  // itemprop may hold several properties at once: itemprop="datePublished dateCreated".
  const itemprop = a['itemprop'];
  if (itemprop !== undefined) for (const key of itemprop.split(/\s+/)) addMetaValue(signals, key, value);
}

function hasRel(el: Element, value: string): boolean {
  const rel = el.attribs['rel'];
  return rel !== undefined && rel.toLowerCase().split(/\s+/).includes(value);
}

function scriptText(el: Element): string {
  return el.children.map((c) => (isText(c) ? c.data : '')).join('');
}

/** The itemprop values of an element, lower-cased ("datePublished dateCreated" -> two). */
const NO_ITEMPROPS: readonly string[] = [];

function itempropsOf(el: Element): readonly string[] {
  const raw = el.attribs['itemprop'];
  return raw === undefined ? NO_ITEMPROPS : raw.toLowerCase().split(/\s+/);
}

const DATE_ITEMPROPS: ReadonlySet<string> = new Set(['datepublished', 'datemodified', 'datecreated']);
const AUTHOR_ITEMPROPS: ReadonlySet<string> = new Set(['author', 'creator']);

function addTime(signals: PageSignals, el: Element, frame: Frame, hints: string): void {
  if (signals.times.length >= MAX_TIMES) return;
  const itemprops = itempropsOf(el);
  const itemprop = itemprops.find((p) => DATE_ITEMPROPS.has(p)) ?? '';
  const datetime = el.attribs['datetime'] ?? (el.name === 'time' ? null : (el.attribs['content'] ?? null));
  const text = boundedText(el, MAX_SHORT_TEXT);
  if (datetime === null && text === null) return;
  const published = itemprops.includes('datepublished') || el.attribs['pubdate'] !== undefined;
  const modified = !published && (itemprop === 'datemodified' || MODIFIED_HINT_RE.test(hints));
  const source =
    itemprop !== '' ? `itemprop:${itemprop}` : el.attribs['pubdate'] !== undefined ? 'time[pubdate]' : datetime !== null ? 'time[datetime]' : 'time';
  signals.times.push({ datetime, text, published, modified, inArticle: frame.inArticle, inByline: frame.inByline, source, byClass: false });
}

function addDateClassElement(signals: PageSignals, el: Element, frame: Frame, hints: string): void {
  if (signals.times.filter((t) => t.byClass).length >= MAX_DATE_CLASS_ELEMENTS || signals.times.length >= MAX_TIMES) return;
  const text = boundedText(el, MAX_DATE_TEXT);
  if (text === null) return;
  signals.times.push({
    datetime: null,
    text,
    published: false,
    modified: MODIFIED_HINT_RE.test(hints),
    inArticle: frame.inArticle,
    inByline: frame.inByline,
    source: 'class:date',
    byClass: true,
  });
}

/** Whether a class or id marks a region of other content (comments, related stories), not a layout flag. */
function isNoiseRegion(hints: string): boolean {
  if (!NOISE_CLASS_RE.test(hints)) return false;
  return hints.split(/\s+/).some((token) => NOISE_CLASS_RE.test(token) && !LAYOUT_CLASS_RE.test(token));
}

function isBylineElement(el: Element, hints: string): boolean {
  if (itempropsOf(el).some((p) => AUTHOR_ITEMPROPS.has(p))) return true;
  return hints !== '' && BYLINE_CLASS_RE.test(hints) && !NOT_BYLINE_CLASS_RE.test(hints);
}

/** Looks at one body element; returns whether its subtree is a byline. */
function visitBodyElement(signals: PageSignals, el: Element, flags: number, hints: string): boolean {
  const name = el.name;
  const inNoise = (flags & IN_NOISE) !== 0;
  if (name === 'h1' && !inNoise && (signals.h1 === null || ((flags & IN_ARTICLE) !== 0 && !signals.h1InArticle))) {
    const text = boundedText(el, MAX_SHORT_TEXT);
    if (text !== null) {
      signals.h1 = text;
      signals.h1InArticle = (flags & IN_ARTICLE) !== 0;
    }
  }
  // Most elements carry no hint word, no itemprop and are no <time> or link: nothing below applies.
  if (inNoise || (hints === '' && el.attribs['itemprop'] === undefined && name !== 'time' && name !== 'a')) return false;
  const frame = frameOf(flags);
  const itemprops = itempropsOf(el);
  if (name === 'time' || itemprops.some((p) => DATE_ITEMPROPS.has(p))) {
    addTime(signals, el, frame, hints);
  } else if (hints !== '' && DATE_CLASS_RE.test(hints)) {
    addDateClassElement(signals, el, frame, hints);
  }
  if (name === 'a' && signals.relAuthors.length < MAX_REL_AUTHORS && hasRel(el, 'author')) {
    const text = boundedText(el, MAX_BYLINE_TEXT);
    if (text !== null) signals.relAuthors.push(text);
  }
  if (frame.inByline || !isBylineElement(el, hints) || signals.bylines.length >= MAX_BYLINES) return false;
  const text = boundedText(el, MAX_BYLINE_TEXT);
  if (text === null) return false;
  signals.bylines.push({ text, inArticle: frame.inArticle, declared: itemprops.some((p) => AUTHOR_ITEMPROPS.has(p)) });
  return true;
}

/** Elements read whole whose children hold no signal of their own. */
const LEAF_SIGNAL_TAGS: ReadonlySet<string> = new Set(['title', 'meta', 'link', 'script']);
/** Elements looked at by name whatever their class: the page's language, the headline, dates. */
const NAMED_SIGNAL_TAGS: ReadonlySet<string> = new Set(['html', 'h1', 'time']);
/** The flag of an element whose subtree holds no signal (inside a script, a style, an <svg>...). */
const SKIPPED = 8;

/** What a tag name is to the collector, as bits: one look-up per element instead of one per set. */
const TAG_LEAF = 1;
const TAG_OPAQUE = 2;
const TAG_NAMED = 4;
const TAG_ARTICLE = 8;
const TAG_NOISE = 16;
const TAG_LAYOUT = 32;

function tagBits(): Map<string, number> {
  const bits = new Map<string, number>();
  const mark = (tags: ReadonlySet<string>, bit: number): void => {
    for (const tag of tags) bits.set(tag, (bits.get(tag) ?? 0) | bit);
  };
  mark(LEAF_SIGNAL_TAGS, TAG_LEAF);
  mark(OPAQUE_TAGS, TAG_OPAQUE);
  mark(NAMED_SIGNAL_TAGS, TAG_NAMED);
  mark(ARTICLE_TAGS, TAG_ARTICLE);
  mark(NOISE_TAGS, TAG_NOISE);
  mark(LAYOUT_TAGS, TAG_LAYOUT);
  return bits;
}

const TAG_BITS: ReadonlyMap<string, number> = tagBits();

/** Reads a head-like element; returns true when it is fully handled (its subtree holds nothing more). */
function visitDocumentElement(signals: PageSignals, el: Element): boolean {
  switch (el.name) {
    case 'html':
      signals.htmlLang ??= el.attribs['lang'] ?? el.attribs['xml:lang'] ?? null;
      return false;
    case 'title':
      signals.title ??= boundedText(el, MAX_SHORT_TEXT);
      return true;
    case 'meta':
      addMeta(signals, el);
      return true;
    case 'link':
      if (signals.canonical === null && hasRel(el, 'canonical')) signals.canonical = el.attribs['href'] ?? null;
      return true;
    case 'script':
      if ((el.attribs['type'] ?? '').trim().toLowerCase() === 'application/ld+json') signals.jsonLd.push(scriptText(el));
      return true;
  }
  return false;
}

/** An element that may carry a signal, with where it sits (its byline flag is settled at the end). */
interface SignalCandidate {
  el: Element;
  flags: number;
  hints: string;
}

function insideAny(el: Element, elements: ReadonlySet<Element>): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (elements.has(p as Element)) return true;
  return false;
}

/**
 * Gathers the signals in the same pass that builds the tree: it is told of each element as it opens
 * (in document order) and as it closes. On opening it keeps the few elements that may carry a
 * signal (by name, itemprop or a hint word in class/id), with the flags their ancestors give them;
 * once the tree is complete, finish() reads their text. Only the byline flag waits for the end,
 * because whether an element is a byline depends on its text.
 */
export class PageSignalCollector {
  /** The flags each open element hands to its children. */
  private readonly childFlags: number[] = [];
  private readonly candidates: SignalCandidate[] = [];

  open(el: Element): void {
    const parent = this.childFlags.length > 0 ? (this.childFlags[this.childFlags.length - 1] as number) : 0;
    this.childFlags.push(this.judge(el, parent));
  }

  close(): void {
    this.childFlags.pop();
  }

  /** Keeps the element when it may carry a signal; returns the flags its children inherit. */
  private judge(el: Element, flags: number): number {
    if ((flags & SKIPPED) !== 0) return SKIPPED;
    const name = el.name;
    const bits = TAG_BITS.get(name) ?? 0;
    if ((bits & TAG_LEAF) !== 0) {
      this.candidates.push({ el, flags, hints: '' });
      return SKIPPED;
    }
    if ((bits & TAG_OPAQUE) !== 0) return SKIPPED;
    const hints = hintsOf(el);
    // Inside comments, sidebars and the like nothing is read but the document's own elements.
    if ((flags & IN_NOISE) === 0 || name === 'html') {
      const named = name === 'a' ? el.attribs['rel'] !== undefined : (bits & TAG_NAMED) !== 0;
      if (named || hints !== '' || el.attribs['itemprop'] !== undefined) this.candidates.push({ el, flags, hints });
    }
    let childFlags = flags;
    if ((bits & TAG_ARTICLE) !== 0) childFlags |= IN_ARTICLE;
    if ((bits & TAG_NOISE) !== 0 || (hints !== '' && (bits & TAG_LAYOUT) === 0 && isNoiseRegion(hints))) childFlags |= IN_NOISE;
    return childFlags;
  }

  /** Reads the kept elements, in document order, once the tree is complete. */
  finish(): PageSignals {
    const signals = emptySignals();
    const bylines = new Set<Element>();
    for (const { el, flags, hints } of this.candidates) {
      if (visitDocumentElement(signals, el)) continue;
      const settled = bylines.size > 0 && insideAny(el, bylines) ? flags | IN_BYLINE : flags;
      if (visitBodyElement(signals, el, settled, hints)) bylines.add(el);
    }
    return signals;
  }
}

/** Walks a finished page once and gathers its metadata signals (what the parse does when it is given a collector). */
export function collectPageSignals(dom: DomDocument): PageSignals {
  const collector = new PageSignalCollector();
  // null marks the point where the element below it on the stack closes.
  const stack: (Element | null)[] = [];
  const pushChildren = (node: DomDocument | Element): void => {
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child !== undefined && isTag(child)) stack.push(child);
    }
  };
  pushChildren(dom);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      collector.close();
      continue;
    }
    collector.open(node);
    stack.push(null);
    pushChildren(node);
  }
  return collector.finish();
}
