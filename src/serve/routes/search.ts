/** GET /search: the same full-text search and filters as `newsgraph search`, one page at a time. */
import type { FastifyInstance } from 'fastify';
import { type HasKind, InvalidCursorError, type SearchPage, type SearchQuery } from '../../store/store.js';
import type { RouteContext } from '../context.js';
import { SEARCH_PAGED_QUERYSTRING, SEARCH_RESULT_SCHEMA } from '../corpus-schemas.js';
import { ApiError, COMMON_ERROR_RESPONSES, HTTP_BAD_REQUEST } from '../errors.js';

/** The query string after validation (defaults filled in). */
export interface SearchParams {
  q: string;
  from?: string;
  to?: string;
  site?: string;
  author?: string;
  /** Each item is one kind or a comma-separated list of them (the schema checked the names). */
  has?: string[];
  language?: string;
  entity?: string;
  person?: string;
  place?: string;
  country?: string;
  duplicates: boolean;
  limit: number;
  offset: number;
  after?: string;
}

export function toSearchQuery(params: SearchParams): SearchQuery {
  const query: SearchQuery = { text: params.q, limit: params.limit, offset: params.offset, includeDuplicates: params.duplicates };
  if (params.from !== undefined) query.from = params.from;
  if (params.to !== undefined) query.to = params.to;
  if (params.site !== undefined) query.site = params.site;
  if (params.author !== undefined) query.author = params.author;
  if (params.has !== undefined) query.has = [...new Set(params.has.flatMap((item) => item.split(',') as HasKind[]))];
  if (params.language !== undefined) query.language = params.language;
  if (params.entity !== undefined) query.entity = params.entity;
  if (params.person !== undefined) query.person = params.person;
  if (params.place !== undefined) query.place = params.place;
  if (params.country !== undefined) query.country = params.country;
  if (params.after !== undefined) query.after = params.after;
  return query;
}

export function registerSearchRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get<{ Querystring: SearchParams }>('/search', {
    schema: {
      summary: 'Full-text search with filters',
      description:
        'Ranked by BM25 (title weighted 10, authors 5, site 2, text 1); an empty q lists articles newest first. Duplicates linked to an original are hidden unless duplicates=true. ' +
        'The total is exact up to 10,000 (totalExact); follow next (as after) to page, offset reaches 10,000 at most.',
      tags: ['corpus'],
      querystring: SEARCH_PAGED_QUERYSTRING,
      response: { 200: SEARCH_RESULT_SCHEMA, ...COMMON_ERROR_RESPONSES },
    },
  }, async (request): Promise<SearchPage> => {
    try {
      return context.store.search(toSearchQuery(request.query));
    } catch (error) {
      if (error instanceof InvalidCursorError) throw new ApiError(HTTP_BAD_REQUEST, 'bad-request', `after: ${error.message}`);
      throw error;
    }
  });
}
