/** The prepared statements the writer uses, compiled once per connection. */
import type BetterSqlite3 from 'better-sqlite3';

type Statement = BetterSqlite3.Statement;

export interface WriteStatements {
  articleKeyById: Statement;
  articleByContentHash: Statement;
  firstArticleByUrl: Statement;
  articleIdByKey: Statement;
  candidatesByBand: Statement;
  fingerprintByKey: Statement;
  insertFingerprint: Statement;
  insertArticle: Statement;
  insertAuthor: Statement;
  insertDate: Statement;
  insertQuote: Statement;
  insertAmount: Statement;
  insertBand: Statement;
  insertFts: Statement;
  insertSighting: Statement;
  upsertFailure: Statement;
  deleteFailure: Statement;
  insertQuoteFts: Statement;
  entities: EntityStatements;
}

/** The statements that store an article's entities and keep the corpus-wide entity counts. */
export interface EntityStatements {
  entityKeyById: Statement;
  insertEntity: Statement;
  fillEntityGeo: Statement;
  insertArticleEntity: Statement;
  insertMention: Statement;
  insertName: Statement;
  countEntity: Statement;
  countRole: Statement;
  countPair: Statement;
}

function prepareEntityStatements(db: BetterSqlite3.Database): EntityStatements {
  return {
    // The first article to name an entity sets its name and kind; a later one only adds a location it lacked.
    entityKeyById: db.prepare('SELECT key FROM entities WHERE id = ?'),
    insertEntity: db.prepare(`INSERT INTO entities (id, type, kind, name, countries, lat, lon, cc, admin1, geo_kind)
      VALUES (@id, @type, @kind, @name, @countries, @lat, @lon, @cc, @admin1, @geoKind)`),
    fillEntityGeo: db.prepare(`UPDATE entities SET lat = @lat, lon = @lon, cc = coalesce(cc, @cc), admin1 = @admin1, geo_kind = @geoKind
      WHERE key = @key AND lat IS NULL`),
    insertArticleEntity: db.prepare(`INSERT INTO article_entities
      (article, entity, mentions, first_offset, in_title, salience, published_day, published_at, original)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    // OR IGNORE: a mention listed twice (same entity, layer and start) is stored once.
    insertMention: db.prepare(`INSERT OR IGNORE INTO entity_mentions (article, entity, layer, start_offset, end_offset, text, form, rule, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertName: db.prepare('INSERT OR IGNORE INTO entity_names (name_key, entity, name) VALUES (?, ?, ?)'),
    countEntity: db.prepare('UPDATE entities SET articles = articles + 1, mentions = mentions + ? WHERE key = ?'),
    countRole: db.prepare(`INSERT INTO entity_roles (entity, role_key, text, articles) VALUES (?, ?, ?, 1)
      ON CONFLICT (entity, role_key) DO UPDATE SET articles = articles + 1`),
    countPair: db.prepare(`INSERT INTO entity_pairs (a, b, articles) VALUES (?, ?, 1)
      ON CONFLICT (a, b) DO UPDATE SET articles = articles + 1`),
  };
}

export function prepareWriteStatements(db: BetterSqlite3.Database): WriteStatements {
  return {
    articleKeyById: db.prepare('SELECT key FROM articles WHERE id = ?'),
    articleByContentHash: db.prepare('SELECT key, id FROM articles WHERE content_hash = ? ORDER BY key LIMIT 1'),
    firstArticleByUrl: db.prepare('SELECT key, duplicate_of FROM articles WHERE url = ? ORDER BY key LIMIT 1'),
    articleIdByKey: db.prepare('SELECT id FROM articles WHERE key = ?'),
    candidatesByBand: db.prepare('SELECT article FROM minhash_bands WHERE band = ? AND hash = ?'),
    // A narrow table (migration 4): in articles the signature lies past the text, in overflow pages.
    fingerprintByKey: db.prepare('SELECT article AS key, duplicate_of, signature, shingle_count FROM article_fingerprints WHERE article = ?'),
    insertFingerprint: db.prepare('INSERT INTO article_fingerprints (article, duplicate_of, shingle_count, signature) VALUES (?, ?, ?, ?)'),
    insertArticle: db.prepare(`INSERT INTO articles
      (id, url, title, site_name, site_domain, published, published_at, published_day, language, text, record,
       content_hash, duplicate_of, duplicate_reason, similarity, shingle_count, signature, ingested_at)
      VALUES (@id, @url, @title, @siteName, @siteDomain, @published, @publishedAt, @publishedDay, @language, @text, @record,
       @contentHash, @duplicateOf, @duplicateReason, @similarity, @shingleCount, @signature, @ingestedAt)`),
    insertAuthor: db.prepare('INSERT INTO authors (article, position, name, found_in) VALUES (?, ?, ?, ?)'),
    insertDate: db.prepare('INSERT INTO dates (article, layer, start_offset, end_offset, text, type, value, stated, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertQuote: db.prepare(`INSERT INTO quotes (article, layer, start_offset, end_offset, text, speaker, speaker_role, verb, rule, speaker_entity)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertQuoteFts: db.prepare('INSERT INTO quotes_fts (text, article, start_offset) VALUES (?, ?, ?)'),
    insertAmount: db.prepare('INSERT INTO amounts (article, layer, start_offset, end_offset, text, kind, value, unit, count_type, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertBand: db.prepare('INSERT OR IGNORE INTO minhash_bands (band, hash, article) VALUES (?, ?, ?)'),
    insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text, authors, site) VALUES (?, ?, ?, ?, ?)'),
    insertSighting: db.prepare('INSERT OR IGNORE INTO sightings (id, article, path, url, seen_at) VALUES (?, ?, ?, ?, ?)'),
    upsertFailure: db.prepare(`INSERT OR REPLACE INTO failures (id, path, url, container_kind, container_index, code, message, record, failed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteFailure: db.prepare('DELETE FROM failures WHERE id = ?'),
    entities: prepareEntityStatements(db),
  };
}
