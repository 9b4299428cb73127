import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../src/input/jsonl.js';
import { makeDocumentId } from '../../src/input/id.js';
import type { InputItem } from '../../src/input/document.js';
import { documents, errors, fixture, readAll } from './helpers.js';

async function readLines(text: string, maxBytes = 1024 * 1024): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readJsonl(Readable.from([Buffer.from(text)]), { path: 'batch.jsonl', maxBytes })) items.push(item);
  return items;
}

describe('JSON Lines', () => {
  it('yields one document per line with its id, format and hints, skipping blank lines', async () => {
    const items = await readAll([fixture('articles.jsonl')]);
    const docs = documents(items);
    expect(docs.map((d) => [d.id, d.format, d.source.container.index])).toEqual([
      ['wire-001', 'html', 0],
      [expect.any(String), 'text', 2],
      ['wire-005', 'body', 5],
    ]);
    expect(docs[0]?.hints).toEqual({
      url: 'https://news.example.org/2024/03/05/ferry',
      published: '2024-03-05',
      title: 'Harbour council approves new ferry timetable',
    });
    expect(docs[0]?.source).toMatchObject({ container: { kind: 'jsonl', index: 0 }, encoding: null, encodingFrom: null });
  });

  it('derives a missing id from the content', async () => {
    const docs = documents(await readLines('{"text":"Snow closed the mountain pass overnight."}\n'));
    expect(docs[0]?.id).toBe(makeDocumentId(undefined, 'Snow closed the mountain pass overnight.'));
  });

  it('turns a broken line into input/bad-json with its line number; the lines around it still come out', async () => {
    const items = await readAll([fixture('articles.jsonl')]);
    const bad = errors(items);
    expect(bad.map((e) => [e.code, e.container.index])).toEqual([
      ['input/bad-json', 3],
      ['input/bad-json', 4],
    ]);
    expect(bad[0]?.message).toMatch(/articles\.jsonl#3: line 4: invalid JSON/);
    // The second bad line had an id: the error keeps it.
    expect(bad[1]?.id).toBe('wire-004');
    expect(bad[1]?.url).toBe('https://news.example.org/no-content');
    expect(items.map((i) => (i.kind === 'document' ? i.document.source.container.index : i.container.index))).toEqual([0, 2, 3, 4, 5]);
  });

  it('reads the same batch gzipped and with CRLF line ends', async () => {
    const plain = documents(await readAll([fixture('articles.jsonl')]));
    const zipped = documents(await readAll([fixture('articles.jsonl.gz')]));
    expect(zipped.map((d) => [d.id, d.content])).toEqual(plain.map((d) => [d.id, d.content]));
  });

  it('refuses a line with two content fields, a non-object line, and a wrongly typed hint', async () => {
    const items = await readLines(
      ['{"html":"<p>a</p>","text":"a"}', '["not", "an", "object"]', '{"text":"Ferry late again.","url":42}'].join('\n'),
    );
    expect(items.map((i) => (i.kind === 'error' ? i.message : 'document'))).toEqual([
      expect.stringMatching(/"html" and "text"; expected exactly one/),
      expect.stringMatching(/expected a JSON object, found an array/),
      expect.stringMatching(/"url" must be a string/),
    ]);
  });

  it('reports a line over the size limit as input/too-large and goes on', async () => {
    const long = JSON.stringify({ id: 'big', text: 'x'.repeat(500) });
    const items = await readLines(`${long}\n{"id":"small","text":"Short item."}\n`, 200);
    expect(items.map((i) => (i.kind === 'error' ? i.code : i.document.id))).toEqual(['input/too-large', 'small']);
  });

  it('gives an empty content field input/empty', async () => {
    const items = await readLines('{"id":"e1","body":"   "}\n');
    expect(errors(items)[0]).toMatchObject({ code: 'input/empty', id: 'e1' });
  });

  it('keeps the lines before a gzip cut and reports input/bad-gzip where reading stopped', async () => {
    const lines = Array.from({ length: 3000 }, (_, n) => JSON.stringify({ id: `tide-${n}`, text: `Tide table entry ${n * 7919}: high water at ${n % 24}:${String(n % 60).padStart(2, '0')}.` }));
    const zipped = gzipSync(lines.join('\n'));
    const cut = zipped.subarray(0, Math.floor(zipped.length * 0.8));
    const items = await readAll(['-'], { stdin: Readable.from([cut]) });
    const docs = documents(items);
    const problems = errors(items);
    expect(docs.length).toBeGreaterThan(1000);
    expect(docs.map((d) => d.id)).toEqual(lines.slice(0, docs.length).map((_, n) => `tide-${n}`));
    expect(problems).toEqual([expect.objectContaining({ code: 'input/bad-gzip', container: { kind: 'jsonl', index: docs.length } })]);
  });
});
