import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeDocumentId } from '../../src/input/id.js';
import { documents, errors, fixture, readAll, readError, readOne } from './helpers.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'ng-read-'));

describe('single files', () => {
  it('reads an HTML page whole, with its encoding and a content-derived id', async () => {
    const doc = await readOne(fixture('article.html'));
    expect(doc.format).toBe('html');
    expect(doc.source).toEqual({ path: fixture('article.html'), container: { kind: 'file', index: null }, encoding: 'utf-8', encodingFrom: 'meta' });
    expect(doc.id).toBe(makeDocumentId(undefined, readFileSync(fixture('article.html'))));
    expect(doc.hints).toEqual({});
  });

  it('reads a text scrape as format text', async () => {
    const doc = await readOne(fixture('scrape.txt'));
    expect(doc.format).toBe('text');
    expect(doc.content.split('\n')[0]).toBe('Harbour council approves new ferry timetable');
  });

  it('applies --url and --published as hints, and derives the id from the URL', async () => {
    const url = 'https://news.example.org/2024/03/05/ferry';
    const doc = await readOne(fixture('scrape.txt'), { url, published: '2024-03-05' });
    expect(doc.hints).toEqual({ url, published: '2024-03-05' });
    expect(doc.id).toBe(makeDocumentId(url, ''));
  });

  it('lets --format force how a single document is read', async () => {
    expect((await readOne(fixture('article.html'), { format: 'text' })).format).toBe('text');
    expect((await readOne(fixture('scrape.txt'), { format: 'html' })).format).toBe('html');
  });

  it('does not let --format turn a container into one document', async () => {
    const items = await readAll([fixture('articles.jsonl')], { format: 'html' });
    expect(documents(items).map((d) => d.format)).toEqual(['html', 'text', 'body']);
  });

  it('unwraps gzip by its magic bytes (container kind gzip), and the id matches the unzipped page', async () => {
    const doc = await readOne(fixture('page.html.gz'));
    expect(doc.source.container).toEqual({ kind: 'gzip', index: null });
    expect(doc.content).toContain('<title>Harbour council approves new ferry timetable</title>');
  });
});

describe('errors never stop the batch', () => {
  it('gives each problem its code, naming the input, and reads the files after it', async () => {
    const inputs = ['empty.txt', 'blank.txt', 'photo.png', 'truncated.html.gz', 'does-not-exist.html', 'article.html'].map(fixture);
    const items = await readAll(inputs);
    expect(items.map((i) => (i.kind === 'error' ? i.code : 'document'))).toEqual([
      'input/empty',
      'input/empty',
      'input/binary',
      'input/bad-gzip',
      'input/not-found',
      'document',
    ]);
    for (const [i, item] of errors(items).entries()) {
      expect(item.path).toBe(inputs[i]);
      expect(item.message.startsWith(`${inputs[i]}: `)).toBe(true);
      expect(item.id).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('refuses a page over maxBytes, plain or once decompressed', async () => {
    expect((await readError(fixture('article.html'), { maxBytes: 200 })).code).toBe('input/too-large');
    const zipped = await readError(fixture('page.html.gz'), { maxBytes: 200 });
    expect(zipped).toMatchObject({ code: 'input/too-large', container: { kind: 'gzip', index: null } });
    expect(zipped.message).toMatch(/once decompressed/);
  });

  it('refuses a 50 MB page from its size on disk, without reading it', async () => {
    const path = join(tempDir(), 'huge.html');
    const fd = openSync(path, 'w');
    writeSync(fd, `<!DOCTYPE html><html><body>${'<p>Filler paragraph of a very long page.</p>'.repeat(2000)}`);
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const started = performance.now();
    const error = await readError(path);
    expect(error.code).toBe('input/too-large');
    expect(error.message).toContain(String(50 * 1024 * 1024));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('turns a failing standard input into input/unreadable', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection reset'));
      },
    });
    const error = await readError('-', { stdin: failing });
    expect(error).toMatchObject({ code: 'input/unreadable', path: '-', container: { kind: 'stdin', index: null } });
    expect(error.message).toMatch(/^standard input: .*connection reset/);
  });
});

describe('folders', () => {
  it('walks recursively in name order, skipping hidden files and folders', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'b-section'));
    mkdirSync(join(root, '.cache'));
    mkdirSync(join(root, 'a-section', 'deeper'), { recursive: true });
    const files = ['z.txt', 'B.txt', 'a-section/2.txt', 'a-section/10.txt', 'a-section/deeper/x.txt', 'b-section/only.txt', '.hidden.txt', '.cache/kept-out.txt'];
    for (const name of files) writeFileSync(join(root, name), `Story filed as ${name}. The council met on Tuesday.\n`);
    const items = await readAll([root]);
    expect(documents(items).map((d) => d.source.path?.slice(root.length + 1))).toEqual([
      'B.txt',
      'a-section/10.txt',
      'a-section/2.txt',
      'a-section/deeper/x.txt',
      'b-section/only.txt',
      'z.txt',
    ]);
  });

  it('keeps inputs in the order given, folders expanded in place', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'one.txt'), 'First story of the folder.\n');
    const items = await readAll([fixture('scrape.txt'), root, fixture('article.html')]);
    expect(documents(items).map((d) => d.source.path)).toEqual([fixture('scrape.txt'), join(root, 'one.txt'), fixture('article.html')]);
  });
});

describe('standard input', () => {
  it('reads "-" from the given stream, sniffing it like a file', async () => {
    const page = readFileSync(fixture('cp1251-declared.html'));
    const doc = await readOne('-', { stdin: Readable.from([page.subarray(0, 100), page.subarray(100)]) });
    expect(doc.source).toMatchObject({ path: '-', container: { kind: 'stdin', index: null }, encoding: 'windows-1251' });
  });

  it('reads a gzipped JSON Lines stream from standard input', async () => {
    const lines = '{"id":"s1","text":"Ferry delayed by fog."}\n{"id":"s2","text":"Fog lifts by noon."}\n';
    const items = await readAll(['-'], { stdin: Readable.from([gzipSync(lines)]) });
    expect(documents(items).map((d) => [d.id, d.source.path, d.source.container.kind])).toEqual([
      ['s1', '-', 'jsonl'],
      ['s2', '-', 'jsonl'],
    ]);
  });

  it('accepts string chunks (a stream with an encoding set)', async () => {
    const doc = await readOne('-', { stdin: Readable.from(['Плотина выдержала паводок.\n'], { objectMode: true }) });
    expect(doc.content).toBe('Плотина выдержала паводок.\n');
  });
});

describe('folder loops', () => {
  it('reports a symbolic link back to a parent folder once, as input/too-deep, and reads the rest', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'desk'));
    writeFileSync(join(root, 'desk', 'story.txt'), 'The council met on Tuesday.\n');
    symlinkSync(root, join(root, 'desk', 'up'));
    const items = await readAll([root]);
    expect(items.map((i) => (i.kind === 'error' ? i.code : i.document.source.path?.slice(root.length + 1)))).toEqual([
      'desk/story.txt',
      'input/too-deep',
    ]);
  });
});
