/** GET /places: the places a corpus (or a search, or an entity's articles) mentions, as GeoJSON. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlacesCollection, PlacesQuery } from '../../store/store.js';
import type { RouteContext } from '../context.js';
import { PLACES_SCHEMA } from '../corpus-schemas.js';
import { resolveKnown } from '../entity-refs.js';
import { COMMON_ERROR_RESPONSES, ERROR_SCHEMA } from '../errors.js';
import { DUPLICATES_PARAM, ENTITY_PARAM, QUERY_PARAM, definedOnly } from '../query-params.js';
import { FROM_PARAM, MAX_LIMIT, TO_PARAM } from '../schemas.js';

/** The GeoJSON media type (RFC 7946). */
export const GEOJSON_TYPE = 'application/geo+json';
const DEFAULT_PLACES = 200;

interface PlacesParams {
  q?: string;
  entity?: string;
  from?: string;
  to?: string;
  country?: string;
  limit: number;
  duplicates: boolean;
}

const PLACES_QUERYSTRING = {
  type: 'object',
  properties: {
    q: QUERY_PARAM,
    entity: { ...ENTITY_PARAM, description: 'Places in the articles mentioning this entity.' },
    from: FROM_PARAM,
    to: TO_PARAM,
    country: { type: 'string', minLength: 1, description: 'An ISO 3166-1 code (JP) or a country name: only places in that country.' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_PLACES, description: 'Most places returned, most mentioned first.' },
    duplicates: DUPLICATES_PARAM,
  },
  additionalProperties: false,
} as const;

export function registerPlaceRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;
  app.get<{ Querystring: PlacesParams }>('/places', {
    schema: {
      summary: 'Places mentioned, as a GeoJSON FeatureCollection',
      tags: ['entities'],
      querystring: PLACES_QUERYSTRING,
      response: {
        200: { description: 'Point features; properties id, name, kind, cc, articles, mentions.', content: { [GEOJSON_TYPE]: { schema: PLACES_SCHEMA } } },
        ...COMMON_ERROR_RESPONSES,
        404: { ...ERROR_SCHEMA, description: '"entity" matches no entity.' },
      },
    },
  }, async (request, reply: FastifyReply): Promise<PlacesCollection> => {
    const { q, entity, from, to, country, limit, duplicates } = request.query;
    if (entity !== undefined) resolveKnown(store, entity, 'entity');
    const query: PlacesQuery = { limit, includeDuplicates: duplicates, ...definedOnly({ query: q, entity, from, to, country }) };
    const places = store.places(query);
    void reply.type(GEOJSON_TYPE);
    return places;
  });
}
