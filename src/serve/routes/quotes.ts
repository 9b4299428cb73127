/** GET /quotes: the quote bank ("what has Medvedev said about Japan?"), one page at a time. */
import type { FastifyInstance } from 'fastify';
import type { QuotePage, QuoteQuery } from '../../store/store.js';
import type { RouteContext } from '../context.js';
import { QUOTE_PAGE_SCHEMA } from '../corpus-schemas.js';
import { resolveKnown } from '../entity-refs.js';
import { COMMON_ERROR_RESPONSES, ERROR_SCHEMA } from '../errors.js';
import { DUPLICATES_PARAM, ENTITY_PARAM, definedOnly } from '../query-params.js';
import { FROM_PARAM, LIMIT_PARAM, OFFSET_PARAM, TO_PARAM } from '../schemas.js';

interface QuoteParams {
  speaker?: string;
  q?: string;
  about?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
  duplicates: boolean;
}

const QUOTES_QUERYSTRING = {
  type: 'object',
  properties: {
    speaker: { type: 'string', minLength: 1, description: "The speaker: an entity id, or a name (also matched against the speaker's name as written with the quote)." },
    q: { type: 'string', description: 'Words the quote must contain (all of them).' },
    about: { ...ENTITY_PARAM, description: 'An entity id or name the article mentions.' },
    from: FROM_PARAM,
    to: TO_PARAM,
    limit: LIMIT_PARAM,
    offset: OFFSET_PARAM,
    duplicates: DUPLICATES_PARAM,
  },
  additionalProperties: false,
} as const;

export function registerQuoteRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store } = context;
  app.get<{ Querystring: QuoteParams }>('/quotes', {
    schema: {
      summary: 'Quotes by speaker, words and subject',
      tags: ['entities'],
      querystring: QUOTES_QUERYSTRING,
      response: { 200: QUOTE_PAGE_SCHEMA, ...COMMON_ERROR_RESPONSES, 404: { ...ERROR_SCHEMA, description: '"about" matches no entity.' } },
    },
  }, async (request): Promise<QuotePage> => {
    const { speaker, q, about, from, to, limit, offset, duplicates } = request.query;
    // A speaker is also matched by the name written with the quote, so an unknown entity is no error.
    if (about !== undefined) resolveKnown(store, about, 'about');
    const query: QuoteQuery = { limit, offset, includeDuplicates: duplicates, ...definedOnly({ speaker, text: q, about, from, to }) };
    return store.quotes(query);
  });
}
