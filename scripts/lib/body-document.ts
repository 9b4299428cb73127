/** A document from a string, as the scripts feed texts to the pipeline (no file behind it). */
import type { Document } from '../../src/input/document.js';

export function bodyDocument(id: string, content: string, format: Document['format'] = 'body'): Document {
  return {
    id,
    format,
    content,
    source: { path: null, container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
    hints: {},
    warnings: [],
  };
}
