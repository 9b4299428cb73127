import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/extract/html/index.js';
import { InputError } from '../../../src/input/document.js';

/** A local-news article page in the usual shape: masthead and menu, the story, a sidebar, comments, footer. */
const NEWS_PAGE = `<!doctype html>
<html lang="en"><head><title>Harbour bridge to close for repairs | Coastline Courier</title>
<script>window.dataLayer = [];</script><style>.x{color:red}</style></head>
<body>
<header class="site-header"><a href="/">Coastline Courier</a>
  <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<main>
  <article class="story">
    <h1>Harbour bridge to close for repairs</h1>
    <p class="byline">By Maria Lindqvist</p>
    <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
    <figure><img src="/img/bridge.jpg" alt="The harbour bridge at dusk">
      <figcaption>Traffic crosses the harbour bridge on Monday evening. (Photo: Tom Becker/Coastline Courier)</figcaption></figure>
    <div class="story-body">
      <p>The harbour bridge will close to all traffic for six weeks from <em>March 3</em>, the county council said on Tuesday, as engineers replace corroded cables.</p>
      <p>Council leader Anna Reyes said the work could not wait another winter. “We have patched this bridge for a decade, and the inspectors told us plainly that patching is over,” she said.</p>
      <div class="ad-slot"><span>Advertisement</span></div>
      <h2>Diversions for drivers</h2>
      <p>Drivers will be sent along the coast road, adding about twenty minutes to a typical commute, according to the council's own traffic model.</p>
      <ul><li>Buses will run every ten minutes on the diversion.</li><li>The pedestrian walkway stays open at weekends.</li></ul>
      <blockquote><p>It is the biggest repair job on the bridge since it opened in 1968.</p></blockquote>
      <p>Businesses near the bridge said they feared losing trade, and several asked the council for a rates holiday while the work goes on.</p>
      <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the day's news in your inbox.</p><input type="email"><button>Sign up</button></div>
      <p>The council will hold a public meeting about the closure at the town hall on Thursday evening.</p>
    </div>
    <section id="comments" class="comments"><h3>3 comments</h3>
      <div class="comment"><p>About time too, that bridge has been rattling for years and nobody listened to us.</p></div>
      <div class="comment"><p>Twenty minutes is optimistic, it will be an hour at rush hour, mark my words.</p></div>
    </section>
  </article>
  <aside class="sidebar"><h3>Most read</h3><ul>
    <li><a href="/a">Lifeboat crew rescue stranded kayakers off the point</a></li>
    <li><a href="/b">New ferry timetable announced for the summer season</a></li>
  </ul></aside>
</main>
<div class="related-stories"><h3>Related</h3><ul><li><a href="/c">Bridge inspection report published after long delay</a></li></ul></div>
<footer class="site-footer"><p>© 2024 Coastline Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;

describe('extractHtml on a typical news page', () => {
  const article = extractHtml(NEWS_PAGE, { url: 'https://courier.example/news/bridge-closure' });
  const text = article.blocks.map((b) => b.text).join('\n\n');

  it('keeps the story in order, with its subheading, list items and quotation', () => {
    expect(article.stage).toBe('html/scored-container');
    expect(article.blocks[0]?.text).toMatch(/^The harbour bridge will close to all traffic/);
    expect(article.blocks.map((b) => b.kind)).toEqual([
      'paragraph', 'paragraph', 'heading', 'paragraph', 'list-item', 'list-item', 'blockquote', 'paragraph', 'paragraph',
    ]);
    expect(article.blocks.at(-1)?.text).toBe('The council will hold a public meeting about the closure at the town hall on Thursday evening.');
  });

  it('keeps inline markup inside its paragraph, with whitespace collapsed', () => {
    expect(article.blocks[0]?.text).toContain('for six weeks from March 3, the county council');
  });

  it('leaves out the headline, byline, furniture, comments and captions', () => {
    for (const outside of ['Harbour bridge to close', 'Maria Lindqvist', 'Share on Facebook', 'Advertisement', 'newsletter', 'rattling', 'Lifeboat', 'inspection report', 'cookies', 'Sport', 'All rights reserved', 'Traffic crosses']) {
      expect(text).not.toContain(outside);
    }
  });

  it('records what it removed, with a kind and the rule', () => {
    const kinds = new Set(article.boilerplate.map((b) => `${b.kind} ${b.rule}`));
    expect(kinds).toContain('share html/class:share');
    expect(kinds).toContain('advert html/class:advert');
    expect(kinds).toContain('newsletter html/class:newsletter');
    expect(kinds).toContain('comment html/class:comment');
    expect(kinds).toContain('cookie html/class:cookie');
    expect(kinds).toContain('related html/class:related');
    expect(article.boilerplate.find((b) => b.kind === 'navigation')?.text).toContain('Sport');
    expect(article.boilerplate.find((b) => b.kind === 'comment')?.text).toContain('rattling for years');
  });

  it('turns the figure into a media item with the caption and credit split and the URL resolved', () => {
    expect(article.media).toEqual([
      {
        kind: 'image',
        src: 'https://courier.example/img/bridge.jpg',
        alt: 'The harbour bridge at dusk',
        caption: 'Traffic crosses the harbour bridge on Monday evening.',
        credit: 'Tom Becker/Coastline Courier',
      },
    ]);
  });
});

describe('extractHtml on pages of other shapes', () => {
  it('finds a body set as text and <br> breaks straight inside a container', () => {
    const html = `<html><body><div id="menu"><a href="/">Home</a> <a href="/about">About</a></div>
      <div class="post-body">The ferry service to the islands will resume on Friday after a week of storms kept boats in port, the operator said.<br><br>
      Passengers with cancelled tickets can rebook online or at the harbour office without paying a fee, it added.<br><br>
      A spokesman said the company was grateful for the patience shown by islanders during the disruption.</div></body></html>`;
    const article = extractHtml(html, {});
    expect(article.blocks.map((b) => b.text)).toEqual([
      'The ferry service to the islands will resume on Friday after a week of storms kept boats in port, the operator said.',
      'Passengers with cancelled tickets can rebook online or at the harbour office without paying a fee, it added.',
      'A spokesman said the company was grateful for the patience shown by islanders during the disruption.',
    ]);
  });

  it('joins a story split in two wrappers around an advert', () => {
    const para = (n: number): string => `<p>Paragraph ${n} of the long report explains, in some detail, how the regional water board spent its budget, and why the auditors objected.</p>`;
    const html = `<html><body><div class="page">
      <div class="article-chunk">${para(1)}${para(2)}${para(3)}${para(4)}</div>
      <div class="ad-container"><p>Advertisement</p></div>
      <div class="article-chunk">${para(5)}${para(6)}</div>
      <div class="more"><a href="/x">More from the region and beyond in our archive of regional stories</a></div>
    </div></body></html>`;
    const texts = extractHtml(html, {}).blocks.map((b) => b.text);
    expect(texts.map((t) => t.match(/Paragraph (\d)/)?.[1])).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('falls back to the JSON-LD articleBody when the visible page has almost no text', () => {
    const body = 'The museum reopened its east wing on Saturday after a two-year restoration.\nCurators moved more than four hundred paintings back into the restored galleries, and the first visitors queued from early morning.';
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Museum reopens', articleBody: body })}</script></head>
      <body><div id="app"><p>Loading…</p></div></body></html>`;
    const article = extractHtml(html, {});
    expect(article.stage).toBe('html/json-ld-body');
    expect(article.blocks.map((b) => b.text)).toEqual(body.split('\n'));
  });

  it('says so when a page has no text at all', () => {
    expect(extractHtml('<html><body><div><img src="a.png"></div></body></html>', {}).stage).toBe('html/empty');
  });
});

describe('depth guard', () => {
  it('refuses a page nested 100,000 levels deep with a clean input/too-deep error', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`;
    let error: unknown;
    try {
      extractHtml(html, {});
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('input/too-deep');
  });

  it('accepts deep but reasonable nesting', () => {
    const depth = 500;
    const text = 'A paragraph deep inside many wrappers still reads as the article body of this page.';
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(extractHtml(html, {}).blocks.map((b) => b.text)).toEqual([text]);
  });
});
