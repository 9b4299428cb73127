/**
 * Turns a synthetic article into a JSON Lines input document: a small HTML page (site chrome,
 * metadata, byline, a figure, related links) or a plain-text scrape (title, byline and date lines,
 * paragraphs, a promo line), the two shapes newsgraph meets most.
 */
import { fullDate } from './calendar.js';
import type { SynthArticle } from './article.js';

/** One line of the `jsonl` input format. */
export interface SynthDocument {
  id: string;
  url: string;
  title: string;
  published: string;
  html?: string;
  text?: string;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Straight double quotes to typographic ones, paired within each paragraph. */
export function curlQuotes(paragraph: string): string {
  let open = true;
  return paragraph.replace(/"/g, () => {
    const mark = open ? '\u201c' : '\u201d';
    open = !open;
    return mark;
  });
}

function bodyParagraphs(article: SynthArticle): string[] {
  return article.site.curlyQuotes ? article.paragraphs.map(curlQuotes) : article.paragraphs;
}

function byline(authors: readonly string[]): string {
  return `By ${authors.join(' and ')}`;
}

export function renderHtml(article: SynthArticle): string {
  const title = escapeHtml(article.title);
  const site = escapeHtml(article.site.name);
  const paragraphs = bodyParagraphs(article).map((p) => `<p>${escapeHtml(p)}</p>`);
  // A figure after the second paragraph: its caption and credit belong in media, not in the text.
  const figure =
    `<figure><img src="/images/${article.index.toString(36)}.jpg" alt="${title}">` +
    `<figcaption>${escapeHtml(article.paragraphs[0]?.split('. ')[0] ?? article.title)}. <span class="credit">Photo: ${site}</span></figcaption></figure>`;
  if (paragraphs.length > 2) paragraphs.splice(2, 0, figure);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${title} | ${site}</title>`,
    `<meta property="og:site_name" content="${site}">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="article:published_time" content="${article.published}">`,
    ...article.authors.map((author) => `<meta name="author" content="${escapeHtml(author)}">`),
    `<link rel="canonical" href="${article.url}">`,
    '</head><body>',
    `<header><a href="/">${site}</a><nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>`,
    '<main><article>',
    `<h1>${title}</h1>`,
    `<p class="byline">${escapeHtml(byline(article.authors))}</p>`,
    `<time datetime="${article.published}">${fullDate(article.day)}</time>`,
    ...paragraphs,
    '</article>',
    '<aside class="related"><h2>Related stories</h2><ul><li><a href="/more">More from this section</a></li></ul></aside>',
    '</main>',
    `<footer><p>&copy; ${site}. All rights reserved.</p></footer>`,
    '</body></html>',
  ].join('\n');
}

export function renderText(article: SynthArticle): string {
  return [
    article.title,
    '',
    byline(article.authors),
    fullDate(article.day),
    '',
    bodyParagraphs(article).join('\n\n'),
    '',
    `Read more from ${article.site.name}`,
    '',
  ].join('\n');
}

export function renderDocument(article: SynthArticle): SynthDocument {
  const document: SynthDocument = { id: article.id, url: article.url, title: article.title, published: article.published };
  if (article.format === 'html') document.html = renderHtml(article);
  else document.text = renderText(article);
  return document;
}
