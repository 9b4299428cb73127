/**
 * JSON Lines: one document per line, `{"id"?, "html" | "text" | "body", "url"?, "published"?, "title"?}`.
 * Read line by line, so a file of any size streams. A bad line becomes an error item; the lines
 * around it still come out. Blank lines are skipped (but still counted, so indexes are line numbers).
 */
import { TextDecoder } from 'node:util';
import type { InputFormatT } from '../record/schema.js';
import type { ByteChunks } from './byte-stream.js';
import { type DocumentHints, type InputItem, InputError } from './document.js';
import { errorItem, errorItemFrom, type KnownIdentity, type Place } from './errors.js';
import { makeDocumentId } from './id.js';
import { splitLines } from './lines.js';

export interface JsonlContext {
  path: string | null;
  maxBytes: number;
}

/** The content fields; a line carries exactly one of them. */
const CONTENT_FIELDS: readonly InputFormatT[] = ['html', 'text', 'body'];
const HINT_FIELDS = ['url', 'published', 'title'] as const;
/** Longest JSON excerpt quoted in an error message. */
const EXCERPT_CHARS = 80;

type JsonObject = Record<string, unknown>;

function excerpt(text: string): string {
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

function parseObject(text: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new InputError('input/bad-json', `invalid JSON (${detail}): ${excerpt(text)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('input/bad-json', `expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  return value as JsonObject;
}

/** The given id, kept as is (numbers become strings); null when absent. */
function givenId(object: JsonObject): string | null {
  const id = object['id'];
  if (typeof id === 'string' && id.length > 0) return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

function stringField(object: JsonObject, name: string): string | undefined {
  const value = object[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError('input/bad-json', `"${name}" must be a string, found ${typeof value}`);
  return value;
}

function contentOf(object: JsonObject): { format: InputFormatT; content: string } {
  const present = CONTENT_FIELDS.filter((name) => object[name] !== undefined && object[name] !== null);
  if (present.length === 0) throw new InputError('input/bad-json', 'has none of "html", "text" or "body"');
  if (present.length > 1) throw new InputError('input/bad-json', `has ${present.map((n) => `"${n}"`).join(' and ')}; expected exactly one`);
  const format = present[0] as InputFormatT;
  const content = stringField(object, format) ?? '';
  if (content.trim().length === 0) throw new InputError('input/empty', `"${format}" is empty`);
  return { format, content };
}

function hintsOf(object: JsonObject): DocumentHints {
  const hints: DocumentHints = {};
  for (const name of HINT_FIELDS) {
    const value = stringField(object, name)?.trim();
    if (value) hints[name] = value;
  }
  return hints;
}

/** Errors inside a line name the line (1-based, for editors) besides the container index (0-based). */
function lineError(place: Place, err: unknown, known: KnownIdentity = {}): InputItem {
  const line = (place.container.index ?? 0) + 1;
  if (err instanceof InputError) return errorItem(place, err.code, `line ${line}: ${err.message}`, known);
  return errorItemFrom(place, err, known);
}

function lineItem(text: string, place: Place): InputItem {
  let object: JsonObject;
  try {
    object = parseObject(text);
  } catch (err) {
    return lineError(place, err);
  }
  const id = givenId(object);
  const known: KnownIdentity = id ? { id } : {};
  try {
    const hints = hintsOf(object);
    known.url = hints.url ?? null;
    const { format, content } = contentOf(object);
    return {
      kind: 'document',
      document: {
        id: id ?? makeDocumentId(hints.url, content),
        format,
        content,
        source: { path: place.path, container: place.container, encoding: null, encodingFrom: null },
        hints,
        warnings: [],
      },
    };
  } catch (err) {
    return lineError(place, err, known);
  }
}

export async function* readJsonl(chunks: ByteChunks, context: JsonlContext): AsyncGenerator<InputItem> {
  const decoder = new TextDecoder('utf-8');
  let nextIndex = 0;
  try {
    for await (const line of splitLines(chunks, context.maxBytes)) {
      nextIndex = line.index + 1;
      const place: Place = { path: context.path, container: { kind: 'jsonl', index: line.index } };
      if (line.kind === 'too-long') {
        yield errorItem(place, 'input/too-large', `line ${line.index + 1} is ${line.length} bytes, over the limit of ${context.maxBytes}`);
        continue;
      }
      const text = decoder.decode(line.bytes).replace(/^\ufeff/, '');
      if (text.trim().length === 0) continue;
      yield lineItem(text, place);
    }
  } catch (err) {
    // The stream itself failed (truncated gzip, read error): report it where reading stopped.
    yield errorItemFrom({ path: context.path, container: { kind: 'jsonl', index: nextIndex } }, err);
  }
}
