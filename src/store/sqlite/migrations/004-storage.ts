/**
 * Migration 4: storage layout for large corpora.
 *
 * - The full-text index no longer keeps its own copy of each article's text, title, authors and
 *   site: `articles_fts` becomes an external-content FTS5 table over the view `articles_fts_source`
 *   (one row per article, rowid = articles.key), which reads them from `articles` and `authors`.
 *   Same table name, same columns, same tokenizer: search, snippet() and bm25() are unchanged. The
 *   index is rebuilt from the view, so it matches what the view returns (an external-content index
 *   must). Articles are never deleted; were one deleted, its index entries would have to be removed
 *   first with FTS5's 'delete' command, given the view's values.
 *   The view orders the authors in a subquery rather than with group_concat(... ORDER BY), which
 *   SQLite only parses from 3.44: older sqlite3 shells (Debian 12 has 3.40) could not open the
 *   schema at all.
 * - `articles.record` of new rows holds the record's JSON without its text, deflated, as a BLOB
 *   (see stored-record.ts); the column keeps its declared type, which lets SQLite store BLOBs as
 *   they are. Older rows keep their JSON text: readers take both.
 * - The near-duplicate fingerprints (MinHash signature, shingle count, and the link the article was
 *   stored with) get their own narrow table, `article_fingerprints`: each candidate a new article's
 *   band keys turn up is read from it. Read from `articles`, the signature sat after the text and the
 *   record, in the row's overflow pages, so every candidate cost several page reads. New rows leave
 *   `articles.signature` empty.
 * - `amounts_count_type`, which no query uses, is dropped (each index costs a random-key B-tree
 *   insert per row at ingest). `authors_name` stays: the author filter lists the distinct stored
 *   names that contain the words, then finds their articles by equality through it.
 * - `dates_article_value` serves the timeline: an article's dates in value order, read from the
 *   index alone (the timeline of a common entity went from 76 / 253 to 17 / 44 ms p50 / p95 at
 *   100,000 articles).
 */
export const MIGRATION_004 = `
DROP TABLE articles_fts;
CREATE VIEW articles_fts_source AS
  SELECT a.key AS key,
    coalesce(a.title, '') AS title,
    a.text AS text,
    coalesce((SELECT group_concat(name, ', ') FROM (SELECT au.name FROM authors au WHERE au.article = a.key ORDER BY au.position)), '') AS authors,
    coalesce(a.site_name || ' ' || a.site_domain, a.site_name, a.site_domain, '') AS site
  FROM articles a;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, authors, site,
  content = 'articles_fts_source', content_rowid = 'key', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
CREATE TABLE article_fingerprints (
  article INTEGER PRIMARY KEY REFERENCES articles(key) ON DELETE CASCADE,
  duplicate_of INTEGER,
  shingle_count INTEGER NOT NULL,
  signature BLOB NOT NULL
);
INSERT INTO article_fingerprints (article, duplicate_of, shingle_count, signature)
  SELECT key, duplicate_of, shingle_count, signature FROM articles;
CREATE INDEX dates_article_value ON dates(article, value, type);
DROP INDEX amounts_count_type;
`;
