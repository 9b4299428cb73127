/**
 * Turns a schema validation failure into one sentence that names the failing field, so a client
 * sees `querystring parameter "limit" must be >= 1` rather than a JSON pointer and a keyword.
 */
import type { FastifySchemaValidationError } from 'fastify';

/** How each part of a request is named in messages. */
const PART_NAMES: Readonly<Record<string, string>> = {
  querystring: 'query parameter',
  params: 'path parameter',
  body: 'body field',
  headers: 'header',
};

/** A JSON pointer (/0/url) as a field path people read: [0].url. */
export function fieldPath(pointer: string, extra?: string): string {
  const segments = pointer.split('/').slice(1);
  if (extra !== undefined) segments.push(extra);
  let path = '';
  for (const segment of segments) {
    const name = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(name) ? `[${name}]` : path === '' ? name : `.${name}`;
  }
  return path;
}

function stringParam(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
}

function describeOne(error: FastifySchemaValidationError, part: string): string {
  const partName = PART_NAMES[part] ?? part;
  const params = error.params as Record<string, unknown>;
  const missing = stringParam(params, 'missingProperty');
  if (error.keyword === 'required' && missing !== undefined) {
    return `missing ${partName} "${fieldPath(error.instancePath, missing)}"`;
  }
  const unknown = stringParam(params, 'additionalProperty');
  if (error.keyword === 'additionalProperties' && unknown !== undefined) {
    return `unknown ${partName} "${fieldPath(error.instancePath, unknown)}"`;
  }
  const allowed = params['allowedValues'];
  const message = error.keyword === 'enum' && Array.isArray(allowed) ? `must be one of ${allowed.join(', ')}` : (error.message ?? 'is invalid');
  const field = fieldPath(error.instancePath);
  return field === '' ? `the ${part === 'body' ? 'request body' : part} ${message}` : `${partName} "${field}" ${message}`;
}

/** One sentence for the first failure (ajv stops at the first one unless allErrors is set). */
export function describeValidation(errors: readonly FastifySchemaValidationError[], context: string | undefined): string {
  const first = errors[0];
  if (first === undefined) return 'the request is invalid';
  return describeOne(first, context ?? 'request');
}
