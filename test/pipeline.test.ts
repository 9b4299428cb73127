import { describe, expect, it } from 'vitest';
import { datesAnnotator } from '../src/annotate/dates.js';
import type { Document } from '../src/input/document.js';
import { type Annotator, createPipeline } from '../src/pipeline.js';
import { ErrorRecordSchema, RecordSchema, isErrorRecord } from '../src/record/schema.js';

function bodyDocument(body: string, extra: Partial<Document> = {}): Document {
  return {
    id: 'doc-1',
    format: 'body',
    content: body,
    source: { path: 'eval.jsonl', container: { kind: 'jsonl', index: 3 }, encoding: null, encodingFrom: null },
    hints: { url: 'https://www.example-news.org/2024/01/30/harbour', title: 'Harbour reopens' },
    warnings: [],
    ...extra,
  };
}

describe('pipeline', () => {
  it('keeps a clean body byte for byte and finds its paragraphs in it', () => {
    const body = 'The harbour reopened on Tuesday.\n\n  Fishing crews returned at dawn,\nsaid the mayor.\n\n\nTrade resumes next week.';
    const line = createPipeline().process(bodyDocument(body));
    if (isErrorRecord(line)) throw new Error(line.error.message);
    expect(line.text).toBe(body);
    expect(line.paragraphs.map((p) => body.slice(p.start, p.end))).toEqual([
      'The harbour reopened on Tuesday.',
      'Fishing crews returned at dawn,\nsaid the mayor.',
      'Trade resumes next week.',
    ]);
    expect(line.id).toBe('doc-1');
    expect(line.title).toBe('Harbour reopens');
    expect(line.site.domain).toBe('example-news.org');
    expect(line.source.container).toEqual({ kind: 'jsonl', index: 3 });
    expect(RecordSchema.safeParse(line).success).toBe(true);
  });

  it('turns an empty article into an error record naming the input', () => {
    const line = createPipeline().process(bodyDocument('   \n\n  '));
    expect(isErrorRecord(line)).toBe(true);
    if (!isErrorRecord(line)) return;
    expect(line.error.code).toBe('extract/no-text');
    expect(line.error.message).toContain('eval.jsonl#3');
    expect(ErrorRecordSchema.safeParse(line).success).toBe(true);
  });

  it('prefers the publication date the input states', () => {
    const line = createPipeline().process(bodyDocument('One paragraph of text.', { hints: { published: '2024-01-30' } }));
    if (isErrorRecord(line)) throw new Error(line.error.message);
    expect(line.published).toEqual({ value: '2024-01-30', from: 'input', detail: 'input:published' });
  });

  it('runs annotators in order, assigns their facts and rejects a missing dependency at construction', () => {
    const seen: string[] = [];
    const reader: Annotator = {
      id: 'reader',
      fields: ['terms'],
      requires: ['dates'],
      run: (record) => {
        seen.push(...record.dates.map((d) => d.text));
        return {};
      },
    };
    const line = createPipeline([datesAnnotator, reader]).process(bodyDocument('The harbour reopened on March 3, 2024.'));
    expect(seen).toEqual(['March 3, 2024']);
    expect(!isErrorRecord(line) && line.dates.map((d) => d.value)).toEqual(['2024-03-03']);
    expect(() => createPipeline([reader, datesAnnotator])).toThrow(/requires "dates"/);
  });

  it('refuses facts for a field the annotator did not declare', () => {
    const sneaky: Annotator = { id: 'sneaky', fields: ['terms'], run: () => ({ quotes: [] }) };
    const line = createPipeline([sneaky]).process(bodyDocument('Some text.'));
    expect(isErrorRecord(line) && line.error.message).toMatch(/undeclared field "quotes"/);
  });

  it('reports an extractor crash as an error record, not an exception', () => {
    const crashing: Annotator = {
      id: 'crash',
      fields: ['dates'],
      run: () => {
        throw new Error('boom');
      },
    };
    const line = createPipeline([crashing]).process(bodyDocument('Some text.'));
    expect(isErrorRecord(line) && line.error.code).toBe('extract/failed');
  });
});
