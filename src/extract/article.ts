/**
 * Article: what an extractor returns. The pipeline turns it into a record: it joins `blocks` into
 * the clean `text` (blank line between blocks) and computes the paragraph offsets in one place,
 * so extractors never do offset arithmetic.
 */
import type {
  AuthorT,
  BoilerplateT,
  MediaT,
  ParagraphT,
  PublishedT,
  WarningT,
} from '../record/schema.js';

export type BlockKind = ParagraphT['kind'];

export interface Block {
  /** The block's text: whitespace collapsed, no leading or trailing space, no blank line inside. */
  text: string;
  kind: BlockKind;
}

export interface Article {
  title: string | null;
  authors: AuthorT[];
  published: PublishedT | null;
  modified: PublishedT | null;
  siteName: string | null;
  /** The canonical URL the page declares (link rel=canonical, og:url), when any. */
  canonicalUrl: string | null;
  language: string | null;
  description: string | null;
  blocks: Block[];
  /**
   * Set only when the input is already the clean text (format "body"): the record's `text` is then
   * exactly this string, and paragraphs are found in it, instead of joining `blocks`.
   */
  exactText?: string;
  media: MediaT[];
  boilerplate: BoilerplateT[];
  warnings: WarningT[];
  /** Which stage of the extractor's cascade produced the body (e.g. "html/scored-container"). */
  stage: string;
}

/** Hints an extractor may use: what the input already said about the document. */
export interface ExtractHints {
  url?: string;
  published?: string;
  title?: string;
  authors?: string[];
  siteName?: string;
}

export function emptyArticle(stage: string): Article {
  return {
    title: null,
    authors: [],
    published: null,
    modified: null,
    siteName: null,
    canonicalUrl: null,
    language: null,
    description: null,
    blocks: [],
    media: [],
    boilerplate: [],
    warnings: [],
    stage,
  };
}
