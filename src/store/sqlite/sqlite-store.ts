/** The Store on an embedded SQLite file. */
import type BetterSqlite3 from 'better-sqlite3';
import type { OutputLine } from '../../record/schema.js';
import type {
  EntityMatch,
  EntityProfile,
  EntityProfileQuery,
  Network,
  NetworkQuery,
  PlacesCollection,
  PlacesQuery,
  PutResult,
  QuotePage,
  QuoteQuery,
  SearchPage,
  SearchQuery,
  Store,
  StoreCounts,
  Timeline,
  TimelineQuery,
} from '../store.js';
import { openDatabase } from './connection.js';
import { entityProfile } from './entity-profile.js';
import { network } from './network.js';
import { places } from './places.js';
import { searchQuotes } from './quote-bank.js';
import { resolveEntity, suggestEntities } from './resolve-entity.js';
import { timeline } from './timeline.js';
import { iterateRecords } from './iterate-records.js';
import type { ArticleRecord } from '../../record/schema.js';
import type { RecordFilter } from '../store.js';
import { searchArticles } from './search.js';
import { readStoredRecord } from './stored-record.js';
import { type WriteStatements, prepareWriteStatements } from './statements.js';
import { writeRecord } from './write-record.js';

export class SqliteStore implements Store {
  readonly #db: BetterSqlite3.Database;
  #statements: WriteStatements | null = null;

  constructor(path: string, options: { readonly?: boolean } = {}) {
    this.#db = openDatabase(path, options);
  }

  /** Write statements are compiled on first use: a read-only store (search) never needs them. */
  #writer(): WriteStatements {
    this.#statements ??= prepareWriteStatements(this.#db);
    return this.#statements;
  }

  put(lines: readonly OutputLine[]): PutResult[] {
    const statements = this.#writer();
    const now = new Date().toISOString();
    // One transaction for the batch: after a crash, every document of it is stored or none is.
    return this.#db.transaction(() => lines.map((line) => writeRecord(statements, line, now)))();
  }

  knownIds(): Set<string> {
    const ids = new Set<string>();
    const union = 'SELECT id FROM articles UNION ALL SELECT id FROM failures UNION ALL SELECT id FROM sightings';
    for (const row of this.#db.prepare(union).iterate() as Iterable<{ id: string }>) ids.add(row.id);
    return ids;
  }

  search(query: SearchQuery): SearchPage {
    return searchArticles(this.#db, query);
  }

  counts(): StoreCounts {
    const count = (sql: string): number => (this.#db.prepare(sql).get() as { n: number }).n;
    return {
      articles: count('SELECT COUNT(*) AS n FROM articles'),
      duplicates: count('SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
      failures: count('SELECT COUNT(*) AS n FROM failures'),
      sameContent: count('SELECT COUNT(*) AS n FROM sightings'),
    };
  }

  records(filter: RecordFilter = {}): IterableIterator<ArticleRecord> {
    return iterateRecords(this.#db, filter);
  }

  record(id: string): ArticleRecord | null {
    const row = this.#db.prepare('SELECT record, text FROM articles WHERE id = ?').get(id) as { record: Buffer | string; text: string } | undefined;
    return row === undefined ? null : readStoredRecord(row.record, row.text);
  }

  resolveEntity(ref: string): EntityMatch[] {
    return resolveEntity(this.#db, ref);
  }

  suggestEntities(ref: string, limit: number): EntityMatch[] {
    return suggestEntities(this.#db, ref, limit);
  }

  entityProfile(query: EntityProfileQuery): EntityProfile | null {
    return entityProfile(this.#db, query);
  }

  quotes(query: QuoteQuery): QuotePage {
    return searchQuotes(this.#db, query);
  }

  timeline(query: TimelineQuery): Timeline {
    return timeline(this.#db, query);
  }

  places(query: PlacesQuery): PlacesCollection {
    return places(this.#db, query);
  }

  network(query: NetworkQuery): Network {
    return network(this.#db, query);
  }

  close(): void {
    this.#db.close();
  }
}
