/**
 * The Store: where records live after extraction. Storage-agnostic: the CLI (and later the HTTP
 * API) talk to this interface only; src/store/sqlite/ is the embedded implementation, and a server
 * database would be another.
 *
 * The calls are synchronous because the embedded database is: a client-server backend would add an
 * asynchronous twin of this interface rather than make every SQLite call pay for promises.
 */
import type { ArticleRecord, OutputLine } from '../record/schema.js';

/** What happened to one output line given to `put`. */
export type PutOutcome =
  /** Stored as a new article (possibly linked to an original as a duplicate: see `duplicateOf`). */
  | 'stored'
  /** An error record, stored in the failures table. */
  | 'failed'
  /** Its id is already stored: a re-run of the same input. Nothing written. */
  | 'already-stored'
  /** Same URL and same content, or same content anywhere, as a stored article: noted, not stored again. */
  | 'same-content';

export interface PutResult {
  id: string;
  outcome: PutOutcome;
  /** For a stored article linked to an original: the original's id. */
  duplicateOf: string | null;
  /** Why it was linked: the same URL with new content (an updated version), or a near-duplicate text. */
  duplicateReason: 'same-url' | 'near-duplicate' | null;
}

/** Fact kinds an article can be required to have (`--has`). */
export const HAS_KINDS = ['quotes', 'dates', 'amounts', 'authors', 'entities'] as const;
export type HasKind = (typeof HAS_KINDS)[number];

export interface SearchQuery {
  /** Words to match (all of them); "double-quoted phrases" stay phrases. Empty: every article. */
  text: string;
  /** Inclusive bounds on the publication day (YYYY-MM-DD, or a prefix such as 2025 or 2025-02). */
  from?: string;
  to?: string;
  /** A domain (pacificledger.example) or a site name, case-insensitive. */
  site?: string;
  /** Part of an author's name, case-insensitive. */
  author?: string;
  has?: readonly HasKind[];
  /** A BCP 47 tag; "en" also matches "en-GB". */
  language?: string;
  /** Also list articles linked as duplicates of another (hidden by default). */
  includeDuplicates?: boolean;
  /** An entity id ("iso3166-1:JP", "name:person/dmitry-medvedev") or a name or alias ("Medvedev"): articles mentioning it. */
  entity?: string;
  /** Like `entity`, restricted to people. */
  person?: string;
  /** A place id or name: articles mentioning it, or, for a country, any place in that country. */
  place?: string;
  /** An ISO 3166-1 alpha-2 code ("JP") or a country name ("Japan"): articles mentioning the country or a place in it. */
  country?: string;
  limit: number;
  /** Hits to skip, at most MAX_SEARCH_OFFSET; deeper pages follow `next` cursors. Applied after `after`. */
  offset: number;
  /** A page's `next` cursor: the page after it, for the same words and filters. */
  after?: string;
}

/** Matches are counted exactly up to this many; beyond it `total` is this number and `totalExact` false. */
export const SEARCH_COUNT_CAP = 10_000;
/** The deepest `offset` accepted; `after` cursors page any deeper. */
export const MAX_SEARCH_OFFSET = 10_000;

/** A cursor that is malformed, or was made for another query. */
export class InvalidCursorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidCursorError';
  }
}

/** A stretch of a snippet that matched the query: [start, end) in the snippet string. */
export interface Highlight {
  start: number;
  end: number;
}

export interface SearchHit {
  id: string;
  url: string | null;
  title: string | null;
  site: { name: string | null; domain: string | null };
  published: string | null;
  language: string | null;
  authors: string[];
  snippet: string;
  highlights: Highlight[];
  /** BM25 relevance (higher is better), null for an empty query. */
  score: number | null;
  duplicateOf: string | null;
  /** Stored articles linked to this one as duplicates. */
  copies: number;
}

export interface SearchPage {
  /**
   * Matches in all, before paging, counted up to SEARCH_COUNT_CAP: when `totalExact` is false there
   * are more than this many (the count stopped at the cap).
   */
  total: number;
  totalExact: boolean;
  hits: SearchHit[];
  /** The cursor of the next page (give it as `after`), or null when this page is the last. */
  next: string | null;
}

export interface StoreCounts {
  articles: number;
  duplicates: number;
  failures: number;
  sameContent: number;
}

export const ENTITY_TYPES = ['person', 'organization', 'location', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One entity a reference (id, name or alias) may mean, for disambiguation. */
export interface EntityMatch {
  id: string;
  type: EntityType;
  /** The knowledge base's finer kind (country, city, armed-force...), or null. */
  kind: string | null;
  name: string;
  /** Articles (duplicates excluded) that mention it. */
  articles: number;
  mentions: number;
  /** How the reference matched: the id itself, the canonical name, or another name it was written as. */
  matchedBy: 'id' | 'name' | 'alias';
}

/** The article a fact or a count comes from. */
export interface ArticleRef {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  site: { name: string | null; domain: string | null };
}

export interface EntityGeoPoint {
  lat: number;
  lon: number;
  cc: string | null;
  admin1: string | null;
  kind: string | null;
}

export const TIME_INTERVALS = ['day', 'week', 'month', 'year'] as const;
export type TimeInterval = (typeof TIME_INTERVALS)[number];

export interface EntityProfileQuery {
  /** An entity id; a name or alias is accepted when it means exactly one entity. */
  id: string;
  /** Inclusive publication-day bounds, as in SearchQuery. */
  from?: string;
  to?: string;
  interval: TimeInterval;
  limitCoMentions: number;
  limitArticles: number;
}

export interface EntityProfile {
  id: string;
  type: EntityType;
  kind: string | null;
  name: string;
  aliases: string[];
  countries: string[];
  geo: EntityGeoPoint | null;
  /** Roles written next to the entity's name, most frequent first, with the articles they were seen in. */
  roles: { text: string; articles: number }[];
  /** Totals within the date bounds (duplicates excluded). */
  mentions: number;
  articles: number;
  /** One bucket per period with at least one article, oldest first. `period`: 2025-02-06 (day), the Monday of a week (week), 2025-02 (month), 2025 (year). */
  series: { period: string; articles: number; mentions: number }[];
  /** Entities in the same articles, by number of shared articles. */
  coMentions: { id: string; name: string; type: EntityType; articles: number }[];
  /** Newest first. */
  latestArticles: ArticleRef[];
}

export interface QuoteQuery {
  /** The speaker: an entity id, or a name (matched through the entity's names, and against the speaker name stored with the quote). */
  speaker?: string;
  /** Words the quote must contain (all of them; FTS syntax as in search). */
  text?: string;
  /** An entity id or name the article mentions. */
  about?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
  includeDuplicates?: boolean;
}

export interface QuoteHit {
  article: ArticleRef;
  /** The quoted words. */
  text: string;
  /** Offsets of the quotation in the article's text. */
  start: number;
  end: number;
  speaker: { name: string | null; role: string | null; entity: string | null } | null;
  /** The reporting verb's lemma ("say", "tell"), or null. */
  verb: string | null;
  rule: string;
}

export interface QuotePage {
  total: number;
  quotes: QuoteHit[];
}

export interface TimelineQuery {
  /** Facts of the articles mentioning this entity (id or name)... */
  entity?: string;
  /** ...or of the articles matching these words (both: articles matching both). */
  query?: string;
  /** Bounds on the facts' own values (YYYY, YYYY-MM, YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  limit: number;
  includeDuplicates?: boolean;
}

export interface TimelineEvent {
  /** TIMEX3 value (2024-01-30, 2024-01, 2015/2016...), the sort key. */
  value: string;
  /** DATE or TIME. */
  type: string;
  /** The expression as written. */
  text: string;
  stated: boolean;
  layer: string;
  start: number;
  end: number;
  /** The sentence the expression sits in (body and title; null for captions). */
  sentence: string | null;
  article: ArticleRef;
}

export interface Timeline {
  events: TimelineEvent[];
  /** True when the articles in scope were more than the query reads (the newest were kept). */
  sampled: boolean;
}

export interface PlacesQuery {
  query?: string;
  entity?: string;
  from?: string;
  to?: string;
  /** ISO code or country name: only places in that country. */
  country?: string;
  limit: number;
  includeDuplicates?: boolean;
}

export interface PlaceFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; name: string; kind: string | null; cc: string | null; articles: number; mentions: number };
}

/** GeoJSON (RFC 7946); `sampled` is a foreign member saying whether the article scope was cut. */
export interface PlacesCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
  sampled: boolean;
}

export interface NetworkQuery {
  query?: string;
  entity?: string;
  /** Only these entity types (all when absent). */
  types?: readonly EntityType[];
  from?: string;
  to?: string;
  /** Smallest edge weight kept. */
  minWeight: number;
  /** Most edges returned, heaviest first. */
  limit: number;
  includeDuplicates?: boolean;
}

export interface NetworkNode {
  id: string;
  name: string;
  type: EntityType;
  /** Articles in scope mentioning it. */
  articles: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Articles in scope in which both appear. */
  weight: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  sampled: boolean;
}

/** Which stored records `records` yields (the same bounds and default as search). */
export interface RecordFilter {
  /** Inclusive bounds on the publication day (YYYY-MM-DD, or a prefix such as 2025 or 2025-02). */
  from?: string;
  to?: string;
  /** Also yield articles linked as duplicates of another (left out by default). */
  includeDuplicates?: boolean;
}

export interface Store {
  /** Stores a batch of output lines: all of them or (on a crash) none. */
  put(lines: readonly OutputLine[]): PutResult[];
  /** Every document id the store knows (articles, failures, sightings of same content): what --resume skips. */
  knownIds(): Set<string>;
  search(query: SearchQuery): SearchPage;
  counts(): StoreCounts;
  /** Every stored article's record, as stored, in storage order (one at a time: constant memory). */
  records(filter?: RecordFilter): IterableIterator<ArticleRecord>;
  /** The stored article's record with this id, or null when no article has it. */
  record(id: string): ArticleRecord | null;
  /** The entities an id, name or alias may mean, most mentioned first; empty when none. */
  resolveEntity(ref: string): EntityMatch[];
  /** Names close to a reference that matched nothing ("Medvedv" -> "Medvedev"), for error messages. */
  suggestEntities(ref: string, limit: number): EntityMatch[];
  /** Null when the id (or name) matches no entity or several. */
  entityProfile(query: EntityProfileQuery): EntityProfile | null;
  quotes(query: QuoteQuery): QuotePage;
  timeline(query: TimelineQuery): Timeline;
  places(query: PlacesQuery): PlacesCollection;
  network(query: NetworkQuery): Network;
  close(): void;
}
