/**
 * What an element's class and id names say, worked out once per distinct string per page (pages
 * repeat the same few hundred names thousands of times).
 */
import type { Element } from 'domhandler';
import { ARTICLE_BODY_CLASS, CAPTION_CLASS, CLASS_RULES, type ClassRule, CREDIT_CLASS } from './rules.js';

/** Class names of picture boxes: an image with its caption line, without figure markup. */
export const PICTURE_BOX_CLASS = /pic|photo|image|img|media|foto|figure|visual/;

export interface ClassInfo {
  /** The furniture rule the names match, if any. */
  rule: ClassRule | null;
  /** A caption or credit container (a figure when it holds an image). */
  caption: boolean;
  credit: boolean;
  /** Named like a picture box (an image with its caption line). */
  picture: boolean;
}

/** Class/id judgements remembered for one page. */
export interface ClassCache {
  byNames: Map<string, ClassInfo>;
  /** Index in CLASS_RULES of the first rule a single name matches, or -1. */
  ruleIndexByToken: Map<string, number>;
  /** Whether a class attribute marks the article body. */
  bodyMarkedByClass: Map<string, boolean>;
  /** Judgements by the raw class attribute of elements without an id, so that lower-casing is done once per value. */
  byRawClass: Map<string, ClassInfo>;
  /** The same for elements with an id, by the raw "class id" string. */
  byRawNames: Map<string, ClassInfo>;
}

/**
 * Entries a cache may hold before it is emptied. What a name says never depends on the page, so the
 * judgements are shared across pages (a site's names recur on every page of it); the bound keeps a
 * long run over many sites from growing the memory without limit.
 */
export const MAX_CACHED_CLASS_NAMES = 20_000;

const SHARED_CACHE: ClassCache = {
  byNames: new Map(),
  ruleIndexByToken: new Map(),
  bodyMarkedByClass: new Map(),
  byRawClass: new Map(),
  byRawNames: new Map(),
};

/** The class/id judgements for a new page: those of earlier pages, unless the cache has grown past its bound. */
export function newClassCache(): ClassCache {
  const { byNames, ruleIndexByToken, bodyMarkedByClass, byRawClass, byRawNames } = SHARED_CACHE;
  for (const map of [byNames, ruleIndexByToken, bodyMarkedByClass, byRawClass, byRawNames]) {
    if (map.size > MAX_CACHED_CLASS_NAMES) map.clear();
  }
  return SHARED_CACHE;
}

/** All class rules in one pattern: most names match none, and one test settles that. */
const ANY_CLASS_RULE = new RegExp(CLASS_RULES.map((r) => r.pattern.source).join('|'));

const ARTICLE_BODY_CLASS_ANY_CASE = new RegExp(ARTICLE_BODY_CLASS.source, 'i');

/** What the lower-cased "class id" string of an element says. */
export function classInfo(names: string, cache: ClassCache): ClassInfo {
  let info = cache.byNames.get(names);
  if (info === undefined) {
    const caption = CAPTION_CLASS.test(names);
    info = {
      rule: caption ? null : classRule(names, cache.ruleIndexByToken),
      caption,
      credit: caption && CREDIT_CLASS.test(names),
      picture: PICTURE_BOX_CLASS.test(names),
    };
    cache.byNames.set(names, info);
  }
  return info;
}

/** What an element's class and id say (as classInfo on its lower-cased "class id"), or null when it has neither. */
export function elementClassInfo(el: Element, cache: ClassCache): ClassInfo | null {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (id === undefined) {
    if (cls === undefined) return null;
    let info = cache.byRawClass.get(cls);
    if (info === undefined) {
      info = classInfo(`${cls} `.toLowerCase(), cache);
      cache.byRawClass.set(cls, info);
    }
    return info;
  }
  const raw = `${cls ?? ''} ${id}`;
  let info = cache.byRawNames.get(raw);
  if (info === undefined) {
    info = classInfo(raw.toLowerCase(), cache);
    cache.byRawNames.set(raw, info);
  }
  return info;
}

/**
 * The first class rule any of the names matches. Rules are judged name by name, which gives the
 * same answer as testing the joined string because no rule pattern spans a space.
 */
function classRule(names: string, ruleIndexByToken: Map<string, number>): ClassRule | null {
  let best = -1;
  for (const token of names.split(/\s+/)) {
    if (token === '') continue;
    let index = ruleIndexByToken.get(token);
    if (index === undefined) {
      index = ANY_CLASS_RULE.test(token) ? CLASS_RULES.findIndex((r) => r.pattern.test(token)) : -1;
      ruleIndexByToken.set(token, index);
    }
    if (index >= 0 && (best < 0 || index < best)) best = index;
  }
  return best < 0 ? null : (CLASS_RULES[best] ?? null);
}

/** Whether the page marks this element as the article body (itemprop, or a body class name). */
export function isBodyMarked(el: Element, cache?: ClassCache): boolean {
  if (el.attribs['itemprop'] === 'articleBody') return true;
  const cls = el.attribs['class'];
  if (cls === undefined) return false;
  let marked = cache?.bodyMarkedByClass.get(cls);
  if (marked === undefined) {
    marked = ARTICLE_BODY_CLASS_ANY_CASE.test(cls);
    cache?.bodyMarkedByClass.set(cls, marked);
  }
  return marked;
}
