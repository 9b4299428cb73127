import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/input/document.js';
import { readWarc } from '../../src/input/warc.js';
import { documents, errors, fixture, readAll, RUSSIAN_TITLE } from './helpers.js';

async function readWarcBytes(bytes: Buffer, maxBytes = 1024 * 1024): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readWarc(Readable.from([bytes]), { path: 'crawl.warc', maxBytes })) items.push(item);
  return items;
}

describe('WARC', () => {
  it('keeps only 2xx HTML responses, skipping requests, images, 404s and revisits', async () => {
    const items = await readAll([fixture('crawl.warc')]);
    expect(errors(items)).toEqual([]);
    const docs = documents(items);
    expect(docs.map((d) => [d.source.container.index, d.hints.url])).toEqual([
      [2, 'https://news.example.org/ferry'],
      [5, 'https://vesti.example.ru/port'],
      [6, 'https://news.example.org/gz'],
    ]);
    expect(docs.every((d) => d.format === 'html' && d.source.container.kind === 'warc')).toBe(true);
  });

  it('decodes with the HTTP header charset and removes a gzip content encoding', async () => {
    const docs = documents(await readAll([fixture('crawl.warc')]));
    expect(docs[1]?.source).toMatchObject({ encoding: 'windows-1251', encodingFrom: 'http-header' });
    expect(docs[1]?.content).toContain(RUSSIAN_TITLE);
    expect(docs[2]?.content).toContain('<title>Night buses return</title>');
  });

  it('does not take the crawl date (WARC-Date) for a publication date', async () => {
    const docs = documents(await readAll([fixture('crawl.warc')]));
    expect(docs.some((d) => d.hints.published !== undefined)).toBe(false);
  });

  it('reads a per-record gzipped .warc.gz like the plain file', async () => {
    const plain = documents(await readAll([fixture('crawl.warc')]));
    const zipped = documents(await readAll([fixture('crawl.warc.gz')]));
    expect(zipped.map((d) => [d.id, d.source.container.index, d.content])).toEqual(plain.map((d) => [d.id, d.source.container.index, d.content]));
  });

  it('reads a WARC gzipped as one stream', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ng-warc-')), 'whole.warc.gz');
    writeFileSync(path, gzipSync(readFileSync(fixture('crawl.warc'))));
    const plain = documents(await readAll([fixture('crawl.warc')]));
    expect(documents(await readAll([path])).map((d) => d.id)).toEqual(plain.map((d) => d.id));
  });

  it('keeps what came before garbage and reports input/bad-warc for the rest', async () => {
    const items = await readAll([fixture('broken.warc')]);
    expect(items.map((i) => (i.kind === 'error' ? `${i.code}#${i.container.index}` : `doc#${i.document.source.container.index}`))).toEqual([
      'doc#2',
      'input/bad-warc#3',
    ]);
  });

  it('stops with input/bad-warc (and does not hang) when the file ends inside a skipped record', async () => {
    const items = await readAll([fixture('truncated.warc')]);
    expect(documents(items).map((d) => d.hints.url)).toEqual(['https://news.example.org/ferry']);
    expect(errors(items)).toEqual([expect.objectContaining({ code: 'input/bad-warc', container: { kind: 'warc', index: 3 } })]);
  });

  it('refuses records over the size limit (raw or once decompressed) and carries on with the next', async () => {
    const items = await readWarcBytes(readFileSync(fixture('crawl.warc')), 450);
    expect(items.map((i) => (i.kind === 'error' ? [i.code, i.url] : ['document', i.document.hints.url]))).toEqual([
      ['input/too-large', 'https://news.example.org/ferry'],
      ['input/too-large', 'https://vesti.example.ru/port'],
      ['input/too-large', 'https://news.example.org/gz'],
    ]);
    expect(errors(items)[2]?.message).toMatch(/once decompressed/);
  });
});

describe('WARC without pages', () => {
  it('reports an archive with no HTML response as input/no-content', async () => {
    const block = 'GET / HTTP/1.1\r\nHost: news.example.org\r\n\r\n';
    const request = `WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://news.example.org/\r\nContent-Length: ${block.length}\r\n\r\n${block}\r\n\r\n`;
    const items = await readWarcBytes(Buffer.from(request));
    expect(items).toEqual([expect.objectContaining({ code: 'input/no-content', container: { kind: 'warc', index: null } })]);
    expect(errors(items)[0]?.message).toMatch(/1 records read/);
  });
});
