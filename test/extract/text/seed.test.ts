/**
 * The canonical example: a real scrape copied off a news page (shared/seeds). Everything in it must
 * come out right. The seed lives outside the repository, so the suite skips when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/extract/text/index.js';

const SEED = fileURLToPath(new URL('../../../../shared/seeds/000_19dde15206abf679.txt', import.meta.url));
const CREDIT = 'KAZUHIRO NOGI / AFP / Getty Images';

describe.skipIf(!existsSync(SEED))('text extractor on the seed scrape', () => {
  const raw = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const article = extractText(raw, {});

  it('takes the first line as the title', () => {
    expect(article.title).toBe('Medvedev: Peace Treaty Only Possible Between Russia and Japan If Land Claims Dropped');
  });

  it('keeps exactly the eight body paragraphs, characters as in the input', () => {
    const openings = article.blocks.map((block) => block.text.slice(0, 30));
    expect(openings).toEqual([
      'The former president of Russia',
      'Medvedev made the comments on ',
      'Following the atomic bombings ',
      'Part of the Soviet-Japanese Wa',
      'The ongoing annexation of the ',
      'While Japanese Prime Minister ',
      'Medvedev’s comments regarding ',
      'Japan has previously expressed',
    ]);
    expect(article.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    const sourceLines = new Set(raw.split('\n'));
    for (const block of article.blocks) expect(sourceLines.has(block.text)).toBe(true);
    expect(article.blocks[5]?.text).toContain('“give a d**n about the feelings of the Japanese');
  });

  it('turns the two bare credits and the three alt+caption pairs into media items', () => {
    expect(article.media).toEqual([
      { kind: 'image', src: null, alt: null, caption: null, credit: CREDIT },
      { kind: 'image', src: null, alt: null, caption: null, credit: CREDIT },
      {
        kind: 'image',
        src: null,
        alt: 'View of Kunashiri from the coast of Hokkaido',
        caption: 'Kunashiri, as seen from the Rausu Kunashiri Observatory Deck in Rausu, Hokkaido, Japan, 2018.',
        credit: CREDIT,
      },
      { kind: 'image', src: null, alt: 'Aerial view of Etorofu', caption: 'Satellite image of Etorofu, 2015-16.', credit: 'maps4media / Getty Images' },
      {
        kind: 'image',
        src: null,
        alt: 'Dmitry Medvedev walking by a disabled tank turret in the grass',
        caption: 'Then-Russian President Dmitry Medvedev visiting Kunashiri, 2010.',
        credit: 'MIKHAIL KLIMENTYEV / AFP / Getty Images',
      },
    ]);
  });

  it('removes the promo and the whole author bio, naming the rules', () => {
    expect(article.boilerplate.map((entry) => [entry.kind, entry.rule])).toEqual([
      ['promo', 'text/promo'],
      ['author-bio', 'text/author-bio'],
    ]);
    expect(article.boilerplate[0]?.text).toMatch(/^More from us: New Long-Range Weapon/);
    const bio = article.boilerplate[1]?.text.split('\n') ?? [];
    expect(bio[0]).toBe('Clare Fitzgerald');
    expect(bio.slice(1, 4).map((line) => line.slice(0, 20))).toEqual([
      'Clare Fitzgerald is ',
      'Among her accomplish',
      'In her spare time, C',
    ]);
    expect(bio.slice(4)).toEqual(['Writing Portfolio', 'Stories of the Unsolved']);
  });

  it('names the author from the bio and invents no date', () => {
    expect(article.authors).toEqual([{ name: 'Clare Fitzgerald', from: 'bio' }]);
    expect(article.published).toBeNull();
    expect(article.modified).toBeNull();
  });
});
