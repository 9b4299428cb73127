/**
 * `newsgraph extract PAGE`: one document in, one pretty-printed JSON record out.
 * Runs the built binary. Tests marked "needs the real extractor" check fields that only a working
 * HTML or text extractor fills (with the placeholders every page is an extract/no-text error).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBuilt, runCli } from './cli-harness.js';
import { htmlPage, textScrape } from './corpus.js';

const TITLE = 'Storm closes coastal road between Wick and Thurso';
const PARAGRAPHS = [
  'High winds and waves breaking over the sea wall forced the closure of the coastal road on Sunday morning, leaving drivers facing a long detour inland.',
  'Council crews cleared stones and kelp from the carriageway by the afternoon, but the road stayed shut overnight as another band of gales moved in.',
  'Local bus services were diverted through Halkirk, adding around twenty minutes to each journey.',
];

let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-single-'));
  writeFileSync(join(dir, 'storm.html'), htmlPage(TITLE, PARAGRAPHS));
  writeFileSync(join(dir, 'storm.html.gz'), gzipSync(htmlPage(TITLE, PARAGRAPHS)));
  // A text scrape saved under a misleading .html name: --format text must win over detection.
  writeFileSync(join(dir, 'scrape.html'), textScrape(TITLE, PARAGRAPHS));
  mkdirSync(join(dir, 'solo'));
  writeFileSync(join(dir, 'solo', 'only.html'), htmlPage(TITLE, PARAGRAPHS));
}, BUILD_TIMEOUT_MS);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface AnyRecord {
  id: string;
  source: { path: string | null; url: string | null; format?: string; container: { kind: string; index: number | null } };
  title?: string | null;
  published?: { value: string; from: string } | null;
  extraction?: { extractor: string };
  error?: { code: string; message: string };
}

function singleRecord(stdout: string): AnyRecord {
  // Exactly one JSON value, printed with a two-space indent.
  expect(stdout.startsWith('{\n  "schema": {')).toBe(true);
  return JSON.parse(stdout) as AnyRecord;
}

describe('newsgraph extract PAGE', () => {
  it('prints one pretty JSON record for an HTML file, naming the file', () => {
    const page = join(dir, 'storm.html');
    const result = runCli(['extract', page]);
    expect(result.code).toBe(0);
    const record = singleRecord(result.stdout);
    expect(record.id).toMatch(/^[0-9a-f]{16}$/);
    expect(record.source.path).toBe(page);
    expect(record.source.container).toEqual({ kind: 'file', index: null });
    expect(result.stderr).toContain('documents: 1');
  });

  it('reads a gzip-compressed page as one document too', () => {
    const result = runCli(['extract', join(dir, 'storm.html.gz')]);
    expect(result.code).toBe(0);
    const zipped = singleRecord(result.stdout);
    expect(zipped.source.container.kind).toBe('gzip');
  });

  it('reads standard input for "-"', () => {
    const result = runCli(['extract', '-', '--quiet'], { input: htmlPage(TITLE, PARAGRAPHS) });
    expect(result.code).toBe(0);
    const record = singleRecord(result.stdout);
    expect(record.source.path).toBe('-');
    expect(record.source.container.kind).toBe('stdin');
    expect(result.stderr).toBe('');
  });

  it('records --url on the document, record or error alike', () => {
    const url = 'https://news.example.org/highlands/2024/01/30/storm-closes-coastal-road';
    const record = singleRecord(runCli(['extract', join(dir, 'storm.html'), '--url', url]).stdout);
    expect(record.source.url).toBe(url);
  });

  it('uses the title from <title> (needs the real HTML extractor)', () => {
    const record = singleRecord(runCli(['extract', join(dir, 'storm.html')]).stdout);
    expect(record.error).toBeUndefined();
    expect(record.title).toBe(TITLE);
    expect(record.extraction?.extractor).toBe('html');
  });

  it('puts --published into the record as an input date (needs the real HTML extractor)', () => {
    const record = singleRecord(runCli(['extract', join(dir, 'storm.html'), '--published', '2024-01-30T07:45:00Z']).stdout);
    expect(record.error).toBeUndefined();
    expect(record.published).toMatchObject({ value: '2024-01-30T07:45:00Z', from: 'input' });
  });

  it('reads the file as a text scrape with --format text (needs the real text extractor)', () => {
    const record = singleRecord(runCli(['extract', join(dir, 'scrape.html'), '--format', 'text']).stdout);
    expect(record.error).toBeUndefined();
    expect(record.source.format).toBe('text');
    expect(record.extraction?.extractor).toBe('text');
  });

  it('prints JSON Lines for a folder, even one holding a single page', () => {
    const result = runCli(['extract', join(dir, 'solo'), '--workers', '1']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter((line) => line.length > 0);
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0] ?? '') as AnyRecord).source.path).toBe(join(dir, 'solo', 'only.html'));
  });

  it('prints an error record and exits 1 when the only input is missing', () => {
    const missing = join(dir, 'no-such-page.html');
    const result = runCli(['extract', missing]);
    expect(result.code).toBe(1);
    const record = singleRecord(result.stdout);
    expect(record.error?.code).toBe('input/not-found');
    expect(result.stderr).toContain('no input could be read');
  });
});

describe('usage errors exit 2 with a clear message', () => {
  it('rejects a --published that is not an ISO 8601 date', () => {
    const result = runCli(['extract', join(dir, 'storm.html'), '--published', '30/01/2024']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'--published <date>'");
    expect(result.stderr).toContain('ISO 8601');
    expect(result.stdout).toBe('');
  });

  it('rejects an impossible calendar date', () => {
    const result = runCli(['extract', join(dir, 'storm.html'), '--published', '2023-02-29']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not exist');
  });

  it('rejects --resume without --out', () => {
    const result = runCli(['extract', dir, '--resume']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--resume needs --out');
  });

  it('rejects --url for a folder of many documents', () => {
    const result = runCli(['extract', dir, '--url', 'https://news.example.org/a']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--url and --published describe one document');
  });

  it('rejects an unknown --format', () => {
    const result = runCli(['extract', join(dir, 'storm.html'), '--format', 'pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('html, text');
  });

  it('rejects --workers 0', () => {
    const result = runCli(['extract', dir, '--workers', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('at least 1');
  });
});
