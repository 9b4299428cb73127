import { describe, expect, it } from 'vitest';
import { BoilerplateLog } from '../../../src/extract/html/boilerplate.js';
import type { RawBlock } from '../../../src/extract/html/blocks.js';
import { classifyBlock, filterBlocks, isDateOnly, titleKeyOf } from '../../../src/extract/html/block-filter.js';

function raw(text: string, extra: Partial<RawBlock> = {}): RawBlock {
  return { text, kind: 'paragraph', tag: 'p', linkShare: 0, ...extra };
}

describe('classifyBlock', () => {
  const removed: [string, string][] = [
    ['Advertisement', 'advert'],
    ['Story continues below advertisement', 'advert'],
    ['Anzeige', 'advert'],
    ['Share this article', 'share'],
    ['Facebook Twitter Email', 'share'],
    ['Sign up for our daily newsletter to get the top stories in your inbox', 'newsletter'],
    ['Related:', 'related'],
    ['Tags: elections, parliament, budget', 'related'],
    ['By Sarah Okafor', 'byline'],
    ['By Sarah Okafor and Tom Wills, Staff Writers', 'byline'],
    ['Updated 14 March 2024, 09:12', 'dateline'],
    ['Additional reporting by Li Wei in Beijing', 'author-bio'],
    ['Follow Sarah on Twitter and Instagram', 'author-bio'],
    ['Image 3 of 12', 'other'],
    ['1 2 3 4 Next', 'navigation'],
    ['5 min read', 'other'],
  ];
  for (const [text, kind] of removed) {
    it(`takes out "${text}" as ${kind}`, () => {
      expect(classifyBlock(raw(text), null)?.kind).toBe(kind);
    });
  }

  const kept = [
    'By the time the polls closed, turnout had passed 70 percent in most districts.',
    'Share prices fell sharply after the announcement, wiping billions off the company’s value.',
    'Advertisement revenue at regional papers has halved in a decade, the report found.',
    'Related research from the same lab points in a similar direction.',
    'Updated figures from the ministry show the deficit narrowing for the third quarter in a row, which economists had not expected.',
  ];
  for (const text of kept) {
    it(`keeps prose: "${text.slice(0, 40)}…"`, () => {
      expect(classifyBlock(raw(text), null)).toBeNull();
    });
  }

  it('takes out the headline and repeats of the title, but keeps subheadings', () => {
    const key = titleKeyOf('Storm closes coastal roads');
    expect(classifyBlock(raw('Storm closes coastal roads', { kind: 'heading', tag: 'h1' }), key)?.rule).toBe('html/headline');
    expect(classifyBlock(raw('Storm Closes Coastal Roads!', { kind: 'heading', tag: 'h2' }), key)?.rule).toBe('html/title-repeat');
    expect(classifyBlock(raw('What happens next', { kind: 'heading', tag: 'h2' }), key)).toBeNull();
  });

  it('takes out short blocks made of links, but not linked subheadings or long linked prose', () => {
    expect(classifyBlock(raw('Five things to know about the new budget', { kind: 'list-item', tag: 'li', linkShare: 1 }), null)?.rule).toBe('html/link-dense');
    expect(classifyBlock(raw('Best budget phone', { kind: 'heading', tag: 'h3', linkShare: 1 }), null)).toBeNull();
    const long = 'The full text of the judgment, which runs to more than two hundred pages and covers each of the eleven grounds of appeal in detail, is on the court website.';
    expect(classifyBlock(raw(long, { linkShare: 0.9 }), null)).toBeNull();
  });
});

describe('filterBlocks', () => {
  it('keeps body blocks in order and logs the rest', () => {
    const log = new BoilerplateLog();
    const body = filterBlocks([raw('First paragraph of the story.'), raw('Advertisement'), raw('Second paragraph of the story.')], { title: null }, log);
    expect(body).toEqual([
      { text: 'First paragraph of the story.', kind: 'paragraph' },
      { text: 'Second paragraph of the story.', kind: 'paragraph' },
    ]);
    expect(log.items).toEqual([{ kind: 'advert', text: 'Advertisement', rule: 'html/text:advert' }]);
  });
});

describe('isDateOnly', () => {
  it('recognizes date lines in several languages and formats', () => {
    expect(isDateOnly('Monday, 22 January 2018 at 0:13')).toBe(true);
    expect(isDateOnly('segunda-feira, 22 de janeiro de 2018 às 0:13')).toBe(true);
    expect(isDateOnly('Nov. 18, 2019')).toBe(true);
    expect(isDateOnly('18.11.2019')).toBe(true);
  });

  it('does not take headings, sentences or quoted-post attributions for dates', () => {
    expect(isDateOnly('Some of 2019’s best tech gadgets')).toBe(false);
    expect(isDateOnly('Calendar of the 2018 season')).toBe(false);
    expect(isDateOnly('The vote was held on 3 May 2019.')).toBe(false);
    expect(isDateOnly('— City Council (@citycouncil) November 18, 2019')).toBe(false);
  });
});

describe('filterBlocks and linked headings', () => {
  it('keeps a linked subheading among prose but drops a run of linked headings', () => {
    const log = new BoilerplateLog();
    const heading = (text: string): RawBlock => raw(text, { kind: 'heading', tag: 'h3', linkShare: 1 });
    const body = filterBlocks(
      [heading('Budget kettle'), raw('It boils fast and costs little, which is all most people need.'), heading('Council budget approved'), heading('Council elections'), heading('Harbour repairs')],
      { title: null },
      log,
    );
    expect(body.map((b) => b.text)).toEqual(['Budget kettle', 'It boils fast and costs little, which is all most people need.']);
    expect(log.items.map((b) => b.rule)).toEqual(['html/link-dense', 'html/link-dense', 'html/link-dense']);
  });
});

describe('filterBlocks after a teaser label', () => {
  it('drops the label and the partly linked lines under it, and stops at the next plain block', () => {
    const log = new BoilerplateLog();
    const body = filterBlocks(
      [
        raw('The last paragraph of the story ends here.'),
        raw('More Great Stories From Our Site'),
        raw('Why the tide tables changed, and what it means for anglers', { kind: 'list-item', tag: 'li', linkShare: 0.5 }),
        raw('Five walks along the estuary this winter', { kind: 'list-item', tag: 'li', linkShare: 0.6 }),
        raw('Corrections: an earlier version of this story misspelled the harbour master’s name.'),
      ],
      { title: null },
      log,
    );
    expect(body.map((b) => b.text)).toEqual([
      'The last paragraph of the story ends here.',
      'Corrections: an earlier version of this story misspelled the harbour master’s name.',
    ]);
    expect(log.items.map((b) => b.rule)).toEqual(['html/text:related', 'html/text:after-related-label', 'html/text:after-related-label']);
  });

  it('keeps an ordinary list that follows prose', () => {
    const body = filterBlocks([raw('The council listed three priorities:'), raw('Roads', { kind: 'list-item', tag: 'li' }), raw('Schools', { kind: 'list-item', tag: 'li' })], { title: null }, new BoilerplateLog());
    expect(body).toHaveLength(3);
  });
});
