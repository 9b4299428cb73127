import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { BoilerplateLog } from '../../../src/extract/html/boilerplate.js';
import { pruneFurniture } from '../../../src/extract/html/prune.js';
import { isParagraphLike, paragraphPoints, scoreCandidates } from '../../../src/extract/html/score.js';
import { selectArticle } from '../../../src/extract/html/select.js';
import { computeStats } from '../../../src/extract/html/stats.js';

function choose(html: string): string[] {
  const dom = parseDocument(html);
  const stats = computeStats(dom);
  pruneFurniture(dom, stats, new BoilerplateLog(), null);
  const selection = selectArticle(scoreCandidates(dom, stats), stats);
  return selection ? selection.containers.map((el) => el.attribs['id'] ?? el.name) : [];
}

const prose = (topic: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about ${topic}, with a clause, another clause, and enough words to count as real prose.</p>`).join('');

describe('paragraph scoring', () => {
  it('gives points for commas and length, capped', () => {
    expect(paragraphPoints(50, 0)).toBe(1);
    expect(paragraphPoints(250, 2)).toBe(1 + 2 + 2);
    expect(paragraphPoints(5_000, 0)).toBe(1 + 3);
  });

  it('counts a div of inline text as a paragraph, but not a div of blocks', () => {
    const dom = parseDocument('<div id="a">Plain <b>text</b></div><div id="b"><p>x</p></div>');
    const [a, b] = dom.children as unknown as Parameters<typeof isParagraphLike>[0][];
    expect(a && isParagraphLike(a)).toBe(true);
    expect(b && isParagraphLike(b)).toBe(false);
  });
});

describe('selectArticle', () => {
  it('prefers the story over a sidebar of teasers and a comment thread', () => {
    const html = `<body><div id="layout">
      <div id="story">${prose('the budget', 6)}</div>
      <div id="teasers">${'<p><a href="/t">A teaser headline that links to another story on the site</a></p>'.repeat(8)}</div>
    </div></body>`;
    expect(choose(html)).toEqual(['story']);
  });

  it('moves down into the child that holds nearly all the text', () => {
    const html = `<body><div id="wrapper" class="main-content"><div id="body">${prose('trains', 5)}</div><div id="empty"></div></div></body>`;
    expect(choose(html)).toEqual(['body']);
  });

  it('gathers siblings that continue the story, and leaves link lists out', () => {
    const html = `<body><div id="page">
      <div id="part1">${prose('the harbour', 5)}</div>
      <div id="ad"><span>Advertisement</span></div>
      <div id="part2">${prose('the harbour works', 3)}</div>
      <div id="links"><ul><li><a href="/1">Another story</a></li><li><a href="/2">Yet another story</a></li></ul></div>
    </div></body>`;
    expect(choose(html)).toEqual(['part1', 'part2']);
  });

  it('returns nothing for a page without prose', () => {
    expect(choose('<body><div><a href="/">Home</a></div></body>')).toEqual([]);
  });
});
