/** GET /timeline: the dates stated in an entity's articles (or a search's), ordered by their value. */
import type { FastifyInstance } from 'fastify';
import type { Timeline, TimelineQuery } from '../../store/store.js';
import type { RouteContext } from '../context.js';
import { TIMELINE_SCHEMA } from '../corpus-schemas.js';
import { resolveKnown } from '../entity-refs.js';
import { COMMON_ERROR_RESPONSES, ERROR_SCHEMA } from '../errors.js';
import { DUPLICATES_PARAM, ENTITY_PARAM, QUERY_PARAM, definedOnly } from '../query-params.js';
import { DAY_BOUND_PATTERN, MAX_LIMIT } from '../schemas.js';

const DEFAULT_EVENTS = 100;

interface TimelineParams {
  entity?: string;
  q?: string;
  from?: string;
  to?: string;
  limit: number;
  duplicates: boolean;
}

const TIMELINE_QUERYSTRING = {
  type: 'object',
  properties: {
    entity: { ...ENTITY_PARAM, description: 'Dates in the articles mentioning this entity (id or name).' },
    q: QUERY_PARAM,
    from: { type: 'string', pattern: DAY_BOUND_PATTERN, description: "Bound on the dates' own values (YYYY, YYYY-MM or YYYY-MM-DD), inclusive." },
    to: { type: 'string', pattern: DAY_BOUND_PATTERN, description: "Bound on the dates' own values, inclusive." },
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_EVENTS, description: 'Most events returned.' },
    duplicates: DUPLICATES_PARAM,
  },
  additionalProperties: false,
} as const;

export function registerTimelineRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;
  app.get<{ Querystring: TimelineParams }>('/timeline', {
    schema: {
      summary: 'Dated facts, ordered by date',
      tags: ['entities'],
      querystring: TIMELINE_QUERYSTRING,
      response: { 200: TIMELINE_SCHEMA, ...COMMON_ERROR_RESPONSES, 404: { ...ERROR_SCHEMA, description: '"entity" matches no entity.' } },
    },
  }, async (request): Promise<Timeline> => {
    const { entity, q, from, to, limit, duplicates } = request.query;
    if (entity !== undefined) resolveKnown(store, entity, 'entity');
    const query: TimelineQuery = { limit, includeDuplicates: duplicates, ...definedOnly({ entity, query: q, from, to }) };
    return store.timeline(query);
  });
}
