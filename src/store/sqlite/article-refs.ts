/** The short description of an article that every corpus answer points to: id, title, date, URL, site. */
import type BetterSqlite3 from 'better-sqlite3';
import type { ArticleRef } from '../store.js';

/** Columns of `a` (articles) that make an ArticleRef; rows selected with them go through toArticleRef. */
export const ARTICLE_REF_COLUMNS = 'a.id AS article_id, a.title AS article_title, a.url AS article_url, a.published AS article_published, a.site_name AS article_site_name, a.site_domain AS article_site_domain';

export interface ArticleRefRow {
  article_id: string;
  article_title: string | null;
  article_url: string | null;
  article_published: string | null;
  article_site_name: string | null;
  article_site_domain: string | null;
}

export function toArticleRef(row: ArticleRefRow): ArticleRef {
  return {
    id: row.article_id,
    title: row.article_title,
    url: row.article_url,
    published: row.article_published,
    site: { name: row.article_site_name, domain: row.article_site_domain },
  };
}

/** The articles with these keys, in the order given. */
export function articleRefs(db: BetterSqlite3.Database, keys: readonly number[]): ArticleRef[] {
  if (keys.length === 0) return [];
  const rows = db
    .prepare(`SELECT a.key, ${ARTICLE_REF_COLUMNS} FROM articles a WHERE a.key IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(keys)) as (ArticleRefRow & { key: number })[];
  const byKey = new Map(rows.map((row) => [row.key, toArticleRef(row)]));
  return keys.flatMap((key) => byKey.get(key) ?? []);
}
