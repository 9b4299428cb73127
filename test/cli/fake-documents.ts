/** Documents and input items built in memory, for tests of the runner and the worker pool. */
import type { Document, InputItem } from '../../src/input/document.js';

export function fakeDocument(id: string, content: string): Document {
  return {
    id,
    format: 'html',
    content,
    source: { path: `crawl/${id}.html`, container: { kind: 'file', index: null }, encoding: 'utf-8', encodingFrom: 'meta' },
    hints: {},
    warnings: [],
  };
}

export function documentItem(id: string, content = `<p>Story ${id}</p>`): InputItem {
  return { kind: 'document', document: fakeDocument(id, content) };
}

export function errorItem(id: string): InputItem {
  return {
    kind: 'error',
    id,
    path: `crawl/${id}.html`,
    url: null,
    container: { kind: 'file', index: null },
    code: 'input/empty',
    message: `crawl/${id}.html: the file is empty`,
  };
}
