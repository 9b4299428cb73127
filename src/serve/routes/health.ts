/** GET /health (is the server up) and GET /stats (what the corpus holds). */
import type { FastifyInstance } from 'fastify';
import { VERSION } from '../../version.js';
import type { RouteContext } from '../context.js';
import { COMMON_ERROR_RESPONSES } from '../errors.js';
import { COUNTS_SCHEMA } from '../schemas.js';

const HEALTH_SCHEMA = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok'] },
    version: { type: 'string', description: 'The newsgraph version serving.' },
  },
  required: ['status', 'version'],
} as const;

export function registerHealthRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get('/health', {
    schema: { summary: 'Is the server up', tags: ['server'], response: { 200: HEALTH_SCHEMA, 500: COMMON_ERROR_RESPONSES[500] } },
  }, async () => ({ status: 'ok' as const, version: VERSION }));

  app.get('/stats', {
    schema: { summary: 'What the corpus holds', tags: ['corpus'], response: { 200: COUNTS_SCHEMA, 500: COMMON_ERROR_RESPONSES[500] } },
  }, async () => context.store.counts());
}
