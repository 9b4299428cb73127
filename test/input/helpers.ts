/** Shared helpers of the input reader tests: fixture paths and draining readInputs into arrays. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document, InputItem } from '../../src/input/document.js';
import { type ReadOptions, readInputs } from '../../src/input/read.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'input');

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export type ErrorItem = Extract<InputItem, { kind: 'error' }>;

export async function readAll(inputs: readonly string[], options: ReadOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

export function documents(items: readonly InputItem[]): Document[] {
  return items.flatMap((item) => (item.kind === 'document' ? [item.document] : []));
}

export function errors(items: readonly InputItem[]): ErrorItem[] {
  return items.flatMap((item) => (item.kind === 'error' ? [item] : []));
}

/** Reads one input that must yield exactly one document. */
export async function readOne(input: string, options: ReadOptions = {}): Promise<Document> {
  const items = await readAll([input], options);
  const first = items[0];
  if (items.length !== 1 || first?.kind !== 'document') throw new Error(`expected one document from ${input}, got ${JSON.stringify(items)}`);
  return first.document;
}

/** Reads one input that must yield exactly one error item. */
export async function readError(input: string, options: ReadOptions = {}): Promise<ErrorItem> {
  const items = await readAll([input], options);
  const first = items[0];
  if (items.length !== 1 || first?.kind !== 'error') throw new Error(`expected one error from ${input}, got ${JSON.stringify(items)}`);
  return first;
}

export const RUSSIAN_TITLE = 'Речной порт Камышина открыл навигацию';
export const JAPANESE_TITLE = '台風で不通の山間線、三か月ぶりに運転再開';
