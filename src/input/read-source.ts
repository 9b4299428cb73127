/**
 * One byte source (a file or standard input) -> its items. Gzip is unwrapped, the content is
 * sniffed, and the source goes to the reader for its kind: WARC, JSON Lines and feeds are
 * containers read as streams; anything else is one page, read whole (up to the size limit).
 */
import { type ByteChunks, collectBytes, type PeekedBytes, peekBytes } from './byte-stream.js';
import { type ContentKind, detectContent } from './detect.js';
import type { InputItem } from './document.js';
import { errorItem, errorItemFrom, type Place } from './errors.js';
import { readFeed } from './feed.js';
import { gunzipChunks, isGzip } from './gzip.js';
import { readJsonl } from './jsonl.js';
import { HEAD_BYTES } from './limits.js';
import { buildSingleDocument } from './single-document.js';
import { readWarc } from './warc.js';

export interface SourceInfo {
  /** The path as given ("-" for standard input). */
  path: string;
  origin: 'file' | 'stdin';
  /** Size on disk when known: lets an oversized page be refused without reading it. */
  size: number | null;
}

export interface SourceOptions {
  format?: 'html' | 'text';
  url?: string;
  published?: string;
  maxBytes: number;
}

interface Opened {
  peeked: PeekedBytes;
  gzipped: boolean;
}

async function* readSingle(opened: Opened, kind: 'html' | 'text', source: SourceInfo, place: Place, options: SourceOptions): AsyncGenerator<InputItem> {
  const known = { url: options.url ?? null };
  if (!opened.gzipped && source.size !== null && source.size > options.maxBytes) {
    await opened.peeked.close();
    yield errorItem(place, 'input/too-large', `${source.size} bytes, over the limit of ${options.maxBytes}`, known);
    return;
  }
  const collected = await collectBytes(opened.peeked.chunks, options.maxBytes);
  if (collected.kind === 'too-large') {
    yield errorItem(place, 'input/too-large', `over the limit of ${options.maxBytes} bytes${opened.gzipped ? ' once decompressed' : ''}`, known);
    return;
  }
  const document = buildSingleDocument(collected.bytes, {
    path: source.path,
    container: place.container,
    format: options.format ?? kind,
    ...(options.url ? { url: options.url } : {}),
    ...(options.published ? { published: options.published } : {}),
  });
  yield { kind: 'document', document };
}

function readContainer(kind: Exclude<ContentKind, 'html' | 'text'>, opened: Opened, path: string, maxBytes: number): AsyncGenerator<InputItem> {
  const context = { path, maxBytes };
  switch (kind) {
    case 'warc':
      return readWarc(opened.peeked.chunks, context);
    case 'jsonl':
      return readJsonl(opened.peeked.chunks, context);
    case 'feed':
      return readFeed(opened.peeked.head, opened.peeked.chunks, context);
  }
}

export async function* readSource(chunks: ByteChunks, source: SourceInfo, options: SourceOptions): AsyncGenerator<InputItem> {
  let place: Place = { path: source.path, container: { kind: source.origin, index: null } };
  let opened: Opened | null = null;
  try {
    opened = { peeked: await peekBytes(chunks, HEAD_BYTES), gzipped: false };
    if (isGzip(opened.peeked.head)) {
      if (source.origin === 'file') place = { ...place, container: { kind: 'gzip', index: null } };
      opened = { peeked: await peekBytes(gunzipChunks(opened.peeked.chunks), HEAD_BYTES), gzipped: true };
    }
    const detection = detectContent(opened.peeked.head, { path: source.origin === 'file' ? source.path : null, complete: opened.peeked.complete });
    switch (detection.kind) {
      case 'empty':
        yield errorItem(place, 'input/empty', opened.peeked.head.length === 0 ? 'empty (0 bytes)' : 'holds only whitespace', { url: options.url ?? null });
        return;
      case 'binary':
        yield errorItem(place, 'input/binary', `not text: ${detection.reason}`, { url: options.url ?? null });
        return;
      case 'html':
      case 'text':
        yield* readSingle(opened, detection.kind, source, place, options);
        return;
      default:
        yield* readContainer(detection.kind, opened, source.path, options.maxBytes);
    }
  } catch (err) {
    yield errorItemFrom(place, err, { url: options.url ?? null });
  } finally {
    await opened?.peeked.close();
  }
}
