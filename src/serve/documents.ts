/**
 * Documents posted to POST /articles: the fields of a JSON Lines input line (`id`, one of `html`,
 * `text` or `body`, `url`, `published`, `title`). They go through the JSON Lines reader itself, so a
 * posted document gets exactly the id, format and hints the same line in a file would. Problems the
 * client can fix (no content, two contents, a bad date) are refused whole with a 400 before anything
 * is processed.
 */
import { z } from 'zod';
import { checkIsoDate } from '../dates/index.js';
import type { InputItem } from '../input/document.js';
import { readJsonl } from '../input/jsonl.js';
import { ApiError, HTTP_BAD_REQUEST } from './errors.js';
import { fieldPath } from './validation-message.js';

const text = (description: string): z.ZodOptional<z.ZodString> => z.string().describe(description).optional();

/** One posted document: the fields of a JSON Lines input line, and no others. */
export const PostedDocumentSchema = z
  .strictObject({
    id: z
      .union([z.string().min(1), z.number().int()])
      .describe('Kept as the record id (a number becomes a string); derived from the URL, or the content, when absent.')
      .optional(),
    url: text('The page URL.'),
    html: text('An HTML page.'),
    text: text('A raw plain-text scrape, to be cleaned.'),
    body: text('The clean article text, used exactly as given.'),
    title: text('The title, when the content does not say it.'),
    published: text('The publication date: an ISO 8601 date (2025-02-12) or date-time with offset (2025-02-12T09:30:00+12:00).'),
  })
  .describe('One document, as a line of JSON Lines input: exactly one of html, text or body.');

export type PostedDocument = z.infer<typeof PostedDocumentSchema>;

const CONTENT_FIELDS = ['html', 'text', 'body'] as const;

/** The most documents one request may carry: the pipeline runs on the request's time. */
export const MAX_DOCUMENTS_PER_REQUEST = 100;

const PostedBatchSchema = z.array(PostedDocumentSchema).min(1).max(MAX_DOCUMENTS_PER_REQUEST);

/** The body of POST /articles: one document or an array of them. */
export const PostedBodySchema = z.union([PostedDocumentSchema, PostedBatchSchema]).describe('One document, or an array of documents.');

function refuse(message: string): never {
  throw new ApiError(HTTP_BAD_REQUEST, 'bad-request', message);
}

/** Checks what the JSON Lines reader would turn into an error record, so the client hears it now. */
function checkDocument(document: PostedDocument, name: string): void {
  const present = CONTENT_FIELDS.filter((field) => document[field] !== undefined);
  if (present.length === 0) refuse(`${name} has none of "html", "text" or "body"`);
  if (present.length > 1) refuse(`${name} has ${present.map((field) => `"${field}"`).join(' and ')}; expected exactly one`);
  const field = present[0] as (typeof CONTENT_FIELDS)[number];
  if ((document[field] ?? '').trim().length === 0) refuse(`${name}.${field} is empty`);
  if (document.published !== undefined) {
    const check = checkIsoDate(document.published);
    if (!check.ok) refuse(`${name}.published: ${check.reason}`);
  }
}

/** A zod issue as one sentence naming the field: `body[0].url: expected string, received number`. */
function describeIssue(issue: z.core.$ZodIssue, isBatch: boolean): string {
  const pointer = issue.path.map((segment) => `/${String(segment)}`).join('');
  const path = fieldPath(pointer);
  const where = path === '' ? 'body' : isBatch ? `body${path}` : `body.${path}`;
  if (issue.code === 'unrecognized_keys') return `${where} has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  return `${where}: ${issue.message}`;
}

/**
 * Validates a posted body (POST /articles' validator: zod, so a number is not silently coerced to
 * a string as the query-string validator does): the documents, or a 400 naming the first problem.
 */
export function parsePostedBody(body: unknown): PostedDocument[] {
  const isBatch = Array.isArray(body);
  if (!isBatch && (typeof body !== 'object' || body === null)) refuse('the request body must be a document object or an array of them');
  const result = isBatch ? PostedBatchSchema.safeParse(body) : PostedDocumentSchema.safeParse(body);
  if (!result.success) refuse(describeIssue(result.error.issues[0] as z.core.$ZodIssue, isBatch));
  const documents = Array.isArray(result.data) ? result.data : [result.data];
  documents.forEach((document, index) => checkDocument(document, isBatch ? `body[${index}]` : 'body'));
  return documents;
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** Reads validated documents as JSON Lines: one input item per document, in order. */
export async function readPostedDocuments(documents: readonly PostedDocument[]): Promise<InputItem[]> {
  const lines = documents.map((document) => JSON.stringify(document)).join('\n') + '\n';
  const bytes = Buffer.from(lines, 'utf8');
  const items: InputItem[] = [];
  for await (const item of readJsonl(oneChunk(bytes), { path: null, maxBytes: bytes.length + 1 })) items.push(item);
  return items;
}
