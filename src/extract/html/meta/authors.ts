/**
 * The article's authors, from the most explicit source that names any:
 *   1. JSON-LD Person authors          (from "json-ld")
 *   2. author meta tags                (from "meta"; article:author only when it is a name, not a URL)
 *   3. rel=author links                (from "byline")
 *   4. byline elements                 (from "byline"; itemprop=author first, then those inside the article)
 *   5. JSON-LD Organization authors    (from "json-ld"; only when nothing names a person)
 * Sources are not merged: they usually name the same people in different spellings, and the first
 * one that names anybody is the most reliable. Every name goes through parseByline, so "By JANE
 * DOE, Staff Writer" in a meta tag comes out as "Jane Doe"; the site's own name (or host name) is
 * never an author.
 */
import type { AuthorT } from '../../../record/schema.js';
import { parseByline } from './byline.js';
import type { JsonLdAuthors } from './json-ld.js';
import { AUTHOR_META_KEYS, type MetaIndex } from './meta-tags.js';
import type { BylineSignal } from './page-signals.js';
import { cleanText } from './text.js';

export interface SiteIdentity {
  name: string | null;
  host: string | null;
}

export interface AuthorSources {
  jsonLd: JsonLdAuthors;
  metas: MetaIndex;
  relAuthors: readonly string[];
  bylines: readonly BylineSignal[];
  site: SiteIdentity;
}

const URL_LIKE_RE = /^(?:https?:)?\/\/|^www\.|\.(?:com|org|net)\b/i;
/** A name at least this long found inside a host label is the site ("Beachbody" on beachbodyondemand.com). */
const MIN_NAME_IN_HOST_LENGTH = 4;
const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The site's own name, or its host name, used as an author: a CMS default, not a person. */
export function isSiteName(name: string, site: SiteIdentity): boolean {
  const k = key(name);
  if (k.length === 0) return true;
  if (site.name !== null && key(site.name) === k) return true;
  const labels = (site.host ?? '').split('.');
  return labels.some((label) => label === k || (k.length >= MIN_NAME_IN_HOST_LENGTH && label.includes(k)));
}

function namesFrom(texts: readonly string[], site: SiteIdentity): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const text of texts) {
    const cleaned = cleanText(text);
    if (cleaned === null || URL_LIKE_RE.test(cleaned)) continue;
    for (const name of parseByline(cleaned)) {
      const k = key(name);
      if (isSiteName(name, site) || seen.has(k)) continue;
      seen.add(k);
      names.push(name);
    }
  }
  return names;
}

function fromMeta(metas: MetaIndex, site: SiteIdentity): string[] {
  for (const metaKey of AUTHOR_META_KEYS) {
    const names = namesFrom(metas.get(metaKey) ?? [], site);
    if (names.length > 0) return names;
  }
  return [];
}

/** Bylines the page marks as the author first, then those inside the article, then the rest. */
function rankBylines(bylines: readonly BylineSignal[]): BylineSignal[] {
  const rank = (b: BylineSignal): number => (b.declared ? 0 : b.inArticle ? 1 : 2);
  return [...bylines].sort((a, b) => rank(a) - rank(b));
}

function fromBylines(bylines: readonly BylineSignal[], site: SiteIdentity): string[] {
  for (const byline of rankBylines(bylines)) {
    const names = namesFrom([byline.text], site);
    if (names.length > 0) return names;
  }
  return [];
}

function organisations(names: readonly string[], site: SiteIdentity): string[] {
  return names.map((n) => cleanText(n)).filter((n): n is string => n !== null && !isSiteName(n, site));
}

export function chooseAuthors(sources: AuthorSources): AuthorT[] {
  const { site } = sources;
  const attempts: { from: AuthorT['from']; names: () => string[] }[] = [
    { from: 'json-ld', names: () => namesFrom(sources.jsonLd.persons, site) },
    { from: 'meta', names: () => fromMeta(sources.metas, site) },
    { from: 'byline', names: () => namesFrom(sources.relAuthors, site) },
    { from: 'byline', names: () => fromBylines(sources.bylines, site) },
    { from: 'json-ld', names: () => organisations(sources.jsonLd.organisations, site) },
  ];
  for (const attempt of attempts) {
    const names = attempt.names();
    if (names.length > 0) return names.map((name) => ({ name, from: attempt.from }));
  }
  return [];
}
