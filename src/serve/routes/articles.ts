/**
 * GET /articles/:id (one stored record, as ingest stored it) and POST /articles (documents in:
 * extracted by the pipeline exactly as `ingest` would, then stored).
 */
import type { FastifyInstance } from 'fastify';
import { errorItemRecord } from '../../pipeline.js';
import { type ArticleRecord, type OutputLine, isErrorRecord } from '../../record/schema.js';
import type { PutResult } from '../../store/store.js';
import { requireToken } from '../auth.js';
import type { RouteContext } from '../context.js';
import { type PostedDocument, PostedBodySchema, parsePostedBody, readPostedDocuments } from '../documents.js';
import { ApiError, COMMON_ERROR_RESPONSES, ERROR_SCHEMA, HTTP_NOT_FOUND } from '../errors.js';
import { ID_PARAMS, RECORD_SCHEMA, jsonSchemaOf } from '../schemas.js';

/** What POST /articles says about each document, in the order they were posted. */
export interface PostedResult extends PutResult {
  /** For a document that could not be extracted (stored as a failure): why. */
  error: { code: string; message: string } | null;
}

const PUT_RESULT_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'string', description: 'The record id (given, or derived from the URL or content).' },
    outcome: {
      type: 'string',
      enum: ['stored', 'failed', 'already-stored', 'same-content'],
      description: 'stored: a new article; failed: extraction failed, stored as a failure; already-stored: the id was stored before; same-content: the same text is stored under another id.',
    },
    duplicateOf: { type: ['string', 'null'], description: 'For a stored article linked to an original: its id.' },
    duplicateReason: { type: ['string', 'null'], enum: ['same-url', 'near-duplicate', null] },
    error: {
      type: ['object', 'null'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
      description: 'Why extraction failed, for outcome "failed".',
    },
  },
  required: ['id', 'outcome', 'duplicateOf', 'duplicateReason', 'error'],
} as const;

const POST_RESPONSE_SCHEMA = {
  type: 'object',
  properties: { results: { type: 'array', items: PUT_RESULT_SCHEMA } },
  required: ['results'],
} as const;

/** Validates the body with zod (see parsePostedBody) and hands the route a plain array of documents. */
function postedBodyValidator(): (data: unknown) => { value: PostedDocument[] } | { error: Error } {
  return (data: unknown) => {
    try {
      return { value: parsePostedBody(data) };
    } catch (error) {
      return { error: error as Error };
    }
  };
}

export function registerArticleRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get<{ Params: { id: string } }>('/articles/:id', {
    schema: {
      summary: 'One stored record',
      description: 'The record exactly as stored (see docs/record.md and schema/record.schema.json).',
      tags: ['corpus'],
      params: ID_PARAMS,
      response: {
        200: RECORD_SCHEMA,
        ...COMMON_ERROR_RESPONSES,
        404: { ...ERROR_SCHEMA, description: 'No stored article has this id.' },
      },
    },
  }, async (request): Promise<ArticleRecord> => {
    const record = context.store.record(request.params.id);
    if (record === null) throw new ApiError(HTTP_NOT_FOUND, 'not-found', `no stored article has the id "${request.params.id}"`);
    return record;
  });

  app.post<{ Body: PostedDocument[] }>('/articles', {
    bodyLimit: context.bodyLimit,
    // Before the body is even read: an unauthorized client gets 401 whatever it sent.
    onRequest: requireToken(context.token),
    validatorCompiler: postedBodyValidator,
    schema: {
      summary: 'Extract and store documents',
      description: 'Each document runs through the pipeline as a JSON Lines line would, then is stored as ingest stores it (same-id and same-text documents are not stored twice; duplicates are linked). Needs "Authorization: Bearer <token>" when the server has a token.',
      tags: ['corpus'],
      body: jsonSchemaOf(PostedBodySchema),
      response: {
        200: POST_RESPONSE_SCHEMA,
        ...COMMON_ERROR_RESPONSES,
        401: { ...ERROR_SCHEMA, description: 'The server has a token and the request did not carry it.' },
        413: { ...ERROR_SCHEMA, description: 'The body is larger than the limit.' },
        415: { ...ERROR_SCHEMA, description: 'The body is not application/json.' },
      },
    },
  }, async (request): Promise<{ results: PostedResult[] }> => {
    const items = await readPostedDocuments(request.body);
    const pipeline = context.pipeline();
    const lines: OutputLine[] = items.map((item) => (item.kind === 'document' ? pipeline.process(item.document) : errorItemRecord(item)));
    const results = context.store.put(lines);
    return {
      results: results.map((result, index) => {
        const line = lines[index];
        return { ...result, error: line !== undefined && isErrorRecord(line) ? line.error : null };
      }),
    };
  });
}
