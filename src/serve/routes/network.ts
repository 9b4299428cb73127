/** GET /network: who is mentioned with whom: nodes and edges weighted by shared articles. */
import type { FastifyInstance } from 'fastify';
import { ENTITY_TYPES, type EntityType, type Network, type NetworkQuery } from '../../store/store.js';
import type { RouteContext } from '../context.js';
import { NETWORK_SCHEMA } from '../corpus-schemas.js';
import { resolveKnown } from '../entity-refs.js';
import { COMMON_ERROR_RESPONSES, ERROR_SCHEMA } from '../errors.js';
import { DUPLICATES_PARAM, ENTITY_PARAM, QUERY_PARAM, definedOnly } from '../query-params.js';
import { FROM_PARAM, MAX_LIMIT, TO_PARAM } from '../schemas.js';

const DEFAULT_EDGES = 100;
const TYPES_PATTERN = `^(${ENTITY_TYPES.join('|')})(,(${ENTITY_TYPES.join('|')}))*$`;

interface NetworkParams {
  q?: string;
  entity?: string;
  /** Each item one type or a comma-separated list (the schema checked the names). */
  types?: string[];
  from?: string;
  to?: string;
  minWeight: number;
  limit: number;
  duplicates: boolean;
}

const NETWORK_QUERYSTRING = {
  type: 'object',
  properties: {
    q: QUERY_PARAM,
    entity: { ...ENTITY_PARAM, description: "The network of this entity's articles." },
    types: { type: 'array', items: { type: 'string', pattern: TYPES_PATTERN }, description: `Only these entity types: ${ENTITY_TYPES.join(', ')} (comma-separated or repeated).` },
    from: FROM_PARAM,
    to: TO_PARAM,
    minWeight: { type: 'integer', minimum: 1, default: 1, description: 'Smallest edge weight kept (shared articles).' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_EDGES, description: 'Most edges returned, heaviest first.' },
    duplicates: DUPLICATES_PARAM,
  },
  additionalProperties: false,
} as const;

export function registerNetworkRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;
  app.get<{ Querystring: NetworkParams }>('/network', {
    schema: {
      summary: 'Co-mention network',
      tags: ['entities'],
      querystring: NETWORK_QUERYSTRING,
      response: { 200: NETWORK_SCHEMA, ...COMMON_ERROR_RESPONSES, 404: { ...ERROR_SCHEMA, description: '"entity" matches no entity.' } },
    },
  }, async (request): Promise<Network> => {
    const { q, entity, types, from, to, minWeight, limit, duplicates } = request.query;
    if (entity !== undefined) resolveKnown(store, entity, 'entity');
    const typeList = types === undefined ? undefined : [...new Set(types.flatMap((item) => item.split(',') as EntityType[]))];
    const query: NetworkQuery = { minWeight, limit, includeDuplicates: duplicates, ...definedOnly({ query: q, entity, types: typeList, from, to }) };
    return store.network(query);
  });
}
