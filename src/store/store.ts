/**
 * The Store: where records live after extraction. Storage-agnostic: the CLI (and later the HTTP
 * API) talk to this interface only; src/store/sqlite/ is the embedded implementation, and a server
 * database would be another.
 *
 * The calls are synchronous because the embedded database is: a client-server backend would add an
 * asynchronous twin of this interface rather than make every SQLite call pay for promises.
 */
import type { OutputLine } from '../record/schema.js';

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
export const HAS_KINDS = ['quotes', 'dates', 'amounts', 'authors'] as const;
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
  // Entity filters (--entity, --person, --place, --country) join the entities table once the
  // entities annotator lands; they belong here as optional fields like `author`.
  limit: number;
  offset: number;
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
  /** Matches in all, before paging. */
  total: number;
  hits: SearchHit[];
}

export interface StoreCounts {
  articles: number;
  duplicates: number;
  failures: number;
  sameContent: number;
}

export interface Store {
  /** Stores a batch of output lines: all of them or (on a crash) none. */
  put(lines: readonly OutputLine[]): PutResult[];
  /** Every document id the store knows (articles, failures, sightings of same content): what --resume skips. */
  knownIds(): Set<string>;
  search(query: SearchQuery): SearchPage;
  counts(): StoreCounts;
  close(): void;
}
