import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { emitBlocks } from '../../../src/extract/html/blocks.js';
import { isTag } from '../../../src/extract/html/dom.js';

/** The <div id="c"> of a snippet, as the container to emit. */
function container(html: string): Element {
  const dom = parseDocument(`<div id="c">${html}</div>`);
  const el = dom.children.find(isTag);
  if (!el) throw new Error('no container');
  return el;
}

function blocksOf(html: string, base: string | null = null): { text: string; kind: string }[] {
  return emitBlocks([container(html)], base).blocks.map((b) => ({ text: b.text, kind: b.kind }));
}

describe('emitBlocks', () => {
  it('keeps inline elements inside their paragraph and collapses whitespace', () => {
    expect(blocksOf('<p>The <a href="/x">council</a>   met\n on <em>Tues</em>day.</p>')).toEqual([{ text: 'The council met on Tuesday.', kind: 'paragraph' }]);
  });

  it('splits on block elements and names each block', () => {
    expect(blocksOf('<h2>Background</h2><p>First.</p><ul><li>One</li><li>Two</li></ul><blockquote><p>Quoted words.</p></blockquote>')).toEqual([
      { text: 'Background', kind: 'heading' },
      { text: 'First.', kind: 'paragraph' },
      { text: 'One', kind: 'list-item' },
      { text: 'Two', kind: 'list-item' },
      { text: 'Quoted words.', kind: 'blockquote' },
    ]);
  });

  it('ends a block at two line breaks and keeps a single one as a line break', () => {
    expect(blocksOf('Roses are red,<br>violets are blue.<br><br>  Second stanza here.')).toEqual([
      { text: 'Roses are red,\nviolets are blue.', kind: 'paragraph' },
      { text: 'Second stanza here.', kind: 'paragraph' },
    ]);
  });

  it('keeps the lines of preformatted text without blank lines', () => {
    expect(blocksOf('<pre>line one\n\n  indented two\n</pre>')).toEqual([{ text: 'line one\n  indented two', kind: 'preformatted' }]);
  });

  it('writes a data table row as one block with its cells separated', () => {
    expect(blocksOf('<table><tr><th>Team</th><th>Points</th></tr><tr><td>Rovers</td><td>42</td></tr></table>')).toEqual([
      { text: 'Team | Points', kind: 'table-row' },
      { text: 'Rovers | 42', kind: 'table-row' },
    ]);
  });

  it('reads a layout table cell holding paragraphs as paragraphs', () => {
    expect(blocksOf('<table><tr><td><p>Layout paragraph one.</p><p>Layout paragraph two.</p></td></tr></table>')).toEqual([
      { text: 'Layout paragraph one.', kind: 'paragraph' },
      { text: 'Layout paragraph two.', kind: 'paragraph' },
    ]);
  });

  it('measures how much of a block is links', () => {
    const [block] = emitBlocks([container('<p><a href="/a">Read this</a> now</p>')], null).blocks;
    // visible characters: "Read this" (9) linked, "now" (3) not; the page's spacing is not counted
    expect(block?.linkShare).toBeCloseTo(9 / 12);
  });

  it('collects images met in the text, resolved, and skips tracking pixels', () => {
    const { media } = emitBlocks([container('<p>Text <img src="/a.jpg" alt="A pier"><img src="/p.gif" width="1" height="1"></p>')], 'https://news.example/story');
    expect(media).toEqual([{ kind: 'image', src: 'https://news.example/a.jpg', alt: 'A pier', caption: null, credit: null }]);
  });
});
