/**
 * Scrapes written for these tests (test/fixtures/text/<case>/source.txt), each in a shape real
 * pages take when copied, with what a careful reader says must come out (expected.json): title,
 * body blocks, authors, dates, media, and every boilerplate entry with its kind, rule, first line and
 * line count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block, ExtractHints } from '../../../src/extract/article.js';
import { extractText } from '../../../src/extract/text/index.js';
import type { Document } from '../../../src/input/document.js';
import { assembleRecord } from '../../../src/pipeline.js';
import { type AuthorT, type MediaT, type PublishedT, RecordSchema } from '../../../src/record/schema.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/text/', import.meta.url));

interface Expected {
  hints: ExtractHints;
  title: string | null;
  authors: AuthorT[];
  published: PublishedT | null;
  modified: PublishedT | null;
  blocks: Block[];
  media: MediaT[];
  boilerplate: { kind: string; rule: string; startsWith: string; lines: number }[];
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('text fixtures', () => {
  it('keeps the line endings and spaces the Windows case is about', () => {
    const raw = readFileSync(join(FIXTURES, 'crlf-nbsp', 'source.txt'), 'utf8');
    expect(raw).toContain('\r\n');
    expect(raw).toContain('\u00a0');
    expect(raw).toContain('\u200b');
  });

  it('has the cases the extractor is held to', () => {
    expect(cases).toEqual(['byline-updated', 'cookie-comments', 'crlf-nbsp', 'hard-wrapped', 'one-line-paragraphs', 'wire-dateline']);
  });

  for (const name of cases) {
    describe(name, () => {
      const source = readFileSync(join(FIXTURES, name, 'source.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
      const article = extractText(source, expected.hints);

      it('finds the title', () => expect(article.title).toBe(expected.title));
      it('keeps exactly the body blocks', () => expect(article.blocks).toEqual(expected.blocks));
      it('reads the authors and dates the text states', () => {
        expect(article.authors).toEqual(expected.authors);
        expect(article.published).toEqual(expected.published);
        expect(article.modified).toEqual(expected.modified);
      });
      it('collects the media', () => expect(article.media).toEqual(expected.media));
      it('assembles into a record the schema accepts', () => {
        const document: Document = {
          id: name,
          format: 'text',
          content: source,
          source: { path: `${name}/source.txt`, container: { kind: 'file', index: null }, encoding: 'utf-8', encodingFrom: 'given' },
          hints: expected.hints,
          warnings: [],
        };
        const record = assembleRecord(document, article);
        expect(RecordSchema.safeParse(record).error).toBeUndefined();
        expect(record.paragraphs).toHaveLength(expected.blocks.length);
      });

      it('removes the boilerplate with the right kinds and rules', () => {
        const observed = article.boilerplate.map((entry) => ({ kind: entry.kind, rule: entry.rule, lines: entry.text.split('\n').length }));
        expect(observed).toEqual(expected.boilerplate.map(({ kind, rule, lines }) => ({ kind, rule, lines })));
        expected.boilerplate.forEach((entry, index) => {
          expect(article.boilerplate[index]?.text.slice(0, entry.startsWith.length)).toBe(entry.startsWith);
        });
      });
    });
  }
});
