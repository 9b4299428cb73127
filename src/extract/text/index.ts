import { type Article, type ExtractHints, emptyArticle } from '../article.js';

/** PLACEHOLDER until the plain-text extractor lands. */
export function extractText(_text: string, _hints: ExtractHints): Article {
  return emptyArticle('text/placeholder');
}
