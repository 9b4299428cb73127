import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { classInfo, elementClassInfo, newClassCache } from '../../../src/extract/html/class-names.js';
import { classAndId, isTag, walkElements } from '../../../src/extract/html/dom.js';
import type { Element } from 'domhandler';

const MARKUP = `<div class="Share-Bar">Share</div>
  <div id="Cookie-Notice">We use cookies</div>
  <div class="wp-caption" id="attachment_12">A caption</div>
  <div class="">Empty class</div>
  <div>No names at all</div>
  <div class="story-photo" id="lead">Picture</div>
  <p class="article-body">Body text</p>`;

function elements(html: string): Element[] {
  const out: Element[] = [];
  walkElements(parseDocument(html), (el) => {
    out.push(el);
  });
  return out;
}

describe('elementClassInfo', () => {
  it('judges an element as classInfo judges its lower-cased class and id', () => {
    const cache = newClassCache();
    for (const el of elements(MARKUP)) {
      const names = classAndId(el);
      expect(elementClassInfo(el, cache)).toEqual(names === '' ? null : classInfo(names, newClassCache()));
    }
  });

  it('names the furniture rule whatever the case of the markup', () => {
    const [share, cookie, caption] = elements(MARKUP);
    const cache = newClassCache();
    expect(share && elementClassInfo(share, cache)?.rule?.rule).toBe('html/class:share');
    expect(cookie && elementClassInfo(cookie, cache)?.rule?.rule).toBe('html/class:cookie');
    expect(caption && elementClassInfo(caption, cache)).toMatchObject({ caption: true, rule: null });
  });

  it('keeps its judgements from one page to the next', () => {
    const first = newClassCache();
    const share = elements('<div class="share-tools">Share this</div>')[0];
    const before = share ? elementClassInfo(share, first) : null;
    const again = elements('<div class="share-tools">Tweet</div>')[0];
    expect(again && elementClassInfo(again, newClassCache())).toBe(before);
  });
});

describe('walkElements', () => {
  it('visits elements only, in document order, and skips a subtree when told to', () => {
    const dom = parseDocument('<main>intro <aside><p>skipped</p></aside><p>one <b>bold</b></p>text<ul><li>two</li></ul></main>');
    const seen: string[] = [];
    walkElements(dom, (el) => {
      seen.push(el.name);
      return el.name !== 'aside';
    });
    expect(seen).toEqual(['main', 'aside', 'p', 'b', 'ul', 'li']);
    expect(dom.children.every((c) => isTag(c))).toBe(true);
  });
});
