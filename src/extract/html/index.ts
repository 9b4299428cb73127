import { type Article, type ExtractHints, emptyArticle } from '../article.js';

/** PLACEHOLDER until the HTML extractor lands. */
export function extractHtml(_html: string, _hints: ExtractHints): Article {
  return emptyArticle('html/placeholder');
}
