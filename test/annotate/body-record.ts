/**
 * Records made from a plain text as the pipeline makes them from a clean body (format "body": the
 * text is kept as it is, so offsets match it), through the given annotators. Shared by the tests
 * that run annotators together, as records are made.
 */
import type { Annotator } from '../../src/annotate/annotator.js';
import type { Document } from '../../src/input/document.js';
import { createPipeline } from '../../src/pipeline.js';
import { type ArticleRecord, isErrorRecord } from '../../src/record/schema.js';

export function bodyDocument(text: string, id = 'test'): Document {
  return {
    id,
    format: 'body',
    content: text,
    source: { path: null, container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
    hints: {},
    warnings: [],
  };
}

export function bodyRecord(text: string, annotators: readonly Annotator[]): ArticleRecord {
  const record = createPipeline(annotators).process(bodyDocument(text));
  if (isErrorRecord(record)) throw new Error(record.error.message);
  return record;
}
