/**
 * Migration 1: articles with their record JSON, the normalized fact tables, failures, sightings of
 * already-stored content, MinHash bands for near-duplicate look-up, and the full-text index.
 *
 * Offsets are named start_offset / end_offset because END is an SQL keyword. Entities get their own
 * tables in a later migration (entities, mentions with offsets), joined on article like the rest.
 */
export const MIGRATION_001 = `
CREATE TABLE articles (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT,
  title TEXT,
  site_name TEXT,
  site_domain TEXT,
  published TEXT,
  published_at INTEGER,
  published_day TEXT,
  language TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  duplicate_of INTEGER REFERENCES articles(key),
  duplicate_reason TEXT CHECK (duplicate_reason IN ('same-url', 'near-duplicate')),
  similarity REAL,
  shingle_count INTEGER NOT NULL,
  signature BLOB NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published_at ON articles(published_at);
CREATE INDEX articles_published_day ON articles(published_day);
CREATE INDEX articles_site_domain ON articles(site_domain COLLATE NOCASE);
CREATE INDEX articles_site_name ON articles(site_name COLLATE NOCASE);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE authors (
  article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  found_in TEXT NOT NULL
);
CREATE INDEX authors_article ON authors(article);
CREATE INDEX authors_name ON authors(name COLLATE NOCASE);

CREATE TABLE dates (
  article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  stated INTEGER NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX dates_article ON dates(article);
CREATE INDEX dates_value ON dates(value);

CREATE TABLE quotes (
  article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  speaker_role TEXT,
  verb TEXT,
  rule TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);

CREATE TABLE amounts (
  article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT,
  count_type TEXT,
  rule TEXT NOT NULL
);
CREATE INDEX amounts_article ON amounts(article);
CREATE INDEX amounts_count_type ON amounts(count_type);

CREATE TABLE failures (
  id TEXT PRIMARY KEY,
  path TEXT,
  url TEXT,
  container_kind TEXT NOT NULL,
  container_index INTEGER,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  record TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
CREATE INDEX failures_code ON failures(code);

CREATE TABLE sightings (
  id TEXT PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
  path TEXT,
  url TEXT,
  seen_at TEXT NOT NULL
);

CREATE TABLE minhash_bands (
  band INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, article)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, authors, site, tokenize = 'unicode61 remove_diacritics 2');
`;
