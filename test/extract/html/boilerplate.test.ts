import { describe, expect, it } from 'vitest';
import { BoilerplateLog, MAX_BOILERPLATE_CHARS, MAX_BOILERPLATE_ITEMS } from '../../../src/extract/html/boilerplate.js';

describe('BoilerplateLog', () => {
  it('cuts long texts, skips empty ones and stores a repeat once', () => {
    const log = new BoilerplateLog();
    log.add('navigation', 'Home News Sport '.repeat(400), 'html/tag:nav');
    log.add('advert', '   ', 'html/class:advert');
    log.add('advert', 'Advertisement', 'html/class:advert');
    log.add('advert', 'Advertisement', 'html/class:advert');
    expect(log.items.map((b) => b.kind)).toEqual(['navigation', 'advert']);
    expect(log.items[0]?.text.length).toBe(MAX_BOILERPLATE_CHARS);
  });

  it('stops listing after its cap', () => {
    const log = new BoilerplateLog();
    for (let i = 0; i < MAX_BOILERPLATE_ITEMS + 50; i++) log.add('related', `Teaser number ${i}`, 'html/link-dense');
    expect(log.items).toHaveLength(MAX_BOILERPLATE_ITEMS);
  });

  it('says when it is full, so that callers can skip reading text it would not keep', () => {
    const log = new BoilerplateLog();
    for (let i = 0; i < MAX_BOILERPLATE_ITEMS - 1; i++) log.add('advert', `Sponsored slot ${i}`, 'html/class:advert');
    expect(log.full).toBe(false);
    log.add('advert', 'The last sponsored slot', 'html/class:advert');
    expect(log.full).toBe(true);
  });

  it('merges another log in order', () => {
    const a = new BoilerplateLog();
    const b = new BoilerplateLog();
    a.add('share', 'Share', 'html/class:share');
    b.add('byline', 'By Ana Lopes', 'html/text:byline');
    b.add('share', 'Share', 'html/class:share');
    a.addAll(b);
    expect(a.items.map((x) => x.text)).toEqual(['Share', 'By Ana Lopes']);
  });
});
