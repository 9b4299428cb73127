/**
 * JSON schemas shared by routes. The record's schema is derived from the zod schema (the single
 * source of truth, as for schema/record.schema.json); the store's result types have no zod schema, so
 * theirs are written here as constants next to the TypeScript types they mirror (src/store/store.ts).
 */
import { z } from 'zod';
import { RecordSchema } from '../record/schema.js';
import { HAS_KINDS } from '../store/store.js';

/** A zod schema as a draft-07 JSON schema (what fastify's validator speaks), without its `$schema` line. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-7' });
  return rest;
}

export const RECORD_SCHEMA = jsonSchemaOf(RecordSchema);

const nullable = (type: string, description?: string): Record<string, unknown> => ({
  type: [type, 'null'],
  ...(description === undefined ? {} : { description }),
});

/** The most items one page may ask for. */
export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 20;

/** A publication day bound: a day, a month or a year. */
export const DAY_BOUND_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

export const LIMIT_PARAM = { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: 'Items per page.' } as const;
export const OFFSET_PARAM = { type: 'integer', minimum: 0, default: 0, description: 'Items to skip (paging).' } as const;
export const FROM_PARAM = { type: 'string', pattern: DAY_BOUND_PATTERN, description: 'Published on or after this day: 2025-02-12, 2025-02 or 2025.' } as const;
export const TO_PARAM = { type: 'string', pattern: DAY_BOUND_PATTERN, description: 'Published on or before this day (a month or a year includes all of it).' } as const;

/** `has=quotes,dates` or `has=quotes&has=dates`. */
const HAS_ITEM_PATTERN = `^(${HAS_KINDS.join('|')})(,(${HAS_KINDS.join('|')}))*$`;

export const SEARCH_QUERYSTRING = {
  type: 'object',
  properties: {
    q: { type: 'string', default: '', description: 'Words that must all match; "double quotes" keep a phrase, OR joins alternatives, a trailing * matches a prefix. Empty: every article, newest first.' },
    from: FROM_PARAM,
    to: TO_PARAM,
    site: { type: 'string', description: 'A domain (subdomains match, www. ignored) or a site name, case-insensitive.' },
    author: { type: 'string', description: "Part of an author's name, case-insensitive." },
    has: {
      type: 'array',
      items: { type: 'string', pattern: HAS_ITEM_PATTERN },
      description: `Only articles with these facts: ${HAS_KINDS.join(', ')} (comma-separated or repeated).`,
    },
    language: { type: 'string', description: 'A language tag; en also matches en-GB.' },
    entity: { type: 'string', minLength: 1, description: 'Articles mentioning this entity: an id ("iso3166-1:JP", "name:person/dmitry-medvedev") or a name or alias.' },
    person: { type: 'string', minLength: 1, description: 'Like entity, restricted to people.' },
    place: { type: 'string', minLength: 1, description: 'A place id or name: articles mentioning it or, for a country, any place in it.' },
    country: { type: 'string', minLength: 1, description: 'An ISO 3166-1 alpha-2 code (JP) or a country name: articles mentioning the country or a place in it.' },
    duplicates: { type: 'boolean', default: false, description: 'Also list articles linked as duplicates of another.' },
    limit: LIMIT_PARAM,
    offset: OFFSET_PARAM,
  },
  additionalProperties: false,
} as const;

const HIGHLIGHT_SCHEMA = {
  type: 'object',
  properties: { start: { type: 'integer' }, end: { type: 'integer' } },
  required: ['start', 'end'],
} as const;

export const SEARCH_HIT_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    url: nullable('string'),
    title: nullable('string'),
    site: { type: 'object', properties: { name: nullable('string'), domain: nullable('string') }, required: ['name', 'domain'] },
    published: nullable('string', 'As in the record: a date or a date-time with offset.'),
    language: nullable('string'),
    authors: { type: 'array', items: { type: 'string' } },
    snippet: { type: 'string', description: 'Plain text around the matches.' },
    highlights: { type: 'array', items: HIGHLIGHT_SCHEMA, description: '[start, end) offsets of matched words in the snippet.' },
    score: nullable('number', 'BM25 relevance, higher is better; null for an empty query.'),
    duplicateOf: nullable('string', 'The original this article is linked to as a duplicate.'),
    copies: { type: 'integer', description: 'Stored articles linked to this one as duplicates.' },
  },
  required: ['id', 'url', 'title', 'site', 'published', 'language', 'authors', 'snippet', 'highlights', 'score', 'duplicateOf', 'copies'],
  // Fields the store adds later pass through rather than being dropped by the serializer.
  additionalProperties: true,
} as const;

export const COUNTS_SCHEMA = {
  type: 'object',
  description: 'What the corpus holds.',
  properties: {
    articles: { type: 'integer', description: 'Stored articles, duplicates included.' },
    duplicates: { type: 'integer', description: 'Stored articles linked to an original.' },
    failures: { type: 'integer', description: 'Documents that could not be extracted (error records).' },
    sameContent: { type: 'integer', description: 'Documents not stored because their text was already stored.' },
  },
  required: ['articles', 'duplicates', 'failures', 'sameContent'],
  additionalProperties: true,
} as const;

/** A path parameter `:id`. */
export const ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1 } },
  required: ['id'],
} as const;
