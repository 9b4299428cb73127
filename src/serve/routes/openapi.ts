/** GET /openapi.json: the OpenAPI 3.1 document @fastify/swagger builds from every route's schema. */
import type { FastifyInstance } from 'fastify';
import { COMMON_ERROR_RESPONSES } from '../errors.js';

export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get('/openapi.json', {
    schema: {
      summary: 'This API, described in OpenAPI 3.1',
      tags: ['server'],
      response: { 200: { type: 'object', additionalProperties: true }, 500: COMMON_ERROR_RESPONSES[500] },
    },
  }, async () => app.swagger());
}
