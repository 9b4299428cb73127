import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { jsonLdBlocks, proseParagraphs, totalChars } from '../../../src/extract/html/fallbacks.js';
import { computeStats } from '../../../src/extract/html/stats.js';

describe('proseParagraphs', () => {
  it('picks every long, unlinked paragraph wherever it sits, and skips link lines', () => {
    const dom = parseDocument(`<table><tr><td><p>The first paragraph sits in one layout cell of an old table page.</p></td>
      <td><p>The second paragraph sits in another cell, far from the first one.</p><p><a href="/x">A link line that is only a link to elsewhere</a></p><p>Short.</p></td></tr></table>`);
    const found = proseParagraphs(dom, computeStats(dom));
    expect(found.map((p) => p.children.length)).toHaveLength(2);
  });
});

describe('jsonLdBlocks', () => {
  it('makes one paragraph per non-empty line', () => {
    const blocks = jsonLdBlocks('First line.\r\n\r\n  Second   line. \n');
    expect(blocks).toEqual([
      { text: 'First line.', kind: 'paragraph' },
      { text: 'Second line.', kind: 'paragraph' },
    ]);
    expect(totalChars(blocks)).toBe(23);
  });
});
