/**
 * Errors: every failure the API reports is `{ code, message }` with a fitting status. Routes throw
 * ApiError for the failures they know about; fastify's own errors (validation, bad JSON, body too
 * large, unsupported media type) are translated here; anything else is a 500 whose details go to
 * the log, never to the client.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { describeValidation } from './validation-message.js';

/** The codes the API answers with. */
export type ApiErrorCode =
  | 'bad-request'
  | 'unauthorized'
  | 'not-found'
  | 'ambiguous'
  | 'too-large'
  | 'unsupported-media-type'
  | 'not-implemented'
  | 'internal';

export interface ErrorBody {
  code: ApiErrorCode;
  message: string;
}

/** A failure a route reports on purpose. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const HTTP_BAD_REQUEST = 400;
export const HTTP_UNAUTHORIZED = 401;
export const HTTP_NOT_FOUND = 404;
/** A reference that means several things (an entity name shared by several entities). */
export const HTTP_CONFLICT = 409;
export const HTTP_TOO_LARGE = 413;
export const HTTP_UNSUPPORTED_MEDIA_TYPE = 415;
export const HTTP_INTERNAL = 500;

/** The JSON schema of an error body, shared by every route's error responses. */
export const ERROR_SCHEMA = {
  type: 'object',
  description: 'What went wrong: a stable code for programs and a message for people.',
  properties: {
    code: { type: 'string', description: 'bad-request, unauthorized, not-found, ambiguous, too-large, unsupported-media-type, internal or not-implemented.' },
    message: { type: 'string', description: 'What went wrong, naming the failing field or value.' },
  },
  required: ['code', 'message'],
} as const;

/** Error responses every route can give: a bad request and a server failure. */
export const COMMON_ERROR_RESPONSES = {
  400: { ...ERROR_SCHEMA, description: 'A parameter or the body is invalid: the message names it.' },
  500: { ...ERROR_SCHEMA, description: 'An unexpected failure (details are in the server log).' },
} as const;

/** Fastify's own error codes, and what the API calls them. */
const FASTIFY_CODES: Readonly<Record<string, { status: number; code: ApiErrorCode; message?: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: HTTP_BAD_REQUEST, code: 'bad-request' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: HTTP_BAD_REQUEST, code: 'bad-request', message: 'the request body is empty; expected JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: HTTP_TOO_LARGE, code: 'too-large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: HTTP_UNSUPPORTED_MEDIA_TYPE, code: 'unsupported-media-type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: HTTP_BAD_REQUEST, code: 'bad-request' },
};

/** The status and body for any error thrown while handling a request. */
export function toErrorResponse(error: FastifyError | Error, bodyLimit: number): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) return { status: error.statusCode, body: { code: error.code, message: error.message } };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return { status: HTTP_BAD_REQUEST, body: { code: 'bad-request', message: describeValidation(fastifyError.validation, fastifyError.validationContext) } };
  }
  if (error instanceof SyntaxError || fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    // JSON.parse names the problem and its position ("Unexpected token } in JSON at position 12").
    return { status: HTTP_BAD_REQUEST, body: { code: 'bad-request', message: `the request body is not valid JSON: ${error.message}` } };
  }
  const known = fastifyError.code === undefined ? undefined : FASTIFY_CODES[fastifyError.code];
  if (known?.code === 'too-large') {
    return { status: known.status, body: { code: known.code, message: `the request body is larger than the limit of ${bodyLimit} bytes` } };
  }
  if (known?.code === 'unsupported-media-type') {
    return { status: known.status, body: { code: known.code, message: 'unsupported content type: send the body as application/json' } };
  }
  if (known) return { status: known.status, body: { code: known.code, message: known.message ?? error.message } };
  return { status: HTTP_INTERNAL, body: { code: 'internal', message: 'internal error: the server could not answer this request' } };
}

/** Installs the error and not-found handlers: every failure leaves as `{ code, message }`. */
export function registerErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorResponse(error, bodyLimit);
    // Failures a route reports on purpose (ApiError) are answers, not incidents: only the rest is logged.
    if (status >= HTTP_INTERNAL && !(error instanceof ApiError)) request.log.error({ err: error }, 'request failed');
    void reply.status(status).type('application/json').send(body);
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const body: ErrorBody = { code: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}: see /openapi.json` };
    void reply.status(HTTP_NOT_FOUND).send(body);
  });
}
