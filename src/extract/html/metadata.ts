/**
 * Page metadata from JSON-LD, OpenGraph and other meta tags, <title>/<h1>, <time> and bylines.
 *
 * One walk over the parsed page gathers the raw signals (meta/page-signals.ts); JSON-LD is parsed
 * tolerantly (meta/json-ld.ts); then each field is chosen from its sources in order of trust, in
 * its own module under meta/. Never throws on malformed markup or JSON-LD: a field it cannot read
 * is null.
 */
import type { Document as DomDocument } from 'domhandler';
import type { Article, ExtractHints } from '../article.js';
import { chooseAuthors } from './meta/authors.js';
import { readJsonLd, type JsonLdFacts } from './meta/json-ld.js';
import { normaliseLanguageTag } from './meta/language-tag.js';
import {
  DESCRIPTION_META_KEYS,
  firstMeta,
  LANGUAGE_META_KEYS,
  type MetaIndex,
  SITE_NAME_META_KEYS,
  TITLE_META_KEYS,
} from './meta/meta-tags.js';
import { chooseModified, choosePublished } from './meta/page-dates.js';
import { collectPageSignals, type PageSignals } from './meta/page-signals.js';
import { cleanText } from './meta/text.js';
import { chooseTitle } from './meta/title.js';
import { hostOf, resolveUrl } from './meta/urls.js';

/** The article fields that page metadata fills in (the language is what the markup declares). */
export type PageMetadata = Pick<
  Article,
  'title' | 'authors' | 'published' | 'modified' | 'siteName' | 'canonicalUrl' | 'language' | 'description'
> & {
  /** The article body as JSON-LD states it (articleBody), when present: a fallback and a cross-check for the content extractor. */
  jsonLdBody: string | null;
};

const metaText = (metas: MetaIndex, keys: readonly string[]): string | null => cleanText(firstMeta(metas, keys)?.value);

function canonicalOf(signals: PageSignals, jsonLd: JsonLdFacts, base: string | null): string | null {
  return (
    resolveUrl(signals.canonical, base) ??
    resolveUrl(firstMeta(signals.metas, ['og:url'])?.value, base) ??
    resolveUrl(jsonLd.url, base)
  );
}

/** <html lang> first: it is the most often right; then what meta tags and JSON-LD declare. */
function languageOf(signals: PageSignals, jsonLd: JsonLdFacts): string | null {
  const declared = [
    signals.htmlLang,
    firstMeta(signals.metas, ['content-language'])?.value,
    jsonLd.inLanguage,
    firstMeta(signals.metas, LANGUAGE_META_KEYS)?.value,
  ];
  for (const raw of declared) {
    const tag = normaliseLanguageTag(raw);
    if (tag !== null) return tag;
  }
  return null;
}

/** A site name that is a URL ("https://www.example.in") or a handle ("@example") is a template slip; the title may do better. */
function usableSiteName(name: string | null): string | null {
  return name !== null && !/^(?:(?:https?:)?\/\/|@)/i.test(name) ? name : null;
}

/** The page's metadata; `gathered` are its signals when the parse already collected them (see PageSignalCollector). */
export function extractMetadata(dom: DomDocument, hints: ExtractHints, gathered?: PageSignals): PageMetadata {
  const signals = gathered ?? collectPageSignals(dom);
  const jsonLd = readJsonLd(signals.jsonLd);
  const { metas } = signals;
  const canonicalUrl = canonicalOf(signals, jsonLd, hints.url ?? null);
  const pageUrl = hints.url ?? canonicalUrl;
  const declaredSite = metaText(metas, SITE_NAME_META_KEYS.slice(0, 1)) ?? jsonLd.siteName ?? metaText(metas, SITE_NAME_META_KEYS);
  const title = chooseTitle(
    { jsonLdHeadline: jsonLd.headline, metaTitle: metaText(metas, TITLE_META_KEYS), h1: signals.h1, h1InArticle: signals.h1InArticle, htmlTitle: signals.title },
    { siteName: declaredSite ?? hints.siteName ?? null, host: hostOf(pageUrl) },
  );
  const siteName = usableSiteName(declaredSite) ?? title.siteSegment;
  const dateSources = { jsonLd, metas, times: signals.times, bylines: signals.bylines, url: pageUrl };
  return {
    title: title.title,
    authors: chooseAuthors({
      jsonLd: jsonLd.authors,
      metas,
      relAuthors: signals.relAuthors,
      bylines: signals.bylines,
      site: { name: siteName, host: hostOf(pageUrl) },
    }),
    published: choosePublished(dateSources),
    modified: chooseModified(dateSources),
    siteName,
    canonicalUrl,
    language: languageOf(signals, jsonLd),
    description: metaText(metas, DESCRIPTION_META_KEYS) ?? jsonLd.description,
    jsonLdBody: jsonLd.articleBody,
  };
}
