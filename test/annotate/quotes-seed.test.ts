/**
 * The canonical seed article through the pipeline with the quotes annotator: exactly three
 * quotations, all Dmitry Medvedev's, and the “Northern Territories.” of the second paragraph as a
 * name. The seed lives outside the repository, so the suite skips when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entitiesAnnotator } from '../../src/annotate/entities.js';
import { quotesAnnotator } from '../../src/annotate/quotes.js';
import type { Document } from '../../src/input/document.js';
import { createPipeline } from '../../src/pipeline.js';
import { type ArticleRecord, RecordSchema, isErrorRecord } from '../../src/record/schema.js';

const SEED = fileURLToPath(new URL('../../../shared/seeds/000_19dde15206abf679.txt', import.meta.url));

function seedRecord(published: string | undefined): ArticleRecord {
  const document: Document = {
    id: 'seed',
    format: 'text',
    content: readFileSync(SEED, 'utf8'),
    source: { path: SEED, container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
    hints: published === undefined ? {} : { published },
    warnings: [],
  };
  const line = createPipeline([entitiesAnnotator, quotesAnnotator]).process(document);
  if (isErrorRecord(line)) throw new Error(line.error.message);
  return line;
}

describe.skipIf(!existsSync(SEED))('quotes on the seed article', () => {
  const record = existsSync(SEED) ? seedRecord('2024-01-31') : null;

  it('finds exactly the three quotations, all Dmitry Medvedev’s', () => {
    if (record === null) return;
    expect(record.quotes.map((q) => q.text)).toEqual([
      'give a d**n about the feelings of the Japanese concerning the so-called ‘Northern territories\'',
      '‘territorial question’ is closed once and for all in accordance with the Constitution of Russia.',
      'these are not ‘disputed territories’ but Russia,',
    ]);
    expect(record.quotes.map((q) => q.speaker?.name)).toEqual(['Dmitry Medvedev', 'Dmitry Medvedev', 'Dmitry Medvedev']);
    expect(record.quotes.map((q) => q.speaker?.resolution)).toEqual(['surname', 'surname', 'role']);
    expect(record.quotes.map((q) => q.verb?.lemma)).toEqual(['say', 'say', 'add']);
    for (const q of record.quotes) expect(record.text.slice(q.start, q.end)).toBe(q.text);
    expect([...record.quotes, ...record.terms].map((f) => f.layer)).toEqual(Array(7).fill('text'));
  });

  it('does not take Kishida’s speech, in the same sentence, as the channel of Medvedev’s words', () => {
    expect(record?.quotes.map((q) => q.channel)).toEqual([null, null, null]);
  });

  it('keeps the “Northern Territories.” of the second paragraph as a name, and the nested terms', () => {
    const terms = record?.terms.map((t) => ({ text: t.text, kind: t.kind, insideQuote: t.insideQuote }));
    expect(terms).toEqual([
      { text: 'Northern Territories', kind: 'name', insideQuote: false },
      { text: 'Northern territories', kind: 'term', insideQuote: true },
      { text: 'territorial question', kind: 'scare', insideQuote: true },
      { text: 'disputed territories', kind: 'scare', insideQuote: true },
    ]);
  });

  it('gives the same facts without a publication date, and a valid record', () => {
    if (record === null) return;
    const undated = seedRecord(undefined);
    expect(undated.published).toBeNull();
    expect(undated.quotes).toEqual(record.quotes);
    expect(undated.terms).toEqual(record.terms);
    expect(RecordSchema.safeParse(record).success).toBe(true);
  });
});
