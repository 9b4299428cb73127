/**
 * What a file is, judged by its content more than by its name: WARC, JSON Lines, a feed, an HTML
 * page or plain text (or something to refuse: empty or binary). Gzip is unwrapped before this runs.
 */
import { sniffBinary } from './binary.js';
import { sniffText } from './sniff-text.js';

export type ContentKind = 'warc' | 'jsonl' | 'feed' | 'html' | 'text';

export type Detection =
  | { kind: ContentKind; reason: string }
  | { kind: 'empty'; reason: string }
  | { kind: 'binary'; reason: string };

export interface DetectContext {
  /** The file name (used only as a tie-breaker), or null for standard input. */
  path: string | null;
  /** True when the head is the whole file (so an all-blank head means an empty file). */
  complete: boolean;
}

/** Tags of this HTML vocabulary count as evidence of markup in a file with no <html> or doctype. */
const HTML_TAG = /<\/?(?:html|head|body|div|p|span|a|br|hr|meta|link|script|style|title|article|section|main|header|footer|nav|aside|h[1-6]|ul|ol|li|table|tr|td|th|img|figure|figcaption|em|strong|b|i|blockquote|time|iframe|noscript|form)\b[^<>]*>/gi;
/** Markup that opens with a tag needs this many HTML tags in the sample to be called HTML. */
export const HTML_MIN_TAGS_WHEN_LEADING = 2;
/** Otherwise it needs this many, at this density, so a text that quotes a tag or two stays text. */
export const HTML_MIN_TAGS = 10;
export const HTML_MIN_TAGS_PER_KB = 2;
/** A file named .html/.htm needs only this many tags. */
export const HTML_MIN_TAGS_BY_NAME = 1;

const WARC_SIGNATURE = 'WARC/1.';
/** XML declaration, processing instructions, comments and doctype that may precede the root element. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i;
const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
const JSONL_NAMES = /\.(?:jsonl|ndjson|jsonlines)$/i;
const HTML_NAMES = /\.(?:html?|xhtml|shtml)$/i;

/** The file name without a trailing .gz (so page.html.gz counts as .html). */
function baseName(path: string | null): string {
  return (path ?? '').replace(/\.gz$/i, '');
}

function isAllWhitespace(head: Uint8Array): boolean {
  return /^[\s\u00a0]*$/.test(sniffText(head, head.length).replace(/^\ufeff/, ''));
}

/** The root element's name and attributes after the prolog, e.g. {name: 'rss', attrs: ' version="2.0"'}. */
function rootElement(text: string): { name: string; attrs: string } | null {
  const rest = text.slice((PROLOG.exec(text)?.[0] ?? '').length);
  const match = /^<([A-Za-z][\w:.-]*)([^>]*)>?/.exec(rest);
  return match ? { name: match[1] ?? '', attrs: match[2] ?? '' } : null;
}

function feedKind(text: string): string | null {
  const root = rootElement(text);
  if (!root) return null;
  const name = root.name.toLowerCase();
  if (name === 'rss') return 'RSS feed';
  if (name === 'rdf:rdf') return 'RSS 1.0 (RDF) feed';
  if (name === 'feed' && root.attrs.includes(ATOM_NAMESPACE)) return 'Atom feed';
  return null;
}

/** A JSON object on the first line: the complete first line must parse, or (if longer than the head) look like one. */
function looksLikeJsonLines(text: string, path: string | null, complete: boolean): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{')) return false;
  if (JSONL_NAMES.test(baseName(path))) return true;
  const newline = start.indexOf('\n');
  if (newline < 0 && !complete) return /^\{\s*"/.test(start);
  const firstLine = newline < 0 ? start : start.slice(0, newline);
  try {
    const value: unknown = JSON.parse(firstLine);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function looksLikeHtml(text: string, path: string | null): string | null {
  const afterProlog = text.slice((PROLOG.exec(text)?.[0] ?? '').length);
  if (/^<!doctype\s+html\b/i.test(text.trimStart()) || /^<html\b/i.test(afterProlog)) return 'starts with <html> or an HTML doctype';
  const tags = text.match(HTML_TAG)?.length ?? 0;
  if (HTML_NAMES.test(baseName(path)) && tags >= HTML_MIN_TAGS_BY_NAME) return 'named .html and holds tags';
  if (afterProlog.startsWith('<') && tags >= HTML_MIN_TAGS_WHEN_LEADING) return 'starts with markup';
  const perKb = tags / Math.max(1, text.length / 1024);
  if (tags >= HTML_MIN_TAGS && perKb >= HTML_MIN_TAGS_PER_KB) return 'dense in HTML tags';
  return null;
}

export function detectContent(head: Uint8Array, context: DetectContext): Detection {
  if (head.length === 0 || (context.complete && isAllWhitespace(head))) return { kind: 'empty', reason: 'no content' };
  const text = sniffText(head);
  if (text.startsWith(WARC_SIGNATURE)) return { kind: 'warc', reason: 'starts with a WARC/1.x header' };
  const binary = sniffBinary(head);
  if (binary) return { kind: 'binary', reason: binary };
  if (looksLikeJsonLines(text, context.path, context.complete)) return { kind: 'jsonl', reason: 'a JSON object per line' };
  const feed = feedKind(text);
  if (feed) return { kind: 'feed', reason: feed };
  const html = looksLikeHtml(text, context.path);
  if (html) return { kind: 'html', reason: html };
  return { kind: 'text', reason: 'no markup found' };
}
