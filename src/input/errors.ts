/** Error items: every failure becomes an item naming the input, so a batch never stops and nothing is lost. */
import type { ContainerT, ErrorCodeT } from '../record/schema.js';
import { type InputItem, InputError } from './document.js';
import { makeDocumentId } from './id.js';

/** Where a document sits: the input path and its place in the container. */
export interface Place {
  path: string | null;
  container: ContainerT;
}

/** What is known about the failed document (its given id or URL keeps the id it would have had). */
export interface KnownIdentity {
  id?: string;
  url?: string | null;
}

/** "path", "path#3" or "standard input#3": the name used in messages. */
export function describePlace(place: Place): string {
  const name = place.path === '-' ? 'standard input' : (place.path ?? 'input');
  return place.container.index === null ? name : `${name}#${place.container.index}`;
}

export function errorItem(place: Place, code: ErrorCodeT, problem: string, known: KnownIdentity = {}): InputItem {
  const url = known.url ?? null;
  const id = known.id ?? (url ? makeDocumentId(url, '') : makeDocumentId(null, `${place.path ?? ''}#${place.container.index ?? ''}`));
  return { kind: 'error', id, path: place.path, url, container: place.container, code, message: `${describePlace(place)}: ${problem}` };
}

/** Turns anything thrown while reading into an error item; unknown failures count as unreadable input. */
export function errorItemFrom(place: Place, err: unknown, known: KnownIdentity = {}): InputItem {
  if (err instanceof InputError) return errorItem(place, err.code, err.message, known);
  const detail = err instanceof Error ? err.message : String(err);
  return errorItem(place, 'input/unreadable', `cannot be read (${detail})`, known);
}
