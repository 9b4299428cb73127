import { describe, expect, it } from 'vitest';
import { copyrightRule, menuRule, phraseKindOf, phraseRule, shareBarRule } from '../../../src/extract/text/phrases.js';
import { runRule } from './helpers.js';

describe('phraseKindOf', () => {
  const furniture: [string, string][] = [
    ['Advertisement', 'advert'],
    ['— ADVERTISEMENT —', 'advert'],
    ['Story continues below advertisement', 'advert'],
    ['Sponsored', 'advert'],
    ['Share this article', 'share'],
    ['Share:', 'share'],
    ['Copy link', 'share'],
    ['Skip to main content', 'navigation'],
    ['Most Read', 'navigation'],
    ['Tags: Japan, Russia, Kuril Islands', 'navigation'],
    ['More from us: New Long-Range Weapon Ready for Deployment', 'promo'],
    ['More from The Harbour Times: ferries, ports and tides', 'promo'],
    ['Recommended', 'promo'],
    ['You might also like:', 'promo'],
    ['Related: Seto Inland Sea islands fight to keep their last ferry links', 'related'],
    ['READ MORE: What a floodwall means for your insurance premium', 'related'],
    ['Read more »', 'related'],
    ['Also read - Why the ferries matter', 'related'],
    ['See also: the 2021 flood in pictures', 'related'],
    ['Sharing is caring!', 'share'],
    ['Posted in: Music Features', 'navigation'],
    ['Got a tip?', 'promo'],
  ];
  it.each(furniture)('names %s', (line, kind) => expect(phraseKindOf(line)?.kind).toBe(kind));

  const prose = [
    'Read more about the plan in the council minutes, officials said.',
    'Related-party transactions rose sharply last year.',
    'Recommended doses vary by age, the agency said.',
    'Advertisement revenue fell 12% in the quarter.',
    'Watch as the ferry leaves the harbour',
    'Share prices fell on Tuesday.',
    'More from us would be too much, he joked.',
    'Home sales rose for a third month',
  ];
  it.each(prose)('leaves %s alone', (line) => expect(phraseKindOf(line)).toBeNull());
});

describe('shareBarRule', () => {
  it.each(['Facebook Twitter Email', 'Facebook | X | LinkedIn | WhatsApp', 'Share Tweet Copy link'])('claims %s', (line) => {
    expect(runRule(shareBarRule, [line])).toMatchObject({ kind: 'share', rule: 'text/share-bar' });
  });
  it.each(['Email', 'Facebook said on Tuesday it would appeal', 'Twitter and Facebook users'])('passes on %s', (line) => {
    expect(runRule(shareBarRule, [line])).toBeNull();
  });
});

describe('menuRule', () => {
  it.each(['Home | Politics | Business | Climate | Tech', 'News › World › Asia', 'World • UK • Sport • Culture'])('claims %s', (line) => {
    expect(runRule(menuRule, [line])).toMatchObject({ kind: 'navigation', rule: 'text/menu' });
  });
  it.each(['By Jane Doe | January 30, 2024', 'Prices rose 3% | analysts had expected a far smaller rise this quarter | shares fell', 'Home | Away'])(
    'passes on %s',
    (line) => expect(runRule(menuRule, [line])).toBeNull(),
  );
});

describe('copyrightRule', () => {
  it.each(['© 2024 The Northern Chronicle', 'Copyright 2024 The Millbrook Ledger. All rights reserved.', 'All rights reserved.'])('claims %s', (line) => {
    expect(runRule(copyrightRule, [line])).toMatchObject({ kind: 'other', rule: 'text/copyright' });
  });
  it.each(['Copyrighted songs were removed from the app.', 'The publisher holds the rights to the book.'])('passes on %s', (line) => {
    expect(runRule(copyrightRule, [line])).toBeNull();
  });
});

describe('phraseRule', () => {
  it('takes the links listed in a small box under a bare label', () => {
    const match = runRule(phraseRule, ['Related', 'Seto Inland Sea islands fight to keep ferry links', 'Why fuel costs hit small routes hardest', '', 'The operators said on Monday ...']);
    expect(match).toMatchObject({ length: 3, kind: 'related', rule: 'text/related' });
  });

  it('stops at a sentence and takes nothing in a scrape without blank lines', () => {
    expect(runRule(phraseRule, ['Most Read', 'Ferry fares to rise in April', 'The operators said on Monday they would add a surcharge.'])?.length).toBe(2);
    const oneBlock = ['Related', 'A subheading here', ...Array.from({ length: 14 }, (_, i) => `Paragraph number ${i} of the article ends here.`)];
    expect(runRule(phraseRule, oneBlock)?.length).toBe(1);
  });

  it('names share counters and affiliate disclosures', () => {
    expect(runRule(phraseRule, ['This story has been shared 1,204 times.'])).toMatchObject({ kind: 'share', rule: 'text/share-counter' });
    expect(runRule(phraseRule, ['This post may contain affiliate links. See the disclosure for details.'])).toMatchObject({ kind: 'advert' });
    expect(runRule(phraseRule, ['The story has been shared widely, the ministry said.'])).toBeNull();
    expect(runRule(phraseRule, ['Critics say the site relies on affiliate links for most of its revenue.'])).toBeNull();
  });

  it('takes only its own line when the label carries the link', () => {
    expect(runRule(phraseRule, ['Related: Ferry fares to rise in April', 'Another headline under it'])?.length).toBe(1);
  });
});
