/**
 * The readers stream: the first document of a big container comes out long before the container
 * has been read to its end, so memory does not grow with the number of documents.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/input/read.js';

const TOTAL_UNITS = 2000;

/** A source producing `TOTAL_UNITS` pieces on demand, counting how many were pulled. */
function countingSource(piece: (n: number) => string): { stream: Readable; produced: () => number } {
  let produced = 0;
  function* pieces(): Generator<Buffer> {
    for (let n = 0; n < TOTAL_UNITS; n++) {
      produced++;
      yield Buffer.from(piece(n));
    }
  }
  return { stream: Readable.from(pieces(), { objectMode: false }), produced: () => produced };
}

async function pulledBeforeFirstItem(source: { stream: Readable; produced: () => number }): Promise<number> {
  for await (const item of readInputs(['-'], { stdin: source.stream })) {
    expect(item.kind).toBe('document');
    return source.produced();
  }
  throw new Error('no item');
}

const paragraph = 'The ferry left on time despite the wind, and the harbour master praised the crew. '.repeat(10);

describe('streaming', () => {
  it('hands out the first JSON Lines document after reading a small part of the stream', async () => {
    const source = countingSource((n) => `${JSON.stringify({ id: `line-${n}`, text: paragraph })}\n`);
    expect(await pulledBeforeFirstItem(source)).toBeLessThan(TOTAL_UNITS / 4);
  });

  it('hands out the first WARC document after reading a small part of the archive', async () => {
    const source = countingSource((n) => {
      const html = `<html><body><p>${paragraph}</p></body></html>`;
      const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${html}`;
      const header = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.org/${n}\r\nContent-Length: ${Buffer.byteLength(http)}\r\n\r\n`;
      return `${header}${http}\r\n\r\n`;
    });
    expect(await pulledBeforeFirstItem(source)).toBeLessThan(TOTAL_UNITS / 4);
  });

  it('hands out the first feed item before the feed has been read to its end', async () => {
    const source = countingSource((n) =>
      n === 0
        ? `<rss version="2.0"><channel><title>Wire</title>`
        : `<item><title>Story ${n}</title><link>https://wire.example/${n}</link><description>${paragraph}</description></item>`,
    );
    expect(await pulledBeforeFirstItem(source)).toBeLessThan(TOTAL_UNITS / 4);
  });
});
