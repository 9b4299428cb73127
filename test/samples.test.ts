/**
 * The bundled sample corpus (samples/) is complete and consistent. These checks read the files
 * directly and never call the extractors, so they hold whatever state the extractors are in.
 */
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ARCHIVE_SOURCE_DIR, buildArchive, checkArchive, nameBasedUuid, readManifest } from '../scripts/build-samples.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = join(ROOT, 'samples');

/** The README promises at least this many documents across all forms. */
const MIN_DOCUMENTS = 40;
/** Article lengths the corpus is meant to span (words in a plain-text scrape or clean body). */
const MIN_TEXT_WORDS = 150;

function filesIn(folder: string, suffix: string): string[] {
  return readdirSync(join(SAMPLES, folder))
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(SAMPLES, folder, name));
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

interface WarcRecordSummary {
  type: string;
  /** The Content-Type of the HTTP message inside a response record (null for other records). */
  httpContentType: string | null;
}

/** A minimal reading of the WARC: enough to count records, deliberately independent of the builder. */
function summariseWarc(gzipped: Buffer): WarcRecordSummary[] {
  const text = gunzipSync(gzipped).toString('latin1');
  return text
    .split(/(?:^|\r\n\r\n)WARC\/1\.1\r\n/)
    .filter((chunk) => chunk.includes('WARC-Type:'))
    .map((chunk) => {
      const type = /^WARC-Type: (\S+)/m.exec(chunk)?.[1] ?? '';
      const httpContentType = type === 'response' ? (/^HTTP\/1\.1 [^\r]*\r\n(?:[^\r]+\r\n)*?Content-Type: ([^\r]+)/m.exec(chunk)?.[1] ?? null) : null;
      return { type, httpContentType };
    });
}

function warcArticleCount(records: WarcRecordSummary[]): number {
  return records.filter((r) => r.type === 'response' && r.httpContentType?.startsWith('text/html')).length;
}

function jsonlLines(): string[] {
  return readFileSync(join(SAMPLES, 'jsonl', 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

describe('sample corpus: completeness', () => {
  const html = filesIn('html', '.html');
  const text = filesIn('text', '.txt');
  const feeds = filesIn('feeds', '.xml').map((path) => readFileSync(path, 'utf8'));
  const warcs = filesIn('archive', '.warc.gz');

  it('holds every form, at least 40 documents in all', () => {
    const feedItems = feeds.reduce((sum, xml) => sum + countMatches(xml, /<item[\s>]/g) + countMatches(xml, /<entry[\s>]/g), 0);
    const warcArticles = warcs.reduce((sum, path) => sum + warcArticleCount(summariseWarc(readFileSync(path))), 0);
    const counts = { html: html.length, text: text.length, feedItems, jsonl: jsonlLines().length, warcArticles };
    for (const [form, count] of Object.entries(counts)) expect(count, form).toBeGreaterThan(0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(MIN_DOCUMENTS);
  });

  it('has one RSS feed with full content and one Atom feed', () => {
    const rss = feeds.filter((xml) => /<rss[\s>]/.test(xml));
    const atom = feeds.filter((xml) => /<feed[^>]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/.test(xml));
    expect(rss).toHaveLength(1);
    expect(atom).toHaveLength(1);
    expect(countMatches(rss[0]!, /<content:encoded>/g)).toBe(countMatches(rss[0]!, /<item[\s>]/g));
  });

  it('keeps a request record and a non-HTML response in the WARC, besides the pages', () => {
    const records = warcs.flatMap((path) => summariseWarc(readFileSync(path)));
    expect(records.some((r) => r.type === 'request')).toBe(true);
    expect(records.some((r) => r.type === 'response' && r.httpContentType !== null && !r.httpContentType.startsWith('text/html'))).toBe(true);
    expect(warcArticleCount(records)).toBeGreaterThanOrEqual(3);
  });
});

describe('sample corpus: consistency', () => {
  it('gives every JSON Lines document an id and one of html, text or body', () => {
    const ids = new Set<string>();
    for (const line of jsonlLines()) {
      const doc = JSON.parse(line) as Record<string, unknown>;
      expect(typeof doc.id === 'string' && doc.id.length > 0, line.slice(0, 60)).toBe(true);
      const content = ['html', 'text', 'body'].filter((key) => typeof doc[key] === 'string' && (doc[key] as string).length > 0);
      expect(content, String(doc.id)).toHaveLength(1);
      ids.add(doc.id as string);
    }
    expect(ids.size).toBe(jsonlLines().length);
  });

  it('gives every HTML page (and every archived page) a non-empty <title>', () => {
    const pages = [...filesIn('html', '.html'), ...readdirSync(join(ROOT, ARCHIVE_SOURCE_DIR)).filter((n) => n.endsWith('.html')).map((n) => join(ROOT, ARCHIVE_SOURCE_DIR, n))];
    for (const path of pages) {
      const title = /<title>([^<]*)<\/title>/i.exec(readFileSync(path, 'utf8'))?.[1]?.trim() ?? '';
      expect(title, path).not.toBe('');
    }
  });

  it('includes at least one page that is not in English', () => {
    const langs = filesIn('html', '.html').map((path) => /<html[^>]*\slang="([^"]+)"/i.exec(readFileSync(path, 'utf8'))?.[1] ?? 'en');
    expect(langs.some((lang) => !lang.toLowerCase().startsWith('en'))).toBe(true);
  });

  it('starts each text scrape with a title line and gives it a real article length', () => {
    for (const path of filesIn('text', '.txt')) {
      const content = readFileSync(path, 'utf8');
      const [first, second] = content.split('\n');
      expect(first?.trim(), path).not.toBe('');
      expect(second?.trim(), path).toBe('');
      expect(content.split(/\s+/).length, path).toBeGreaterThanOrEqual(MIN_TEXT_WORDS);
    }
  });

  it('lists in the WARC manifest only sources that exist', () => {
    const sources = new Set(readdirSync(join(ROOT, ARCHIVE_SOURCE_DIR)));
    for (const entry of readManifest(ROOT).records) expect(sources.has(entry.source), entry.source).toBe(true);
  });
});

describe('sample corpus: the WARC is rebuilt reproducibly', () => {
  it('is current with its sources', () => {
    const result = checkArchive(ROOT);
    expect(result.message).toMatch(/current/);
    expect(result.current).toBe(true);
  });

  it('builds the same bytes twice', () => {
    expect(buildArchive(ROOT).equals(buildArchive(ROOT))).toBe(true);
  });

  it('derives record ids as RFC 4122 v5 UUIDs', () => {
    // A published reference value: the DNS namespace and the name "python.org" (Python's uuid docs).
    expect(nameBasedUuid('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('reports a stale archive when a source changes, and a missing one', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-samples-'));
    try {
      cpSync(join(ROOT, ARCHIVE_SOURCE_DIR), join(scratch, ARCHIVE_SOURCE_DIR), { recursive: true });
      const manifest = readManifest(scratch);
      expect(checkArchive(scratch).current).toBe(false);

      const archivePath = join(scratch, manifest.archive);
      mkdirSync(dirname(archivePath), { recursive: true });
      writeFileSync(archivePath, buildArchive(scratch));
      expect(checkArchive(scratch).current).toBe(true);

      const page = join(scratch, ARCHIVE_SOURCE_DIR, manifest.records[0]!.source);
      writeFileSync(page, readFileSync(page, 'utf8').replace('</title>', ' (corrected)</title>'));
      const stale = checkArchive(scratch);
      expect(stale.current).toBe(false);
      expect(stale.message).toMatch(/stale/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
