/**
 * Page metadata from JSON-LD, OpenGraph, meta tags, <time> and bylines.
 * PLACEHOLDER signature until the metadata extractor lands.
 */
import type { Document as DomDocument } from 'domhandler';
import type { AuthorT, PublishedT } from '../../record/schema.js';
import type { ExtractHints } from '../article.js';

export interface PageMetadata {
  title: string | null;
  authors: AuthorT[];
  published: PublishedT | null;
  modified: PublishedT | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  description: string | null;
  /** The article body as JSON-LD states it (articleBody), when present: a fallback and a cross-check for the content extractor. */
  jsonLdBody: string | null;
}

export function extractMetadata(_dom: DomDocument, _hints: ExtractHints): PageMetadata {
  return {
    title: null,
    authors: [],
    published: null,
    modified: null,
    siteName: null,
    canonicalUrl: null,
    language: null,
    description: null,
    jsonLdBody: null,
  };
}
