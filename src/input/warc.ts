/**
 * WARC archives (.warc, .warc.gz; gzip is unwrapped before this runs): every `response` record
 * holding an HTML page with a 2xx status becomes one document. Requests, metadata, revisits and
 * non-HTML responses are skipped silently. Records are read one at a time, so archives of any
 * size stream.
 *
 * warcio parses the records. Two of its habits are guarded against here: it loops forever when
 * asked to skip a record that the file cuts short, so every record is read to its end by us
 * (never skipped by warcio) and a short one ends the file with `input/bad-warc`; and it hands back
 * a header-less "record" for garbage between records, which is caught by its status line.
 */
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import type { ByteChunks } from './byte-stream.js';
import { decodeHtml } from './decode.js';
import { charsetFromContentType } from './declared-charset.js';
import { type InputItem, InputError } from './document.js';
import { errorItem, errorItemFrom, type Place } from './errors.js';
import { makeDocumentId } from './id.js';

export interface WarcContext {
  path: string | null;
  maxBytes: number;
}

const WARC_STATUS_PREFIX = 'WARC/';
const HTML_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const HTTP_OK_MIN = 200;
const HTTP_OK_MAX = 299;

/** Thrown to stop reading the file: what follows the point of damage cannot be trusted. */
class BrokenWarc extends Error {}

function httpStatus(record: WARCRecord): number {
  return Number(record.httpHeaders?.statusCode ?? NaN);
}

function httpContentType(record: WARCRecord): string | null {
  return record.httpHeaders?.headers.get('content-type') ?? null;
}

function isHtmlResponse(record: WARCRecord): boolean {
  if (record.warcType !== 'response') return false;
  const status = httpStatus(record);
  if (!(status >= HTTP_OK_MIN && status <= HTTP_OK_MAX)) return false;
  const mediaType = (httpContentType(record) ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return HTML_MEDIA_TYPES.has(mediaType);
}

/** Bytes the record still owes after reading: more than zero means the file ended inside it. */
function missingBytes(reader: unknown): number {
  return reader instanceof LimitReader ? Math.max(0, reader.limit) : 0;
}

/** Reads a record to its end, keeping nothing (warcio's own skip hangs on a short record). */
async function drain(record: WARCRecord): Promise<void> {
  const raw = record.reader;
  for await (const chunk of raw) void chunk;
  if (missingBytes(raw) > 0) throw new BrokenWarc(`the file ends inside record ${record.warcTargetURI ?? ''}`.trim());
}

/** The page's bytes with transfer and content encodings (chunked, gzip) removed. */
async function readPayload(record: WARCRecord): Promise<Uint8Array> {
  const raw = record.reader;
  await record.readFully(false);
  if (missingBytes(raw) > 0) throw new BrokenWarc('the file ends inside this record');
  try {
    return await record.readFully(true);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new InputError('input/bad-warc', `the HTTP body cannot be decoded (${detail})`);
  }
}

/** The target URI; some writers wrap it in angle brackets, as WARC/1.1's grammar once suggested. */
function targetUri(record: WARCRecord): string | undefined {
  const uri = record.warcTargetURI?.trim().replace(/^<(.*)>$/, '$1');
  return uri ? uri : undefined;
}

async function recordItem(record: WARCRecord, place: Place, maxBytes: number): Promise<InputItem> {
  const url = targetUri(record);
  const known = { url: url ?? null };
  if (record.warcContentLength > maxBytes) {
    await drain(record);
    return errorItem(place, 'input/too-large', `record is ${record.warcContentLength} bytes, over the limit of ${maxBytes}`, known);
  }
  try {
    const payload = await readPayload(record);
    if (payload.length > maxBytes) {
      return errorItem(place, 'input/too-large', `page is ${payload.length} bytes once decompressed, over the limit of ${maxBytes}`, known);
    }
    const decoded = decodeHtml(payload, { httpCharset: charsetFromContentType(httpContentType(record)) });
    if (decoded.text.trim().length === 0) return errorItem(place, 'input/empty', 'the page is empty', known);
    return {
      kind: 'document',
      document: {
        id: makeDocumentId(url, payload),
        format: 'html',
        content: decoded.text.replace(/^\ufeff/, ''),
        source: { path: place.path, container: place.container, encoding: decoded.encoding, encodingFrom: decoded.encodingFrom },
        // WARC-Date is when the page was crawled, not published: it is deliberately not a hint.
        hints: url ? { url } : {},
        warnings: decoded.warnings,
      },
    };
  } catch (err) {
    if (err instanceof BrokenWarc) throw err;
    return errorItemFrom(place, err, known);
  }
}

export async function* readWarc(chunks: ByteChunks, context: WarcContext): AsyncGenerator<InputItem> {
  const parser = new WARCParser(chunks);
  let index = 0;
  let yielded = 0;
  const place = (): Place => ({ path: context.path, container: { kind: 'warc', index } });
  try {
    for await (const record of parser) {
      if (!record.warcHeaders.statusline.startsWith(WARC_STATUS_PREFIX)) {
        throw new BrokenWarc(`expected a WARC record header, found "${record.warcHeaders.statusline.slice(0, 40)}"`);
      }
      if (isHtmlResponse(record)) {
        yield await recordItem(record, place(), context.maxBytes);
        yielded++;
      } else {
        await drain(record);
      }
      index++;
    }
  } catch (err) {
    yield err instanceof BrokenWarc
      ? errorItem(place(), 'input/bad-warc', `${err.message}; the rest of the file is skipped`)
      : errorItemFrom(place(), err);
    return;
  }
  // Every input yields at least one line: an archive without pages says so.
  if (yielded === 0) {
    yield errorItem({ path: context.path, container: { kind: 'warc', index: null } }, 'input/no-content', `the archive holds no HTML page with a 2xx status (${index} records read)`);
  }
}
