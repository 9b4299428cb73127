/**
 * The pipeline: Document -> Record. The only place where stages are composed.
 *
 *   Document --extractor (html | text | body)--> Article --assemble--> Record --annotators--> Record
 *
 * The CLI, worker threads and (later) the server all call createPipeline(); each call builds a fresh,
 * frozen pipeline, so configurations never leak into one another.
 */
import type { AnnotateContext, Annotator, FactField } from './annotate/annotator.js';
import { amountsAnnotator } from './annotate/amounts.js';
import { datesAnnotator } from './annotate/dates.js';
import { entitiesAnnotator } from './annotate/entities.js';
import { quotesAnnotator } from './annotate/quotes.js';
import type { Article, ExtractHints } from './extract/article.js';
import { extractBody } from './extract/body.js';
import { extractHtml } from './extract/html/index.js';
import { extractText } from './extract/text/index.js';
import type { Document, InputItem } from './input/document.js';
import { InputError } from './input/document.js';
import { DETECTABLE_LANGUAGES, detectLanguage } from './nlp/language.js';
import {
  type ArticleRecord,
  type ErrorCodeT,
  type ErrorRecord,
  type OutputLine,
  type ParagraphT,
  type WarningT,
  SCHEMA_NAME,
  SCHEMA_VERSION,
} from './record/schema.js';
import { VERSION } from './version.js';

/** The annotators in run order. A new kind of fact is one file in src/annotate/ plus one line here. */
const ANNOTATORS: readonly Annotator[] = [entitiesAnnotator, datesAnnotator, amountsAnnotator, quotesAnnotator];

export interface Pipeline {
  readonly annotators: readonly Annotator[];
  /** Turns one document into a record, or an error record when it cannot be processed. */
  process(document: Document): OutputLine;
}

export type { Annotator } from './annotate/annotator.js';

export function createPipeline(annotators: readonly Annotator[] = ANNOTATORS): Pipeline {
  const seen = new Set<string>();
  for (const annotator of annotators) {
    for (const dep of annotator.requires ?? []) {
      if (!seen.has(dep)) throw new Error(`annotator "${annotator.id}" requires "${dep}", which does not run before it`);
    }
    seen.add(annotator.id);
  }
  const frozen = Object.freeze([...annotators]);
  return Object.freeze({
    annotators: frozen,
    process(document: Document): OutputLine {
      try {
        const record = assembleRecord(document, runExtractor(document));
        if (record.paragraphs.length === 0) {
          return errorRecord(document, 'extract/no-text', `${describe(document)}: no article text found`);
        }
        const context: AnnotateContext = { published: record.published?.value ?? null };
        for (const annotator of frozen) applyAnnotator(record, annotator, context);
        return record;
      } catch (err) {
        if (err instanceof InputError) return errorRecord(document, err.code, `${describe(document)}: ${err.message}`);
        const message = err instanceof Error ? err.message : String(err);
        return errorRecord(document, 'extract/failed', `${describe(document)}: extraction failed: ${message}`);
      }
    },
  });
}

/** Runs one annotator and assigns its facts, refusing fields it did not declare. */
function applyAnnotator(record: ArticleRecord, annotator: Annotator, context: AnnotateContext): void {
  const output = annotator.run(record, context);
  for (const field of Object.keys(output) as FactField[]) {
    if (!annotator.fields.includes(field)) throw new Error(`annotator "${annotator.id}" returned undeclared field "${field}"`);
    const facts = output[field];
    if (facts !== undefined) (record[field] as typeof facts) = facts;
  }
}

function runExtractor(document: Document): Article {
  const hints: ExtractHints = document.hints;
  switch (document.format) {
    case 'html':
      return extractHtml(document.content, hints);
    case 'text':
      return extractText(document.content, hints);
    case 'body':
      return extractBody(document.content, hints);
  }
}

/** A human name for a document in messages: its path (and position in a container), else its id. */
export function describe(document: Pick<Document, 'id' | 'source'>): string {
  const { path, container } = document.source;
  if (path === null) return `document ${document.id}`;
  return container.index === null ? path : `${path}#${container.index}`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Joins blocks into the clean text and computes paragraph offsets: the one place offsets are made. */
function layoutText(article: Article): { text: string; paragraphs: ParagraphT[] } {
  if (article.exactText !== undefined) {
    const text = article.exactText;
    const paragraphs: ParagraphT[] = [];
    const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g; // runs of lines without a blank line between them
    for (const m of text.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      if (body.length === 0) continue;
      paragraphs.push({ start: m.index + lead, end: m.index + lead + body.length, kind: 'paragraph' });
    }
    return { text, paragraphs };
  }
  const parts: string[] = [];
  const paragraphs: ParagraphT[] = [];
  let offset = 0;
  for (const block of article.blocks) {
    if (block.text.length === 0) continue;
    if (parts.length > 0) offset += 2;
    paragraphs.push({ start: offset, end: offset + block.text.length, kind: block.kind });
    parts.push(block.text);
    offset += block.text.length;
  }
  return { text: parts.join('\n\n'), paragraphs };
}

/**
 * The language: what the text itself says wins over the markup (CMS templates often declare a
 * default that is wrong for the page), but only for languages the detector can tell apart, so a
 * declared Catalan page is not relabelled Spanish.
 */
function chooseLanguage(declared: string | null, text: string): string | null {
  const detected = detectLanguage(text);
  if (detected === null) return declared;
  if (declared === null || DETECTABLE_LANGUAGES.has(declared)) return detected;
  return declared;
}

/** Below this many characters of body, a record is flagged: the page may not be an article. */
const LOW_TEXT_CHARS = 250;

/** Cascade stages that mean the main stage of the extractor found nothing and a fallback answered. */
const FALLBACK_STAGES: ReadonlySet<string> = new Set([
  'html/all-paragraphs',
  'html/body-text',
  'html/json-ld-body',
  'text/unclaimed-lines',
]);

function extractionWarnings(stage: string, text: string): WarningT[] {
  const warnings: WarningT[] = [];
  if (FALLBACK_STAGES.has(stage)) {
    warnings.push({ code: 'extract/fallback', message: `Unexpected page layout: the main extraction stage found no article, the fallback "${stage}" produced the body` });
  }
  const length = text.trim().length;
  if (length > 0 && length < LOW_TEXT_CHARS) {
    warnings.push({ code: 'extract/low-text', message: `Unexpected short body: ${length} characters, expected an article of at least ${LOW_TEXT_CHARS}` });
  }
  return warnings;
}

export function assembleRecord(document: Document, article: Article): ArticleRecord {
  const url = document.hints.url ?? article.canonicalUrl ?? null;
  const { text, paragraphs } = layoutText(article);
  // A feed's own item date is page metadata; a date given on the command line or in JSON Lines is input.
  const fromFeed = document.source.container.kind === 'feed';
  const published = document.hints.published
    ? fromFeed
      ? { value: document.hints.published, from: 'metadata' as const, detail: 'feed:published' }
      : { value: document.hints.published, from: 'input' as const, detail: 'input:published' }
    : article.published;
  const authors =
    article.authors.length > 0
      ? article.authors
      : (document.hints.authors ?? []).map((name) => ({ name, from: fromFeed ? ('feed' as const) : ('input' as const) }));
  return {
    schema: { name: SCHEMA_NAME, version: SCHEMA_VERSION },
    id: document.id,
    source: {
      path: document.source.path,
      url,
      format: document.format,
      container: document.source.container,
      encoding: document.source.encoding,
      encodingFrom: document.source.encodingFrom,
    },
    title: article.title ?? document.hints.title ?? null,
    authors,
    published,
    modified: article.modified,
    site: { name: article.siteName ?? document.hints.siteName ?? null, domain: hostOf(url) },
    language: chooseLanguage(article.language, text),
    description: article.description,
    text,
    paragraphs,
    media: article.media,
    boilerplate: article.boilerplate,
    warnings: [...document.warnings, ...article.warnings, ...extractionWarnings(article.stage, text)],
    entities: [],
    dates: [],
    quotes: [],
    terms: [],
    amounts: [],
    extraction: { extractor: document.format, stage: article.stage, version: VERSION },
  };
}

export function errorRecord(
  document: Pick<Document, 'id' | 'source' | 'hints'>,
  code: ErrorCodeT,
  message: string,
): ErrorRecord {
  return {
    schema: { name: SCHEMA_NAME, version: SCHEMA_VERSION },
    id: document.id,
    source: { path: document.source.path, url: document.hints.url ?? null, container: document.source.container },
    error: { code, message },
  };
}

/** Turns a reader's error item into an error record. */
export function errorItemRecord(item: Extract<InputItem, { kind: 'error' }>): ErrorRecord {
  return {
    schema: { name: SCHEMA_NAME, version: SCHEMA_VERSION },
    id: item.id,
    source: { path: item.path, url: item.url, container: item.container },
    error: { code: item.code, message: item.message },
  };
}
