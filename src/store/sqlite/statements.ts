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
}

export function prepareWriteStatements(db: BetterSqlite3.Database): WriteStatements {
  return {
    articleKeyById: db.prepare('SELECT key FROM articles WHERE id = ?'),
    articleByContentHash: db.prepare('SELECT key, id FROM articles WHERE content_hash = ? ORDER BY key LIMIT 1'),
    firstArticleByUrl: db.prepare('SELECT key, duplicate_of FROM articles WHERE url = ? ORDER BY key LIMIT 1'),
    articleIdByKey: db.prepare('SELECT id FROM articles WHERE key = ?'),
    candidatesByBand: db.prepare('SELECT article FROM minhash_bands WHERE band = ? AND hash = ?'),
    fingerprintByKey: db.prepare('SELECT key, duplicate_of, signature, shingle_count FROM articles WHERE key = ?'),
    insertArticle: db.prepare(`INSERT INTO articles
      (id, url, title, site_name, site_domain, published, published_at, published_day, language, text, record,
       content_hash, duplicate_of, duplicate_reason, similarity, shingle_count, signature, ingested_at)
      VALUES (@id, @url, @title, @siteName, @siteDomain, @published, @publishedAt, @publishedDay, @language, @text, @record,
       @contentHash, @duplicateOf, @duplicateReason, @similarity, @shingleCount, @signature, @ingestedAt)`),
    insertAuthor: db.prepare('INSERT INTO authors (article, position, name, found_in) VALUES (?, ?, ?, ?)'),
    insertDate: db.prepare('INSERT INTO dates (article, layer, start_offset, end_offset, text, type, value, stated, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertQuote: db.prepare('INSERT INTO quotes (article, layer, start_offset, end_offset, text, speaker, speaker_role, verb, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertAmount: db.prepare('INSERT INTO amounts (article, layer, start_offset, end_offset, text, kind, value, unit, count_type, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    insertBand: db.prepare('INSERT OR IGNORE INTO minhash_bands (band, hash, article) VALUES (?, ?, ?)'),
    insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text, authors, site) VALUES (?, ?, ?, ?, ?)'),
    insertSighting: db.prepare('INSERT OR IGNORE INTO sightings (id, article, path, url, seen_at) VALUES (?, ?, ?, ?, ?)'),
    upsertFailure: db.prepare(`INSERT OR REPLACE INTO failures (id, path, url, container_kind, container_index, code, message, record, failed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteFailure: db.prepare('DELETE FROM failures WHERE id = ?'),
  };
}
