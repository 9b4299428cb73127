/**
 * One feed item -> one HTML document. The item's content (the full article when the feed carries
 * it, else its description) is wrapped in a minimal page so the HTML extractor reads it like any
 * other; what the feed states (link, title, date, authors, channel title) travels as hints.
 */
import type { EncodingFrom, DocumentHints, InputItem } from './document.js';
import { errorItem, type Place } from './errors.js';
import type { FeedContent, FeedEntry, FeedInfo } from './feed-parser.js';
import { normalizeFeedDate } from './feed-date.js';
import { makeDocumentId } from './id.js';
import type { WarningT } from '../record/schema.js';

export interface FeedEncoding {
  encoding: string;
  encodingFrom: EncodingFrom;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const stripTags = (text: string): string => text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

/** Plain text becomes paragraphs (blank lines separate them); HTML and XHTML are used as they are. */
function contentHtml(content: FeedContent): string {
  if (content.type !== 'text') return content.value;
  return content.value
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}

export function wrapInPage(title: string | null, body: string): string {
  const head = title ? `<title>${escapeHtml(title)}</title>` : '';
  return `<!DOCTYPE html><html><head>${head}</head><body><article>${body}</article></body></html>`;
}

function resolveUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** The item's page: its link (resolved against the channel link), else a permalink guid. */
function itemUrl(entry: FeedEntry, info: FeedInfo): string | null {
  if (entry.link) return resolveUrl(entry.link.trim(), info.link);
  if (entry.guid && entry.guidIsPermaLink && /^https?:\/\//i.test(entry.guid)) return entry.guid;
  return null;
}

/** RSS <author> is "email (Name)" or a bare email; the name is what the record wants. */
function cleanAuthor(raw: string): string | null {
  const named = /\(([^)]+)\)\s*$/.exec(raw);
  const name = (named ? named[1] ?? '' : raw).trim();
  return name.length > 0 ? name : null;
}

function itemHints(entry: FeedEntry, info: FeedInfo, url: string | null): { hints: DocumentHints; badDate: string | null } {
  const hints: DocumentHints = {};
  if (url) hints.url = url;
  const title = entry.title ? stripTags(entry.title) : '';
  if (title) hints.title = title;
  const rawDate = entry.published ?? entry.updated;
  const published = rawDate ? normalizeFeedDate(rawDate) : null;
  if (published) hints.published = published;
  const authors = entry.authors.map(cleanAuthor).filter((name): name is string => name !== null);
  if (authors.length > 0) hints.authors = authors;
  if (info.title) hints.siteName = stripTags(info.title);
  return { hints, badDate: rawDate && !published ? rawDate : null };
}

export function feedItem(entry: FeedEntry, info: FeedInfo, place: Place, encoding: FeedEncoding): InputItem {
  const url = itemUrl(entry, info);
  const content = entry.content ?? entry.summary;
  if (!content) return errorItem(place, 'input/no-content', 'the feed item has neither content nor a description', { url });
  const { hints, badDate } = itemHints(entry, info, url);
  const html = wrapInPage(hints.title ?? null, contentHtml(content));
  const warnings: WarningT[] = badDate ? [{ code: 'feed/unreadable-date', message: `Unexpected date format "${badDate}", expected RFC 822 or ISO 8601` }] : [];
  return {
    kind: 'document',
    document: {
      id: makeDocumentId(url, html),
      format: 'html',
      content: html,
      source: { path: place.path, container: place.container, ...encoding },
      hints,
      warnings,
    },
  };
}
