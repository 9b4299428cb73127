import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/input/document.js';
import { computeStats, linkDensity, measureText, statsOf, subtractFromAncestors } from '../../../src/extract/html/stats.js';
import { parseHtml } from '../../../src/extract/html/parse.js';
import { measureDepth } from '../../../src/extract/html/depth.js';

describe('measureText', () => {
  it('counts each whitespace run after text as one character and ignores leading space', () => {
    expect(measureText('  two   words \n')).toEqual({ length: 10, commas: 0 });
    expect(measureText('a, b、c，d')).toEqual({ length: 8, commas: 3 });
  });
});

describe('computeStats', () => {
  it('sums text, links and paragraphs bottom-up, skipping scripts', () => {
    const dom = parseDocument('<div><p>Hello <a href="/">world</a>, again.</p><script>ignored()</script><p></p></div>');
    const div = dom.children[0] as Element;
    const s = computeStats(dom).get(div);
    expect(s).toMatchObject({ textLen: 19, linkLen: 5, commas: 1, paraChars: 14, paraCount: 1 });
    expect(s && linkDensity(s)).toBeCloseTo(5 / 19);
  });

  it('leaves out elements without text, which read as zero', () => {
    const dom = parseDocument('<div><img src="/a.jpg"><span> </span><p>Ten words, or close enough to ten.</p></div>');
    const div = dom.children[0] as Element;
    const [img, span, p] = div.children as Element[];
    const stats = computeStats(dom);
    expect(img && stats.has(img)).toBe(false);
    expect(span && statsOf(stats, span)).toEqual({ textLen: 0, linkLen: 0, commas: 0, paraChars: 0, paraCount: 0 });
    expect(p && statsOf(stats, p).paraCount).toBe(1);
    // Removing the paragraph empties the div, and nothing trips over the missing entries.
    if (p) subtractFromAncestors(stats, p);
    expect(statsOf(stats, div).textLen).toBe(0);
  });

  it('throws input/too-deep on a tree deeper than its limit', () => {
    const dom = parseDocument('<div><div><div><p>x</p></div></div></div>');
    expect(() => computeStats(dom, 3)).toThrow(InputError);
    expect(() => computeStats(dom, 4)).not.toThrow();
  });
});

describe('parseHtml', () => {
  it('builds the same tree as parseDocument', () => {
    const html = '<p>One<p>Two <b>bold</b></p><ul><li>a<li>b</ul>';
    expect(measureDepth(parseHtml(html).dom)).toBe(measureDepth(parseDocument(html)));
    expect(parseHtml(html).dom.children.length).toBe(parseDocument(html).children.length);
  });

  it('measures every element as computeStats does on the finished tree', () => {
    const html = `<div class="story-body"><p>Fish &amp; chips, <a href="/m">menu</a> &nbsp; prices</p><script>x = "a, b"</script>
      <ul><li>One, two<li>Three</ul><p>Unclosed paragraph, at the end`;
    const { dom, stats } = parseHtml(html);
    const reference = computeStats(dom);
    expect(stats.size).toBe(reference.size);
    for (const [el, s] of reference) expect(stats.get(el)).toEqual(s);
  });

  it('refuses a page nested past the limit while parsing, quickly', () => {
    const depth = 100_000;
    const html = '<span>'.repeat(depth) + 'x';
    const start = Date.now();
    let code: string | undefined;
    try {
      parseHtml(html);
    } catch (err) {
      code = err instanceof InputError ? err.code : undefined;
    }
    expect(code).toBe('input/too-deep');
    expect(Date.now() - start).toBeLessThan(2_000);
  });
});
