/**
 * Migration 3: entities. Per article, one row per entity (`article_entities`) and one per mention
 * (`entity_mentions`); across the corpus, one row per entity (`entities`, with running counts), the
 * names it was written as (`entity_names`, for "Medvedev" -> its id), the roles seen next to it
 * (`entity_roles`) and co-mention counts per pair (`entity_pairs`). Quotes gain the speaker's entity
 * id, and a full-text index of their words for the quote bank (keyed by article and offset, not by
 * rowid: VACUUM may renumber the rowids of a table without an INTEGER PRIMARY KEY).
 *
 * Entities are keyed by an integer `key` inside the database (pairs and per-article rows stay small);
 * `id` is the record's stable id. The corpus-wide counts (`entities.articles`, `entities.mentions`,
 * `entity_roles.articles`, `entity_pairs.articles`) count original articles only: a duplicate's
 * entities are stored with it (search --duplicates finds it) but never counted twice.
 *
 * `article_entities` repeats the article's publication day and instant and whether it is an original
 * (all fixed when the article is stored), so the questions about one entity (its articles newest
 * first, its mentions per month) are range scans of one index, with no join.
 *
 * Articles stored before this migration were made before records had entities: they have none
 * until they are ingested again into a new database.
 */
export const MIGRATION_003 = `
CREATE TABLE entities (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  kind TEXT,
  name TEXT NOT NULL,
  countries TEXT NOT NULL DEFAULT '',
  lat REAL,
  lon REAL,
  cc TEXT,
  admin1 TEXT,
  geo_kind TEXT,
  articles INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_type_articles ON entities(type, articles);
CREATE INDEX entities_cc ON entities(cc, type);

CREATE TABLE article_entities (
  article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
  entity INTEGER NOT NULL REFERENCES entities(key),
  mentions INTEGER NOT NULL,
  first_offset INTEGER,
  in_title INTEGER NOT NULL,
  salience REAL NOT NULL,
  published_day TEXT,
  published_at INTEGER,
  original INTEGER NOT NULL,
  PRIMARY KEY (article, entity)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity_at ON article_entities(entity, original, published_at);
CREATE INDEX article_entities_entity_day ON article_entities(entity, original, published_day, mentions);

CREATE TABLE entity_mentions (
  article INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
  entity INTEGER NOT NULL REFERENCES entities(key),
  layer TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  form TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL,
  PRIMARY KEY (article, entity, layer, start_offset)
) WITHOUT ROWID;

CREATE TABLE entity_names (
  name_key TEXT NOT NULL,
  entity INTEGER NOT NULL REFERENCES entities(key),
  name TEXT NOT NULL,
  PRIMARY KEY (name_key, entity)
) WITHOUT ROWID;
CREATE INDEX entity_names_entity ON entity_names(entity);

CREATE TABLE entity_roles (
  entity INTEGER NOT NULL REFERENCES entities(key),
  role_key TEXT NOT NULL,
  text TEXT NOT NULL,
  articles INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity, role_key)
) WITHOUT ROWID;

CREATE TABLE entity_pairs (
  a INTEGER NOT NULL,
  b INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX entity_pairs_b ON entity_pairs(b, a);

ALTER TABLE quotes ADD COLUMN speaker_entity TEXT;
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity);

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, article UNINDEXED, start_offset UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO quotes_fts (text, article, start_offset) SELECT text, article, start_offset FROM quotes;
`;
