import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { BoilerplateLog, MAX_BOILERPLATE_ITEMS } from '../../../src/extract/html/boilerplate.js';
import { collapsedText, isTag } from '../../../src/extract/html/dom.js';
import { pruneFurniture } from '../../../src/extract/html/prune.js';
import { computeStats } from '../../../src/extract/html/stats.js';

const STORY = '<p>The river burst its banks overnight, flooding dozens of homes on the low side of town, and residents spent the morning bailing out.</p>'.repeat(4);

function prune(html: string, base: string | null = null) {
  const dom = parseDocument(html);
  const stats = computeStats(dom);
  const log = new BoilerplateLog();
  const { media } = pruneFurniture(dom, stats, log, base);
  return { dom, stats, log, media, text: collapsedText(dom) };
}

describe('pruneFurniture', () => {
  it('drops scripts and styles silently', () => {
    const { text, log } = prune(`<div>${STORY}<script>var tracking = 1;</script><style>p{}</style></div>`);
    expect(text).not.toContain('tracking');
    expect(log.items).toEqual([]);
  });

  it('takes out furniture by tag, role and class name, and logs each with its rule', () => {
    const { text, log } = prune(`<nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <div role="complementary">Trending now: celebrity gossip</div>
      <div class="social-share">Share on Facebook</div>
      <div id="taboola-below-article">Sponsored links you may like</div>
      <div class="article">${STORY}</div>`);
    expect(text).toContain('river burst its banks');
    for (const gone of ['World', 'Trending', 'Share on', 'Sponsored']) expect(text).not.toContain(gone);
    expect(log.items.map((b) => [b.kind, b.rule])).toEqual([
      ['navigation', 'html/tag:nav'],
      ['related', 'html/role:complementary'],
      ['share', 'html/class:share'],
      ['related', 'html/class:related'],
    ]);
  });

  it('keeps a container that holds most of the page text whatever its class says', () => {
    const { text } = prune(`<div class="widget Blog">${STORY}</div><div class="widget"><p>Archive: 2019 (12) 2018 (40)</p></div>`);
    expect(text).toContain('river burst its banks');
    expect(text).not.toContain('Archive');
  });

  it('keeps a wrapper of the marked article body even when its own name looks like furniture', () => {
    const { text } = prune(`<div class="sidebar-layout"><div itemprop="articleBody"><p>Short marked body text.</p></div></div><div>${STORY}</div>`);
    expect(text).toContain('Short marked body text.');
  });

  it('keeps embedded social posts that are part of the story', () => {
    const { text } = prune(`<div>${STORY}<div class="social-media-embed"><blockquote class="twitter-tweet"><p>We are safe, thank you all.</p></blockquote></div></div>`);
    expect(text).toContain('We are safe');
  });

  it('removes hidden elements', () => {
    const { text, log } = prune(`<div>${STORY}<div style="display: none">Secret promo code</div><p hidden>Also hidden</p></div>`);
    expect(text).not.toContain('Secret');
    expect(text).not.toContain('Also hidden');
    expect(log.items.every((b) => b.rule === 'html/hidden')).toBe(true);
  });

  it('keeps a pull quote in an aside, but not an aside of links', () => {
    const { text } = prune(`<div>${STORY}<aside><q>We have never seen water this high</q></aside><aside><a href="/x">Read our flood guide</a></aside></div>`);
    expect(text).toContain('never seen water this high');
    expect(text).not.toContain('flood guide');
  });

  it('turns figures and picture boxes into media, never leaving their text behind', () => {
    const { text, media, log } = prune(`<div>${STORY}
      <figure><img data-src="/img/flood.jpg" src="data:image/gif;base64,R0lGOD" alt="Flooded street">
        <figcaption>Water covers Mill Lane on Sunday. <span class="credit">Photo: Ana Ruiz</span></figcaption></figure>
      <div class="image-wrap"><img src="https://cdn.example/boat.jpg"><p class="caption">A rescue boat on the high street. Getty Images</p></div></div>`, 'https://paper.example/floods');
    expect(text).not.toContain('Mill Lane');
    expect(text).not.toContain('rescue boat');
    expect(media.map((m) => m.media)).toEqual([
      { kind: 'image', src: 'https://paper.example/img/flood.jpg', alt: 'Flooded street', caption: 'Water covers Mill Lane on Sunday.', credit: 'Ana Ruiz' },
      { kind: 'image', src: 'https://cdn.example/boat.jpg', alt: null, caption: 'A rescue boat on the high street.', credit: 'Getty Images' },
    ]);
    expect(log.items.map((b) => b.kind)).toEqual(['caption', 'credit', 'caption', 'credit']);
  });

  it('attaches a loose caption to the image just before it', () => {
    const { media } = prune(`<div>${STORY}<figure><img src="/a.jpg" alt="A"></figure><p class="wp-caption-text">The old quay at low tide.</p></div>`, null);
    expect(media.map((m) => m.media)).toEqual([{ kind: 'image', src: '/a.jpg', alt: 'A', caption: 'The old quay at low tide.', credit: null }]);
  });

  it('keeps lead paragraphs and subheadings that carry "title" class names, but drops title blocks', () => {
    const lead = 'The regional airport will add three new routes next spring, its owners said, after passenger numbers rose for the fifth year in a row.';
    const { text } = prune(`<div>${STORY}<div class="post-title">Airport adds routes</div><p class="title">${lead}</p><h2 class="section-title">What changes</h2></div>`);
    expect(text).not.toContain('Airport adds routes');
    expect(text).toContain('regional airport will add');
    expect(text).toContain('What changes');
  });

  it('drops icon-font glyph names but keeps links that happen to carry an icon class', () => {
    const { text } = prune(`<div>${STORY}<span class="material-icons">arrow_forward_ios</span><p>See <a class="icon none" href="/r">the annual report</a> for details.</p></div>`);
    expect(text).not.toContain('arrow_forward_ios');
    expect(text).toContain('See the annual report for details.');
  });

  it('drops a hover card but keeps the linked name that opens it', () => {
    const { text } = prune(`<div>${STORY}<p>Senator <span class="rollover-people"><a class="rollover-people-link" href="/p/1">Dana Whitfield</a><span class="rollover-people-block">Dana Whitfield: latest stories and profile</span></span> said no.</p></div>`);
    expect(text).toContain('Senator Dana Whitfield said no.');
    expect(text).not.toContain('latest stories');
  });

  it('keeps the statistics of the ancestors in step with what it removed', () => {
    const { dom, stats } = prune(`<div id="outer"><div class="share">Share share share share</div><p>Kept words here.</p></div>`);
    const outer = dom.children.find(isTag);
    expect(outer ? stats.get(outer)?.textLen : undefined).toBe('Kept words here.'.length);
  });

  it('still removes furniture once the log is full, without listing it', () => {
    const dom = parseDocument(`<div class="promo">Win a weekend away in the hills</div><div class="article">${STORY}</div>`);
    const stats = computeStats(dom);
    const log = new BoilerplateLog();
    for (let i = 0; i < MAX_BOILERPLATE_ITEMS; i++) log.add('related', `Earlier teaser ${i}`, 'html/class:related');
    pruneFurniture(dom, stats, log, null);
    expect(collapsedText(dom)).not.toContain('weekend away');
    expect(collapsedText(dom)).toContain('river burst its banks');
    expect(log.items.some((b) => b.text.includes('weekend'))).toBe(false);
  });
});
