/**
 * What a page's JSON-LD says about its article: headline, authors, dates, publisher, language,
 * description and body.
 *
 * The values of every script are flattened into a list of typed nodes (top-level objects and
 * arrays, @graph, mainEntity), the article node is chosen among them (NewsArticle, BlogPosting...;
 * the most complete one wins), and references by @id (Yoast's "author": {"@id": ...}) are
 * resolved against the other nodes. Values are returned raw but cleaned of markup; date parsing
 * and name parsing happen downstream.
 */
import { parseJsonLdScript } from './json-ld-parse.js';
import { cleanMultilineText, cleanText } from './text.js';

/** Bounds the flattening: real pages have tens of nodes; this stops pathological graphs. */
const MAX_NODES = 500;

const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'scholarlyarticle',
  'techarticle',
  'satiricalarticle',
  'advertisercontentarticle',
  'report',
]);
/** Pages that describe the article when no article node exists (Yoast dates live on WebPage). */
const PAGE_TYPES: ReadonlySet<string> = new Set(['webpage', 'itempage', 'articlepage']);
const PERSON_TYPES: ReadonlySet<string> = new Set(['person']);
const SITE_TYPES: ReadonlySet<string> = new Set(['website']);
/** Keys whose values hold further top-level nodes. */
const NESTING_KEYS = ['@graph', 'mainEntity'] as const;

type JsonObject = Record<string, unknown>;

export interface JsonLdAuthors {
  /** Names of Person authors (and of untyped authors and plain strings). */
  persons: string[];
  /** Names of Organization authors: used only when no source names a person. */
  organisations: string[];
}

export interface JsonLdFacts {
  headline: string | null;
  authors: JsonLdAuthors;
  datePublished: string | null;
  dateCreated: string | null;
  dateModified: string | null;
  /** The article's publisher name, else the WebSite node's name. */
  siteName: string | null;
  description: string | null;
  inLanguage: string | null;
  articleBody: string | null;
  url: string | null;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lower-cased type names without a vocabulary prefix ("http://schema.org/NewsArticle" -> "newsarticle"). */
function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'), t.lastIndexOf('#')) + 1).toLowerCase());
}

const hasType = (node: JsonObject, types: ReadonlySet<string>): boolean => typesOf(node).some((t) => types.has(t));

/** Every typed node reachable through arrays, @graph and mainEntity, in document order. */
export function flattenNodes(values: readonly unknown[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const stack: unknown[] = [...values].reverse();
  while (stack.length > 0 && nodes.length < MAX_NODES) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    if (!isObject(value)) continue;
    if (value['@type'] !== undefined) nodes.push(value);
    for (let k = NESTING_KEYS.length - 1; k >= 0; k--) {
      const key = NESTING_KEYS[k];
      if (key !== undefined && value[key] !== undefined) stack.push(value[key]);
    }
  }
  return nodes;
}

/** A string value: a string, the first string of an array, or an {"@value": ...} object. */
function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = stringOf(item);
      if (s !== null) return s;
    }
    return null;
  }
  if (isObject(value)) return stringOf(value['@value']);
  return null;
}

const textOf = (value: unknown): string | null => cleanText(stringOf(value));

function indexById(nodes: readonly JsonObject[]): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  return byId;
}

/** A referenced node ({"@id": ...} with nothing else useful) replaced by the node it names. */
function resolve(value: unknown, byId: ReadonlyMap<string, JsonObject>): unknown {
  if (!isObject(value)) return value;
  const id = value['@id'];
  if (typeof id === 'string' && value['name'] === undefined) return byId.get(id) ?? value;
  return value;
}

/** How complete an article node is: the one with a body and a headline beats a stub. */
function articleScore(node: JsonObject): number {
  let score = 0;
  if (node['articleBody'] !== undefined) score += 2;
  if (node['headline'] !== undefined) score += 1;
  if (node['datePublished'] !== undefined) score += 1;
  return score;
}

function pickArticle(nodes: readonly JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestScore = -1;
  for (const node of nodes) {
    if (!hasType(node, ARTICLE_TYPES)) continue;
    const score = articleScore(node);
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

function personName(node: JsonObject): string | null {
  const name = textOf(node['name']);
  if (name !== null) return name;
  const given = textOf(node['givenName']);
  const family = textOf(node['familyName']);
  return given !== null || family !== null ? [given, family].filter((s) => s !== null).join(' ') : null;
}

const isUrl = (s: string): boolean => /^(?:https?:)?\/\//i.test(s);

function readAuthors(article: JsonObject, byId: ReadonlyMap<string, JsonObject>): JsonLdAuthors {
  const persons: string[] = [];
  const organisations: string[] = [];
  const raw = article['author'] ?? article['creator'];
  for (const item of Array.isArray(raw) ? raw : [raw]) {
    const value = resolve(item, byId);
    if (typeof value === 'string') {
      const name = cleanText(value);
      if (name !== null && !isUrl(name)) persons.push(name);
      continue;
    }
    if (!isObject(value)) continue;
    const name = personName(value);
    if (name === null || isUrl(name)) continue;
    const isPerson = hasType(value, PERSON_TYPES) || value['@type'] === undefined;
    (isPerson ? persons : organisations).push(name);
  }
  return { persons, organisations };
}

function nameOf(value: unknown, byId: ReadonlyMap<string, JsonObject>): string | null {
  const resolved = resolve(value, byId);
  if (typeof resolved === 'string') return cleanText(resolved);
  return isObject(resolved) ? textOf(resolved['name']) : null;
}

function urlOf(value: unknown): string | null {
  const s = typeof value === 'string' ? value : isObject(value) ? stringOf(value['@id']) : null;
  return s !== null && isUrl(s.trim()) ? s.trim() : null;
}

const EMPTY_FACTS: JsonLdFacts = {
  headline: null,
  authors: { persons: [], organisations: [] },
  datePublished: null,
  dateCreated: null,
  dateModified: null,
  siteName: null,
  description: null,
  inLanguage: null,
  articleBody: null,
  url: null,
};

/** Reads the facts from the article node (falling back to a WebPage node) of the given nodes. */
export function factsFromNodes(nodes: readonly JsonObject[]): JsonLdFacts {
  const byId = indexById(nodes);
  const article = pickArticle(nodes);
  const page = nodes.find((n) => hasType(n, PAGE_TYPES)) ?? null;
  const site = nodes.find((n) => hasType(n, SITE_TYPES)) ?? null;
  const main = article ?? page;
  if (main === null) return { ...EMPTY_FACTS, siteName: site ? textOf(site['name']) : null };
  const field = (key: string): unknown => main[key] ?? (article !== null ? page?.[key] : undefined);
  const body = article !== null ? stringOf(article['articleBody']) : null;
  return {
    headline: textOf(main['headline']),
    authors: article !== null ? readAuthors(article, byId) : { persons: [], organisations: [] },
    datePublished: stringOf(field('datePublished')),
    dateCreated: stringOf(field('dateCreated')),
    dateModified: stringOf(field('dateModified')),
    siteName: nameOf(main['publisher'], byId) ?? (site ? textOf(site['name']) : null),
    description: textOf(field('description')),
    inLanguage: stringOf(field('inLanguage')),
    articleBody: body !== null ? cleanMultilineText(body) : null,
    url: urlOf(main['url']) ?? urlOf(main['mainEntityOfPage']),
  };
}

/** The JSON-LD facts of a page, from the raw texts of its ld+json scripts. Never throws. */
export function readJsonLd(scripts: readonly string[]): JsonLdFacts {
  const values = scripts.flatMap((s) => parseJsonLdScript(s));
  return factsFromNodes(flattenNodes(values));
}
