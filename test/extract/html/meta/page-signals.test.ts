import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { collectPageSignals, PageSignalCollector } from '../../../../src/extract/html/meta/page-signals.js';
import { parseHtml } from '../../../../src/extract/html/parse.js';

/** A regional paper's story page: head metadata, a site header, the story with its byline, comments and a footer. */
const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Ferry timetable cut for winter | The Harbour Gazette</title>
  <meta property="og:title" content="Ferry timetable cut for winter">
  <meta name="author" content="Morag Lindsay">
  <meta itemprop="datePublished dateCreated" content="2024-10-02T07:15:00Z">
  <link rel="canonical" href="https://gazette.example/news/ferry-timetable">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable cut for winter"}</script>
  <script>window.ads = [];</script>
</head>
<body class="has-sidebar">
  <header class="site-header"><h1>The Harbour Gazette</h1><nav><a href="/">Home</a></nav></header>
  <svg><title>Gazette logo</title></svg>
  <article>
    <h1>Ferry timetable cut for <em>winter</em></h1>
    <div class="byline">By <a rel="author" href="/staff/morag">Morag Lindsay</a>,
      <time datetime="2024-10-02T07:15:00Z">2 October 2024</time></div>
    <p class="article-date">Updated: 3 October 2024</p>
    <p>The island crossing will run twice a day from November, the operator said.</p>
  </article>
  <section class="comments">
    <div class="comment-author">Islander99</div>
    <time datetime="2024-10-03T09:00:00Z">3 October</time>
  </section>
  <footer><span class="author">Site by the web team</span></footer>
</body>
</html>`;

function gatheredWhileParsing(html: string) {
  const collector = new PageSignalCollector();
  parseHtml(html, undefined, collector);
  return collector.finish();
}

describe('PageSignalCollector', () => {
  it('gathers during the parse exactly what a walk over the finished page gathers', () => {
    expect(gatheredWhileParsing(PAGE)).toEqual(collectPageSignals(parseDocument(PAGE)));
  });

  it('reads the head, the article headline and the byline with its date', () => {
    const signals = gatheredWhileParsing(PAGE);
    expect(signals.htmlLang).toBe('en-GB');
    expect(signals.title).toBe('Ferry timetable cut for winter | The Harbour Gazette');
    expect(signals.metas.get('datecreated')).toEqual(['2024-10-02T07:15:00Z']);
    expect(signals.canonical).toBe('https://gazette.example/news/ferry-timetable');
    expect(signals.jsonLd).toHaveLength(1);
    // The article's own <h1> replaces the masthead's.
    expect(signals.h1).toBe('Ferry timetable cut for winter');
    expect(signals.h1InArticle).toBe(true);
    expect(signals.relAuthors).toEqual(['Morag Lindsay']);
    expect(signals.bylines.map((b) => b.text)).toEqual(['By Morag Lindsay, 2 October 2024']);
  });

  it('marks a date inside the byline, and leaves out comments, footers and svg titles', () => {
    const signals = gatheredWhileParsing(PAGE);
    expect(signals.times.map((t) => [t.datetime ?? t.text, t.inByline, t.byClass])).toEqual([
      ['2024-10-02T07:15:00Z', true, false],
      ['Updated: 3 October 2024', false, true],
    ]);
    expect(signals.times[1]?.modified).toBe(false);
    expect(JSON.stringify(signals)).not.toContain('Islander99');
    expect(JSON.stringify(signals)).not.toContain('web team');
    expect(signals.title).not.toContain('logo');
  });

  it('gives the same answer on a page cut off mid-element', () => {
    const cut = PAGE.slice(0, PAGE.indexOf('<p>The island'));
    expect(gatheredWhileParsing(cut)).toEqual(collectPageSignals(parseDocument(cut)));
  });
});
