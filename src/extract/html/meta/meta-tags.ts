/**
 * Which meta tags say what, in order of trust, and how to read them from the page's meta index
 * (lower-cased name/property/itemprop/http-equiv -> values in document order).
 */

export type MetaIndex = ReadonlyMap<string, readonly string[]>;

export interface MetaValue {
  key: string;
  value: string;
}

export const TITLE_META_KEYS = ['og:title', 'twitter:title', 'headline', 'dc.title'] as const;

export const DESCRIPTION_META_KEYS = ['og:description', 'description', 'twitter:description', 'dc.description'] as const;

export const SITE_NAME_META_KEYS = ['og:site_name', 'application-name'] as const;

export const AUTHOR_META_KEYS = [
  'author',
  'article:author',
  'og:article:author',
  'parsely-author',
  'sailthru.author',
  'cxenseparse:author',
  'byl',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
] as const;

/** The most specific keys first; the generic "date" last, since some sites fill it with today's date. */
export const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'published_time',
  'article.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published-date',
  'publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date.created',
  'datecreated',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
  'citation_date',
  'cxenseparse:recs:publishtime',
  'originalpublicationdate',
  'displaydate',
  'dc.date',
  'dcterms.date',
  'date',
] as const;

export const MODIFIED_META_KEYS = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'article:modified',
  'datemodified',
  'modified_time',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
  'lastmod',
  'revision_date',
] as const;

export const LANGUAGE_META_KEYS = ['content-language', 'og:locale', 'inlanguage', 'dc.language', 'language'] as const;

/** Every non-blank value of the first key (in the given order) that has one. */
export function metaValues(metas: MetaIndex, keys: readonly string[]): MetaValue[] {
  for (const key of keys) {
    const values = (metas.get(key) ?? []).filter((v) => v.trim().length > 0);
    if (values.length > 0) return values.map((value) => ({ key, value }));
  }
  return [];
}

/** The first non-blank value among the keys, in order. */
export function firstMeta(metas: MetaIndex, keys: readonly string[]): MetaValue | null {
  return metaValues(metas, keys)[0] ?? null;
}

/** Every non-blank value of every key, keys in the given order: for trying each until one parses. */
export function allMetaValues(metas: MetaIndex, keys: readonly string[]): MetaValue[] {
  return keys.flatMap((key) => (metas.get(key) ?? []).filter((v) => v.trim().length > 0).map((value) => ({ key, value })));
}
