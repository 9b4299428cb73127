import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/input/document.js';
import { readFeed } from '../../src/input/feed.js';
import { documents, errors, fixture, readAll, RUSSIAN_TITLE } from './helpers.js';

async function readFeedText(xml: string, chunkSize = xml.length): Promise<InputItem[]> {
  const bytes = Buffer.from(xml);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const items: InputItem[] = [];
  for await (const item of readFeed(bytes.subarray(0, 1024), Readable.from(chunks), { path: 'feed.xml', maxBytes: 1024 * 1024 })) items.push(item);
  return items;
}

describe('RSS 2.0', () => {
  it('turns each item into an HTML document with the full content and the feed hints', async () => {
    const items = await readAll([fixture('gazette.rss')]);
    const [first, second] = documents(items);
    expect(first?.format).toBe('html');
    expect(first?.source.container).toEqual({ kind: 'feed', index: 0 });
    expect(first?.hints).toEqual({
      url: 'https://gazette.example.com/2024/03/05/ferry-timetable',
      title: 'Harbour council approves new ferry timetable',
      published: '2024-03-05T18:30:00+01:00',
      authors: ['Rosa Quintero'],
      siteName: 'Harbour Gazette',
    });
    // content:encoded wins over the description, and sits in a minimal page.
    expect(first?.content).toMatch(/^<!DOCTYPE html><html><head><title>Harbour council approves new ferry timetable<\/title><\/head><body><article><p>The harbour council voted/);
    expect(first?.content).not.toContain('The council adds two evening crossings');
    // Without content:encoded the escaped description is the body; the permalink guid is the URL.
    expect(second?.hints.url).toBe('https://gazette.example.com/2024/03/04/coastal-path');
    expect(second?.hints.authors).toEqual(['Imre Falk']);
    expect(second?.content).toContain('<p>Rangers closed the cliff path after a landslip near the lighthouse &amp; warned walkers');
  });

  it('reports an item with nothing to read as input/no-content, with its resolved link', async () => {
    const problems = errors(await readAll([fixture('gazette.rss')]));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'input/no-content', url: 'https://gazette.example.com/2024/03/03/empty', container: { kind: 'feed', index: 2 } }),
    ]);
  });

  it('gives the same items however the bytes are chunked', async () => {
    const xml = readFileSync(fixture('gazette.rss'), 'utf8');
    const whole = documents(await readFeedText(xml));
    const trickled = documents(await readFeedText(xml, 7));
    expect(trickled.map((d) => [d.id, d.content])).toEqual(whole.map((d) => [d.id, d.content]));
  });

  it('keeps the items before a cut and ends with input/bad-feed', async () => {
    const items = await readAll([fixture('truncated.rss')]);
    expect(items.map((i) => (i.kind === 'error' ? i.code : 'document'))).toEqual(['document', 'input/bad-feed']);
  });

  it('decodes a windows-1251 feed by its XML declaration', async () => {
    const [doc] = documents(await readAll([fixture('vesti-cp1251.rss')]));
    expect(doc?.source).toMatchObject({ encoding: 'windows-1251', encodingFrom: 'meta' });
    expect(doc?.hints.title).toBe(RUSSIAN_TITLE);
    expect(doc?.hints.siteName).toBe('Вести Камышина');
  });

  it('reports a feed without items as input/no-content', async () => {
    const items = await readFeedText('<rss version="2.0"><channel><title>Quiet Weekly</title></channel></rss>');
    expect(errors(items).map((e) => e.code)).toEqual(['input/no-content']);
  });
});

describe('Atom', () => {
  it('reads entries with inline XHTML or escaped HTML content, alternate links and author names', async () => {
    const [mill, bridge] = documents(await readAll([fixture('courier.atom')]));
    expect(mill?.hints).toEqual({
      url: 'https://courier.example.net/mill-museum',
      title: 'Mill reopens as a museum',
      published: '2024-03-06T09:15:00+09:00',
      authors: ['Keiko Arai'],
      siteName: 'Valley Courier',
    });
    expect(mill?.content).toContain("<p>The water mill that closed in 1968 reopened on Saturday as a museum of the valley's <em>textile</em> trade.</p>");
    expect(mill?.content).toContain('the wheel &amp; the looms');
    // No <published>: <updated> stands in.
    expect(bridge?.hints.published).toBe('2024-03-05');
    expect(bridge?.content).toContain('<article><p>Repairs to the river bridge ended a week ahead of schedule.</p></article>');
  });

  it('turns plain-text content into escaped paragraphs', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>Tides</title><link href="https://t.example/tides"/><content>High tide &lt; 2 m today.\n\nLow tide at noon.</content></entry></feed>`;
    const [doc] = documents(await readFeedText(xml));
    expect(doc?.content).toContain('<p>High tide &lt; 2 m today.</p>\n<p>Low tide at noon.</p>');
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items that sit beside the channel, with dc:date and dc:creator', async () => {
    const [doc] = documents(await readAll([fixture('bulletin.rdf')]));
    expect(doc?.hints).toEqual({
      url: 'https://bulletin.example.org/school-roof',
      title: 'School roof fixed before term',
      published: '2024-02-23T16:40:00-05:00',
      authors: ['Ana Pereira'],
      siteName: 'Island Bulletin',
    });
  });
});
