/**
 * The record: newsgraph's contract with its users.
 *
 * One zod schema is the single source of truth. The TypeScript types below are inferred from it,
 * the JSON Schema in schema/record.schema.json is generated from it (scripts/build-schema.ts), and
 * docs/record.md documents every field (a test checks that the docs name every field).
 *
 * Offsets (`start`, `end`) are half-open UTF-16 code-unit indices (JavaScript string indices) into
 * the layer they name; the default layer is the record's clean `text`.
 */
import { z } from 'zod';
import { Amount } from './facts/amounts.js';
import { DateFact } from './facts/dates.js';
import { Entity } from './facts/entities.js';
import { Quote, Term } from './facts/quotes.js';

export const SCHEMA_NAME = 'newsgraph.record';
export const SCHEMA_VERSION = 1;

export const InputFormat = z
  .enum(['html', 'text', 'body'])
  .describe('What the extractor was given: an HTML page, a raw plain-text scrape to be cleaned, or a clean body used as is.');

export const Container = z
  .object({
    kind: z.enum(['file', 'gzip', 'jsonl', 'warc', 'feed', 'stdin']).describe('The container the document came out of.'),
    index: z.number().int().nonnegative().nullable().describe('Position of the document inside the container (line, record or item number, from 0), or null for a whole file.'),
  })
  .describe('Where inside an input file the document sat.');

export const Source = z
  .object({
    path: z.string().nullable().describe('The input path as given on the command line (or "-" for standard input); null when the document did not come from a file.'),
    url: z.string().nullable().describe('The page URL: from --url, the JSON Lines `url`, the WARC target URI, the feed item link, or the page\'s canonical link.'),
    format: InputFormat,
    container: Container,
    encoding: z.string().nullable().describe('The character encoding the bytes were decoded with (WHATWG label), or null when the input was already text.'),
    encodingFrom: z
      .enum(['http-header', 'bom', 'meta', 'detected', 'default', 'given'])
      .nullable()
      .describe('How the encoding was chosen.'),
  })
  .describe('Where the record came from.');

export const Author = z
  .object({
    name: z.string().describe('The author\'s name as printed, cleaned of "By" and trailing roles.'),
    from: z.enum(['json-ld', 'meta', 'byline', 'bio', 'input', 'feed']).describe('Where the name was found.'),
  })
  .describe('One author of the article.');

export const DateFrom = z.enum(['input', 'metadata', 'text', 'url', 'inferred']);

export const Published = z
  .object({
    value: z.string().describe('ISO 8601: a date (2024-01-30) or a date-time with offset (2024-01-30T09:15:00+09:00 or ...Z).'),
    from: DateFrom.describe('input: given by --published or the input; metadata: JSON-LD, meta tags, <time>, feed; text: a visible dateline or byline; url: a /2024/01/30/ path; inferred: from other evidence.'),
    detail: z.string().describe('The exact field or rule, for example "json-ld:datePublished" or "meta:article:published_time".'),
  })
  .describe('When the article was published.');

export const Site = z
  .object({
    name: z.string().nullable().describe('The publication\'s name (og:site_name, JSON-LD publisher, or the feed title).'),
    domain: z.string().nullable().describe('The host name of the URL, without "www.".'),
  })
  .describe('The publication the article appeared in.');

export const Paragraph = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first character in `text`.'),
    end: z.number().int().nonnegative().describe('Offset one past the last character in `text`.'),
    kind: z.enum(['paragraph', 'heading', 'list-item', 'blockquote', 'preformatted', 'table-row']).describe('The block\'s role.'),
  })
  .describe('One block of the body. Blocks are separated in `text` by a blank line ("\\n\\n").');

export const Media = z
  .object({
    kind: z.enum(['image', 'video', 'embed']).describe('What the media item is.'),
    src: z.string().nullable().describe('The media URL, resolved against the page URL when known.'),
    alt: z.string().nullable().describe('Alternative text (the alt attribute, or the short line above a caption in a text scrape).'),
    caption: z.string().nullable().describe('The caption, without its credit.'),
    credit: z.string().nullable().describe('The photo or media credit, without "Photo Credit:" and brackets.'),
  })
  .describe('An image or other media item with what describes it. Captions and credits live here, never in `text`.');

export const BoilerplateKind = z.enum([
  'caption',
  'credit',
  'promo',
  'related',
  'author-bio',
  'navigation',
  'share',
  'advert',
  'comment',
  'newsletter',
  'cookie',
  'byline',
  'dateline',
  'heading',
  'other',
]);

export const Boilerplate = z
  .object({
    kind: BoilerplateKind.describe('What the removed text was.'),
    text: z.string().describe('The removed text (truncated to 2,000 characters).'),
    rule: z.string().describe('The rule that classified it, for example "text/credit-line" or "html/class:share".'),
  })
  .describe('Text that was on the page but is not the article body.');

/** The one registry of warning codes. A retired code is never reused; docs/record.md lists each (a test checks). */
export const WarningCode = z.enum([
  'encoding/mismatch',
  'encoding/replacement-chars',
  'feed/unreadable-date',
  'extract/low-text',
  'extract/fallback',
]);

export const Warning = z
  .object({
    code: WarningCode.describe('A stable code (see docs/record.md).'),
    message: z.string().describe('What looked wrong, in words.'),
  })
  .describe('Something odd about the input that did not stop extraction.');

export const Extraction = z
  .object({
    extractor: z.string().describe('Which extractor produced the article: "html", "text" or "body".'),
    stage: z.string().describe('Which stage of the extractor\'s cascade won (for example "html/scored-container" or "html/json-ld-body").'),
    version: z.string().describe('The newsgraph version that produced the record.'),
  })
  .describe('How the record was produced.');

export const RecordSchema = z
  .object({
    schema: z
      .object({ name: z.literal(SCHEMA_NAME), version: z.literal(SCHEMA_VERSION) })
      .describe('The schema\'s name and version; a change that breaks readers bumps the version.'),
    id: z.string().describe('Stable id: the id given in a JSON Lines input, otherwise a hash of the URL or of the content.'),
    source: Source,
    title: z.string().nullable().describe('The headline, without the site name suffix.'),
    authors: z.array(Author).describe('The authors, in byline order, deduplicated.'),
    published: Published.nullable().describe('Publication date and its provenance, or null when unknown.'),
    modified: Published.nullable().describe('Last-modified date and its provenance, or null when unknown.'),
    site: Site,
    language: z.string().nullable().describe('Language of the text as a BCP 47 tag (e.g. "en"), from markup or detected; null when unknown.'),
    description: z.string().nullable().describe('The page\'s summary (og:description / meta description), when present.'),
    text: z.string().describe('The clean body: blocks separated by a blank line. Paragraph offsets, and those of every fact whose `layer` is "text", index this string.'),
    paragraphs: z.array(Paragraph).describe('The blocks of `text`, in order.'),
    media: z.array(Media).describe('Images and other media with their captions and credits.'),
    boilerplate: z.array(Boilerplate).describe('What was removed from the page and why.'),
    warnings: z.array(Warning).describe('Non-fatal problems noticed on the way.'),
    entities: z.array(Entity).describe('People, organizations, places and named events, one entry per entity with all its mentions in the body, the title and the captions, linked to the knowledge base where it knows them (annotator: entities).'),
    dates: z.array(DateFact).describe('Temporal expressions in the body, the title and the captions, normalized (annotator: dates).'),
    quotes: z.array(Quote).describe('Direct quotations in `text` with their speakers (annotator: quotes).'),
    terms: z.array(Term).describe('Quoted words in `text` that are not quotations: names, terms, scare quotes, titles (annotator: quotes).'),
    amounts: z.array(Amount).describe('Numbers in the body, the title and the captions that count something, with what they count (annotator: amounts).'),
    extraction: Extraction,
  })
  .describe('One article, extracted and annotated.');

export const ErrorCode = z.enum([
  'input/not-found',
  'input/unreadable',
  'input/empty',
  'input/binary',
  'input/too-large',
  'input/too-deep',
  'input/bad-gzip',
  'input/bad-encoding',
  'input/bad-json',
  'input/bad-warc',
  'input/bad-feed',
  'input/no-content',
  'extract/failed',
  'extract/timeout',
  'extract/no-text',
]);

export const ErrorRecordSchema = z
  .object({
    schema: z
      .object({ name: z.literal(SCHEMA_NAME), version: z.literal(SCHEMA_VERSION) })
      .describe('Same as in a record.'),
    id: z.string().describe('The id the record would have had.'),
    source: z
      .object({
        path: z.string().nullable(),
        url: z.string().nullable(),
        container: Container,
      })
      .describe('Where the failed document came from.'),
    error: z
      .object({
        code: ErrorCode.describe('A stable error code (see docs/record.md).'),
        message: z.string().describe('What went wrong, naming the input.'),
      })
      .describe('Why no record could be produced.'),
  })
  .describe('Written instead of a record when a document cannot be processed: nothing is lost silently.');

export type ArticleRecord = z.infer<typeof RecordSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type ErrorCodeT = z.infer<typeof ErrorCode>;
export type AuthorT = z.infer<typeof Author>;
export type PublishedT = z.infer<typeof Published>;
export type ParagraphT = z.infer<typeof Paragraph>;
export type MediaT = z.infer<typeof Media>;
export type BoilerplateT = z.infer<typeof Boilerplate>;
export type BoilerplateKindT = z.infer<typeof BoilerplateKind>;
export type WarningT = z.infer<typeof Warning>;
export type WarningCodeT = z.infer<typeof WarningCode>;
export type SourceT = z.infer<typeof Source>;
export type ContainerT = z.infer<typeof Container>;
export type InputFormatT = z.infer<typeof InputFormat>;
export type OutputLine = ArticleRecord | ErrorRecord;

export function isErrorRecord(line: OutputLine): line is ErrorRecord {
  return 'error' in line;
}
