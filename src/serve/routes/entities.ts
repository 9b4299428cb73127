/**
 * GET /entities?q=REF: what an id, name or alias may mean (for disambiguation).
 * GET /entities/:id: one entity's profile: names, place, roles, mentions over time, co-mentioned
 * entities, latest articles. Ids hold ':' and '/', so they are URL-encoded in the path
 * (/entities/name%3Aperson%2Fdmitry-medvedev); a name that means exactly one entity works too.
 */
import type { FastifyInstance } from 'fastify';
import { type EntityMatch, type EntityProfile, type EntityProfileQuery, TIME_INTERVALS, type TimeInterval } from '../../store/store.js';
import type { RouteContext } from '../context.js';
import { ENTITY_PROFILE_SCHEMA, RESOLVE_SCHEMA } from '../corpus-schemas.js';
import { resolveOne, SUGGESTIONS } from '../entity-refs.js';
import { ApiError, COMMON_ERROR_RESPONSES, ERROR_SCHEMA, HTTP_NOT_FOUND } from '../errors.js';
import { definedOnly } from '../query-params.js';
import { FROM_PARAM, ID_PARAMS, TO_PARAM } from '../schemas.js';

const MAX_PROFILE_LIST = 100;

interface ProfileParams {
  from?: string;
  to?: string;
  interval: TimeInterval;
  coMentions: number;
  articles: number;
}

const PROFILE_QUERYSTRING = {
  type: 'object',
  properties: {
    from: FROM_PARAM,
    to: TO_PARAM,
    interval: { type: 'string', enum: [...TIME_INTERVALS], default: 'month', description: 'The period of the mention series.' },
    coMentions: { type: 'integer', minimum: 0, maximum: MAX_PROFILE_LIST, default: 10, description: 'How many co-mentioned entities.' },
    articles: { type: 'integer', minimum: 0, maximum: MAX_PROFILE_LIST, default: 10, description: 'How many latest articles.' },
  },
  additionalProperties: false,
} as const;

const RESOLVE_QUERYSTRING = {
  type: 'object',
  properties: { q: { type: 'string', minLength: 1, description: 'An entity id, name or alias.' } },
  required: ['q'],
  additionalProperties: false,
} as const;

export function registerEntityRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;

  app.get<{ Querystring: { q: string } }>('/entities', {
    schema: {
      summary: 'Which entities a name or id means',
      tags: ['entities'],
      querystring: RESOLVE_QUERYSTRING,
      response: { 200: RESOLVE_SCHEMA, ...COMMON_ERROR_RESPONSES },
    },
  }, async (request): Promise<{ query: string; matches: EntityMatch[]; suggestions: EntityMatch[] }> => {
    const query = request.query.q.trim();
    const matches = store.resolveEntity(query);
    return { query, matches, suggestions: matches.length === 0 ? store.suggestEntities(query, SUGGESTIONS) : [] };
  });

  app.get<{ Params: { id: string }; Querystring: ProfileParams }>('/entities/:id', {
    schema: {
      summary: "An entity's profile",
      description: 'The id is URL-encoded in the path. A name or alias that means exactly one entity is accepted; one that means several is a 409 listing them.',
      tags: ['entities'],
      params: ID_PARAMS,
      querystring: PROFILE_QUERYSTRING,
      response: {
        200: ENTITY_PROFILE_SCHEMA,
        ...COMMON_ERROR_RESPONSES,
        404: { ...ERROR_SCHEMA, description: 'No entity has this id or name (the message suggests close names).' },
        409: { ...ERROR_SCHEMA, description: 'The name means several entities (the message lists their ids).' },
      },
    },
  }, async (request): Promise<EntityProfile> => {
    const entity = resolveOne(store, request.params.id, 'entity');
    const { from, to, interval, coMentions, articles } = request.query;
    const query: EntityProfileQuery = { id: entity.id, interval, limitCoMentions: coMentions, limitArticles: articles, ...definedOnly({ from, to }) };
    const profile = store.entityProfile(query);
    if (profile === null) throw new ApiError(HTTP_NOT_FOUND, 'not-found', `entity "${request.params.id}" has no profile`);
    return profile;
  });
}
