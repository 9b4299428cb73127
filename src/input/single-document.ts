/** One whole file (or standard input) that is one page: an HTML document or a plain-text scrape. */
import type { ContainerT } from '../record/schema.js';
import { decodeHtml, decodeText } from './decode.js';
import { type Document, type DocumentHints, InputError } from './document.js';
import { makeDocumentId } from './id.js';

export interface SingleDocumentContext {
  path: string | null;
  container: ContainerT;
  format: 'html' | 'text';
  /** --url and --published: what the caller says about this one document. */
  url?: string;
  published?: string;
}

function hintsFrom(context: SingleDocumentContext): DocumentHints {
  const hints: DocumentHints = {};
  if (context.url) hints.url = context.url;
  if (context.published) hints.published = context.published;
  return hints;
}

/** Decodes the bytes and builds the document; throws `input/empty` or `input/bad-encoding`. */
export function buildSingleDocument(bytes: Buffer, context: SingleDocumentContext): Document {
  const decoded = context.format === 'html' ? decodeHtml(bytes) : decodeText(bytes);
  const content = decoded.text.replace(/^\ufeff/, '');
  if (content.trim().length === 0) throw new InputError('input/empty', 'holds only whitespace');
  return {
    id: makeDocumentId(context.url, bytes),
    format: context.format,
    content,
    source: { path: context.path, container: context.container, encoding: decoded.encoding, encodingFrom: decoded.encodingFrom },
    hints: hintsFrom(context),
    warnings: decoded.warnings,
  };
}
