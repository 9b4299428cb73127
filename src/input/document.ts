/**
 * Document: what an input reader hands to the pipeline. Raw bytes are already decoded to a string;
 * provenance travels with it so the record can say where it came from.
 */
import type { ContainerT, ErrorCodeT, InputFormatT, WarningT } from '../record/schema.js';

export type EncodingFrom = 'http-header' | 'bom' | 'meta' | 'detected' | 'default' | 'given';

export interface DocumentSource {
  /** The input path as given (or "-" for standard input); null when not from a file. */
  path: string | null;
  /** Where in the container the document sat. */
  container: ContainerT;
  /** The encoding the bytes were decoded with (WHATWG label), null when the input was already text. */
  encoding: string | null;
  encodingFrom: EncodingFrom | null;
}

export interface DocumentHints {
  /** The page URL when the input says it (--url, JSON Lines `url`, WARC target URI, feed item link). */
  url?: string;
  /** A publication date the input states (--published, JSON Lines `published`, feed item date). */
  published?: string;
  /** A title the input states (JSON Lines `title`, feed item title). */
  title?: string;
  /** Authors the input states (feed item author). */
  authors?: string[];
  /** The site name when the input says it (the feed's title). */
  siteName?: string;
}

export interface Document {
  /** Stable id: given by the input (JSON Lines), or derived from URL or content (see makeDocumentId). */
  id: string;
  format: InputFormatT;
  /** The decoded content: HTML markup, a raw text scrape, or a clean body, according to `format`. */
  content: string;
  source: DocumentSource;
  hints: DocumentHints;
  /** Problems noticed while reading that did not stop it (e.g. replacement characters after decoding). */
  warnings: WarningT[];
}

/** A problem that stops one document (never the batch). Readers throw it; the runner turns it into an error record. */
export class InputError extends Error {
  constructor(
    readonly code: ErrorCodeT,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** What readers yield: a document, or a failure tied to where it happened. */
export type InputItem =
  | { kind: 'document'; document: Document }
  | {
      kind: 'error';
      id: string;
      path: string | null;
      url: string | null;
      container: ContainerT;
      code: ErrorCodeT;
      message: string;
    };
