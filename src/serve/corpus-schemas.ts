/**
 * JSON schemas of the corpus questions' answers, mirroring the types in src/store/store.ts
 * (EntityMatch, EntityProfile, QuotePage, Timeline, PlacesCollection, Network). Objects allow extra
 * properties so a field the store adds later is passed on rather than dropped by the serializer.
 */
import { ENTITY_TYPES, MAX_SEARCH_OFFSET, SEARCH_COUNT_CAP } from '../store/store.js';
import { OFFSET_PARAM, SEARCH_HIT_SCHEMA, SEARCH_QUERYSTRING } from './schemas.js';

const str = (description?: string): Record<string, unknown> => ({ type: 'string', ...(description === undefined ? {} : { description }) });
const int = (description?: string): Record<string, unknown> => ({ type: 'integer', ...(description === undefined ? {} : { description }) });
const nullableString = (description?: string): Record<string, unknown> => ({ type: ['string', 'null'], ...(description === undefined ? {} : { description }) });

function object(properties: Record<string, unknown>, description?: string): Record<string, unknown> {
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: true, ...(description === undefined ? {} : { description }) };
}

const ENTITY_TYPE = { type: 'string', enum: [...ENTITY_TYPES] } as const;

export const ARTICLE_REF_SCHEMA = object({
  id: str(),
  title: nullableString(),
  url: nullableString(),
  published: nullableString(),
  site: object({ name: nullableString(), domain: nullableString() }),
}, 'The article a fact or count comes from.');

export const ENTITY_MATCH_SCHEMA = object({
  id: str('A knowledge-base id ("iso3166-1:JP") or a name id ("name:person/dmitry-medvedev").'),
  type: ENTITY_TYPE,
  kind: nullableString('The finer kind (country, city, armed-force...).'),
  name: str(),
  articles: int('Articles mentioning it (duplicates excluded).'),
  mentions: int(),
  matchedBy: { type: 'string', enum: ['id', 'name', 'alias'] },
});

export const RESOLVE_SCHEMA = object({
  query: str(),
  matches: { type: 'array', items: ENTITY_MATCH_SCHEMA, description: 'The entities the reference may mean, most mentioned first.' },
  suggestions: { type: 'array', items: ENTITY_MATCH_SCHEMA, description: 'Close names, when nothing matched.' },
});

const GEO_POINT_SCHEMA = {
  type: ['object', 'null'],
  properties: { lat: { type: 'number' }, lon: { type: 'number' }, cc: nullableString(), admin1: nullableString(), kind: nullableString() },
  additionalProperties: true,
} as const;

export const ENTITY_PROFILE_SCHEMA = object({
  id: str(),
  type: ENTITY_TYPE,
  kind: nullableString(),
  name: str(),
  aliases: { type: 'array', items: str() },
  countries: { type: 'array', items: str() },
  geo: GEO_POINT_SCHEMA,
  roles: { type: 'array', items: object({ text: str(), articles: int() }) },
  mentions: int(),
  articles: int(),
  series: { type: 'array', items: object({ period: str(), articles: int(), mentions: int() }), description: 'Mentions per period, oldest first.' },
  coMentions: { type: 'array', items: object({ id: str(), name: str(), type: ENTITY_TYPE, articles: int() }) },
  latestArticles: { type: 'array', items: ARTICLE_REF_SCHEMA },
});

const SPEAKER_SCHEMA = {
  type: ['object', 'null'],
  properties: { name: nullableString(), role: nullableString(), entity: nullableString('The speaker\'s entity id.') },
  additionalProperties: true,
} as const;

export const QUOTE_PAGE_SCHEMA = object({
  total: int('Quotes in all, before paging.'),
  quotes: {
    type: 'array',
    items: object({
      article: ARTICLE_REF_SCHEMA,
      text: str('The quoted words.'),
      start: int('Offset of the quotation in the article text.'),
      end: int(),
      speaker: SPEAKER_SCHEMA,
      verb: nullableString('The reporting verb\'s lemma.'),
      rule: str(),
    }),
  },
});

export const TIMELINE_SCHEMA = object({
  events: {
    type: 'array',
    items: object({
      value: str('TIMEX3 value, the sort key.'),
      type: str(),
      text: str('The expression as written.'),
      stated: { type: 'boolean' },
      layer: str(),
      start: int(),
      end: int(),
      sentence: nullableString(),
      article: ARTICLE_REF_SCHEMA,
    }),
  },
  sampled: { type: 'boolean', description: 'True when the articles in scope were more than the query reads (the newest were kept).' },
});

export const PLACES_SCHEMA = object({
  type: { type: 'string', enum: ['FeatureCollection'] },
  features: {
    type: 'array',
    items: object({
      type: { type: 'string', enum: ['Feature'] },
      geometry: object({
        type: { type: 'string', enum: ['Point'] },
        coordinates: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2, description: '[longitude, latitude]' },
      }),
      properties: object({ id: str(), name: str(), kind: nullableString(), cc: nullableString(), articles: int(), mentions: int() }),
    }),
  },
  sampled: { type: 'boolean' },
}, 'A GeoJSON FeatureCollection (RFC 7946) of Point features.');

export const NETWORK_SCHEMA = object({
  nodes: { type: 'array', items: object({ id: str(), name: str(), type: ENTITY_TYPE, articles: int() }) },
  edges: { type: 'array', items: object({ source: str(), target: str(), weight: int('Articles in which both appear.') }) },
  sampled: { type: 'boolean' },
});

/** GET /search's query string: schemas.ts's SEARCH_QUERYSTRING with a bounded offset and the `after` cursor. */
export const SEARCH_PAGED_QUERYSTRING = {
  ...SEARCH_QUERYSTRING,
  properties: {
    ...SEARCH_QUERYSTRING.properties,
    offset: { ...OFFSET_PARAM, maximum: MAX_SEARCH_OFFSET, description: `Hits to skip, at most ${MAX_SEARCH_OFFSET}; page deeper with after.` },
    after: {
      type: 'string',
      minLength: 1,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'The next cursor of the previous page: this page starts right after it. Only valid with the same q and filters.',
    },
  },
} as const;

/** GET /search's answer: one page, the capped count and the next page's cursor. */
export const SEARCH_RESULT_SCHEMA = {
  type: 'object',
  description: 'One page of hits, the number of matches and the cursor of the next page.',
  properties: {
    total: int(`Matches in all, before paging, counted up to ${SEARCH_COUNT_CAP}: when totalExact is false there are more than this.`),
    totalExact: { type: 'boolean', description: `False when the count stopped at ${SEARCH_COUNT_CAP} (more matches exist).` },
    hits: { type: 'array', items: SEARCH_HIT_SCHEMA },
    next: nullableString('Give it as after to get the next page; null on the last page.'),
  },
  required: ['total', 'totalExact', 'hits', 'next'],
} as const;
