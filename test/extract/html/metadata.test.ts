import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/extract/html/metadata.js';

const run = (html: string, url?: string) => extractMetadata(parseDocument(html), url === undefined ? {} : { url });

const NEWS_SITE_WITH_GRAPH = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Ferry strike ends after two weeks of talks | Harbour Gazette</title>
  <link rel="canonical" href="/2024/03/04/ferry-strike-ends/">
  <meta property="og:site_name" content="Harbour Gazette">
  <meta property="og:title" content="Ferry strike ends after two weeks of talks">
  <meta property="og:description" content="Crews return to work on Monday after the union accepted a pay offer.">
  <meta property="article:published_time" content="2024-03-04T08:00:00+01:00">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"Organization","@id":"https://harbourgazette.example/#org","name":"Harbour Gazette"},
    {"@type":"NewsArticle","@id":"https://harbourgazette.example/2024/03/04/ferry-strike-ends/#article",
     "headline":"Ferry strike ends after two weeks of talks",
     "author":[{"@id":"https://harbourgazette.example/#/person/1"},{"@id":"https://harbourgazette.example/#/person/2"}],
     "publisher":{"@id":"https://harbourgazette.example/#org"},
     "datePublished":"2024-03-04T07:00:00+00:00","dateModified":"2024-03-04T09:30:00+00:00",
     "articleBody":"Crews return to work on Monday. The union accepted a 4% rise."},
    {"@type":"Person","@id":"https://harbourgazette.example/#/person/1","name":"Morag Quinn"},
    {"@type":"Person","@id":"https://harbourgazette.example/#/person/2","name":"Euan Baird"}
  ]}
  </script>
</head>
<body>
  <header class="site-header"><h1 class="logo">Harbour Gazette</h1></header>
  <article>
    <h1>Ferry strike ends after two weeks of talks</h1>
    <div class="byline">By <a rel="author" href="/authors/mq">Morag Quinn</a> and <a rel="author" href="/authors/eb">Euan Baird</a></div>
    <p>Crews return to work on Monday.</p>
  </article>
  <section class="comments"><span class="comment-author">Angry Reader</span></section>
</body>
</html>`;

const BLOG_WITH_META_AUTHOR = `<html>
<head>
  <meta http-equiv="Content-Language" content="en-US">
  <title>Twelve months of growing chillies on a balcony – Pepper Diaries</title>
  <meta name="author" content="Sunita Rao">
  <meta name="description" content="What worked, what died, and what I would do again.">
  <meta name="application-name" content="Pepper Diaries">
</head>
<body>
  <div id="sidebar"><div class="recent-posts"><time datetime="2023-01-02">2 Jan</time></div></div>
  <main>
    <article class="post">
      <header class="entry-header">
        <h1 class="entry-title">Twelve months of growing chillies on a balcony</h1>
        <p class="entry-meta">Posted on <time class="entry-date published" datetime="2023-11-05T18:20:00+00:00">5 November 2023</time>
        <time class="updated" datetime="2023-11-07T10:00:00+00:00">7 November 2023</time></p>
      </header>
      <p>Last spring I bought six seedlings.</p>
    </article>
  </main>
</body>
</html>`;

const WIRE_PAGE_VISIBLE_DATELINE = `<html><head><title>Quake shakes coastal towns</title></head>
<body>
  <div class="story">
    <h1>Quake shakes coastal towns</h1>
    <div class="story-byline">By MARIA LOPEZ and DAVID CHO, Associated Press</div>
    <div class="story-timestamp">Updated 3:12 PM EDT, March 5, 2024</div>
    <p>LIMA, Peru (AP) — A strong earthquake shook the coast early on Tuesday.</p>
  </div>
  <ul class="related-stories"><li><span class="date">March 1, 2024</span> Earlier tremor</li></ul>
</body></html>`;

const MALFORMED_JSON_LD = `<html lang="de"><head>
  <title>Neue Radwege für die Altstadt - Stadtanzeiger</title>
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Neue Radwege für die Altstadt",
    "description": "Der Stadtrat beschließt
    ein neues Netz",
    "author": {"@type": "Person", "name": "Jonas Weber",},
    "datePublished": "2024-05-14T06:30:00+02:00",
  }
  </script>
  <script type="application/ld+json">{ this is not json at all </script>
</head><body><p>Text.</p></body></html>`;

describe('extractMetadata on a news site with a JSON-LD @graph', () => {
  const meta = run(NEWS_SITE_WITH_GRAPH, 'https://harbourgazette.example/2024/03/04/ferry-strike-ends/?utm=x');

  it('takes the headline without the site suffix', () => {
    expect(meta.title).toBe('Ferry strike ends after two weeks of talks');
  });
  it('takes both Person authors, resolved by @id, from JSON-LD', () => {
    expect(meta.authors).toEqual([
      { name: 'Morag Quinn', from: 'json-ld' },
      { name: 'Euan Baird', from: 'json-ld' },
    ]);
  });
  it('prefers JSON-LD dates and keeps their offsets', () => {
    expect(meta.published).toEqual({ value: '2024-03-04T07:00:00+00:00', from: 'metadata', detail: 'json-ld:datePublished' });
    expect(meta.modified).toEqual({ value: '2024-03-04T09:30:00+00:00', from: 'metadata', detail: 'json-ld:dateModified' });
  });
  it('reads site name, canonical URL (made absolute), language, description and body', () => {
    expect(meta.siteName).toBe('Harbour Gazette');
    expect(meta.canonicalUrl).toBe('https://harbourgazette.example/2024/03/04/ferry-strike-ends/');
    expect(meta.language).toBe('en');
    expect(meta.description).toBe('Crews return to work on Monday after the union accepted a pay offer.');
    expect(meta.jsonLdBody).toBe('Crews return to work on Monday. The union accepted a 4% rise.');
  });
});

describe('extractMetadata on a blog with a meta author and <time>', () => {
  const meta = run(BLOG_WITH_META_AUTHOR);

  it('takes the author from the meta tag', () => {
    expect(meta.authors).toEqual([{ name: 'Sunita Rao', from: 'meta' }]);
  });
  it('takes the <time> in the article header, not the one in the sidebar', () => {
    expect(meta.published).toEqual({ value: '2023-11-05T18:20:00+00:00', from: 'metadata', detail: 'article:time[datetime]' });
  });
  it('reads the modification date from the <time class="updated">', () => {
    expect(meta.modified?.value).toBe('2023-11-07T10:00:00+00:00');
  });
  it('strips the blog name, which application-name declares', () => {
    expect(meta.title).toBe('Twelve months of growing chillies on a balcony');
    expect(meta.siteName).toBe('Pepper Diaries');
  });
  it('reads the language from http-equiv content-language', () => {
    expect(meta.language).toBe('en');
  });
  it('has no canonical URL when the page declares none and no URL is known', () => {
    expect(meta.canonicalUrl).toBeNull();
  });
});

describe('extractMetadata on a wire page with only a visible dateline', () => {
  const meta = run(WIRE_PAGE_VISIBLE_DATELINE);

  it('parses the byline element, dropping the agency and title-casing the names', () => {
    expect(meta.authors).toEqual([
      { name: 'Maria Lopez', from: 'byline' },
      { name: 'David Cho', from: 'byline' },
    ]);
  });
  it('reads the visible timestamp as text, with its zone, and ignores the related-stories date', () => {
    expect(meta.published).toEqual({ value: '2024-03-05T15:12:00-04:00', from: 'text', detail: 'class:date:text' });
  });
  it('says nothing it does not know', () => {
    expect(meta.siteName).toBeNull();
    expect(meta.language).toBeNull();
    expect(meta.description).toBeNull();
    expect(meta.jsonLdBody).toBeNull();
  });
});

describe('extractMetadata on malformed JSON-LD', () => {
  const meta = run(MALFORMED_JSON_LD);

  it('still reads the headline, author, date and description', () => {
    expect(meta.title).toBe('Neue Radwege für die Altstadt');
    expect(meta.authors).toEqual([{ name: 'Jonas Weber', from: 'json-ld' }]);
    expect(meta.published?.value).toBe('2024-05-14T06:30:00+02:00');
    expect(meta.description).toBe('Der Stadtrat beschließt ein neues Netz');
    expect(meta.language).toBe('de');
  });
});

describe('extractMetadata fallbacks', () => {
  it('falls back to the date in the URL', () => {
    const meta = run('<html><head><title>Budget passes</title></head><body><p>x</p></body></html>', 'https://town.example/news/2022/06/17/budget-passes');
    expect(meta.published).toEqual({ value: '2022-06-17', from: 'url', detail: 'url:ymd-path' });
  });

  it('uses og:url when there is no canonical link, and og:locale for the language', () => {
    const meta = run('<html><head><meta property="og:url" content="https://town.example/a"><meta property="og:locale" content="pt_BR"></head></html>');
    expect(meta.canonicalUrl).toBe('https://town.example/a');
    expect(meta.language).toBe('pt');
  });

  it('does not take the site itself as an author, and reads article:author only when it is a name', () => {
    const meta = run(`<html><head>
      <meta property="og:site_name" content="Town Crier">
      <meta name="author" content="Town Crier">
      <meta property="article:author" content="https://www.facebook.com/towncrier">
      </head><body><span class="author-name">Ola Nordmann</span></body></html>`);
    expect(meta.authors).toEqual([{ name: 'Ola Nordmann', from: 'byline' }]);
  });

  it('skips bylines and dates in comments and related stories, but not under layout classes on <body>', () => {
    const meta = run(`<html><body class="one-sidebar sidebar-second has-comments">
      <div id="comments"><span class="comment-author">Angry Reader</span><time datetime="2024-02-02">2 Feb</time></div>
      <div class="related"><span class="byline">By Someone Else</span></div>
      <div class="story-byline">By Lisa Marsh</div>
      <div class="entry-date">February 1, 2024</div>
      </body></html>`);
    expect(meta.authors).toEqual([{ name: 'Lisa Marsh', from: 'byline' }]);
    expect(meta.published).toEqual({ value: '2024-02-01', from: 'text', detail: 'class:date:text' });
  });

  it('reads a publication date from itemprop microdata', () => {
    const meta = run('<html><body><article><span itemprop="datePublished" content="2021-09-09">9 Sep</span></article></body></html>');
    expect(meta.published).toEqual({ value: '2021-09-09', from: 'metadata', detail: 'itemprop:datepublished' });
  });

  it('returns nulls and empty lists for an empty document', () => {
    expect(run('')).toEqual({
      title: null,
      authors: [],
      published: null,
      modified: null,
      siteName: null,
      canonicalUrl: null,
      language: null,
      description: null,
      jsonLdBody: null,
    });
  });
});

describe('extractMetadata robustness', () => {
  it('does not overflow the stack on a very deep page', () => {
    const depth = 20_000;
    const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<span class="byline">By Ida Berg</span>${'</div>'.repeat(depth)}</body></html>`;
    const meta = run(html);
    expect(meta.title).toBe('Deep');
    expect(meta.authors).toEqual([{ name: 'Ida Berg', from: 'byline' }]);
  });

  it('never throws on broken markup and junk values', () => {
    const html = `<html lang="???"><head><title></title>
      <meta property="article:published_time" content="not a date">
      <link rel="canonical" href="http://[bad">
      <script type="application/ld+json">{"@type":"NewsArticle","author":[null,1,{"@id":"#missing"}],"headline":{"x":1}}</script>
      <script type="application/ld+json">${'<'.repeat(5000)}</script>
      </head><body><time datetime="2024-99-99">soon</time><div class="author">${'x'.repeat(5000)}</div>`;
    const meta = run(html, 'not a url');
    expect(meta.published).toBeNull();
    expect(meta.canonicalUrl).toBeNull();
    expect(meta.language).toBeNull();
    expect(meta.authors).toEqual([]);
  });
});
