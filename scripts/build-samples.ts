/**
 * Builds the sample web archive samples/archive/*.warc.gz from the pages kept in data/samples-src/archive/
 * (listed, with their URLs, fetch dates and HTTP content types, in data/samples-src/archive/manifest.json).
 *
 *   node dist/scripts/build-samples.js           write the archive
 *   node dist/scripts/build-samples.js --check   fail (exit 1) when the committed archive is stale
 *
 * The archive follows WARC 1.1: a warcinfo record, then for each page a response record (an HTTP
 * response with its headers), one request record, and one non-HTML response that readers must skip.
 * Every record is its own gzip member, as crawlers write them, so a reader can seek to any record.
 *
 * Rebuilding gives the same bytes: record ids are name-based UUIDs (v5) derived from the record's type
 * and URL, dates come from the manifest, and the gzip header is written by hand with a fixed mtime.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateRawSync, gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { z } from 'zod';

/** Where the sources and the manifest live, relative to the repository root. */
export const ARCHIVE_SOURCE_DIR = join('data', 'samples-src', 'archive');
const MANIFEST_FILE = 'manifest.json';

/** WARC 1.1 (ISO 28500:2017 revision) version line. */
const WARC_VERSION = 'WARC/1.1';
const CRLF = '\r\n';
/** A record ends with two CRLFs after its block. */
const RECORD_TRAILER = CRLF + CRLF;

/** RFC 4122 URL namespace: the record ids are v5 UUIDs of "<type> <target URI>" in it. */
const UUID_NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const UUID_VERSION_5 = 0x50;
const UUID_VARIANT_RFC4122 = 0x80;

/** gzip (RFC 1952) header fields, fixed so the output never depends on the clock or the platform. */
const GZIP_MAGIC = [0x1f, 0x8b];
const GZIP_METHOD_DEFLATE = 8;
const GZIP_NO_FLAGS = 0;
const GZIP_FIXED_MTIME = 0; // "no time stamp available" per RFC 1952
const GZIP_XFL_MAX_COMPRESSION = 2;
const GZIP_OS_UNKNOWN = 255;
const DEFLATE_LEVEL = 9;

const RFC4648_BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const CRAWLER_USER_AGENT = 'newsgraph-sample-crawler/1.0 (+https://newsgraph.dev/samples)';
const SERVER_HEADER = 'nginx';

const RecordEntry = z.object({
  source: z.string().min(1),
  uri: z.url(),
  fetched: z.iso.datetime(),
  contentType: z.string().min(1),
  /** Set for text payloads: the charset the source (kept in UTF-8) is encoded to before archiving. */
  encodeAs: z.enum(['utf-8', 'windows-1252']).optional(),
  /** Also archive the GET request that fetched the page. */
  withRequest: z.boolean().optional(),
});
const Manifest = z.object({
  archive: z.string().regex(/\.warc\.gz$/),
  warcinfo: z.object({ date: z.iso.datetime(), operator: z.string(), description: z.string() }),
  records: z.array(RecordEntry).min(1),
});
type RecordEntryT = z.infer<typeof RecordEntry>;
export type ManifestT = z.infer<typeof Manifest>;

export function readManifest(root: string): ManifestT {
  const raw = readFileSync(join(root, ARCHIVE_SOURCE_DIR, MANIFEST_FILE), 'utf8');
  return Manifest.parse(JSON.parse(raw));
}

/** A v5 (SHA-1, name-based) UUID, so the same record always gets the same WARC-Record-ID. */
export function nameBasedUuid(name: string, namespace: string = UUID_NAMESPACE_URL): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | UUID_VERSION_5;
  bytes[8] = (bytes[8]! & 0x3f) | UUID_VARIANT_RFC4122;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += RFC4648_BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += RFC4648_BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** The digest form crawlers write in WARC-Block-Digest / WARC-Payload-Digest. */
function sha1Digest(bytes: Buffer): string {
  return `sha1:${base32(createHash('sha1').update(bytes).digest())}`;
}

/** One gzip member with a fixed header: identical input gives identical bytes on every machine run. */
export function gzipMember(data: Buffer): Buffer {
  const header = Buffer.from([
    ...GZIP_MAGIC,
    GZIP_METHOD_DEFLATE,
    GZIP_NO_FLAGS,
    GZIP_FIXED_MTIME,
    0,
    0,
    0,
    GZIP_XFL_MAX_COMPRESSION,
    GZIP_OS_UNKNOWN,
  ]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data) >>> 0, 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  return Buffer.concat([header, deflateRawSync(data, { level: DEFLATE_LEVEL }), trailer]);
}

interface WarcRecordInput {
  type: 'warcinfo' | 'request' | 'response';
  /** What the record id is derived from (with the type): the target URI, or the file name for warcinfo. */
  idName: string;
  date: string;
  targetUri?: string;
  contentType: string;
  block: Buffer;
  /** Extra named headers, written in the given order after the standard ones. */
  extra?: { name: string; value: string }[];
}

function recordId(type: string, name: string): string {
  return `<urn:uuid:${nameBasedUuid(`${type} ${name}`)}>`;
}

/** Serialises one WARC record: version line, named fields, blank line, block, two CRLFs. */
export function warcRecord(input: WarcRecordInput): Buffer {
  const fields: [string, string][] = [
    ['WARC-Type', input.type],
    ['WARC-Record-ID', recordId(input.type, input.idName)],
    ['WARC-Date', input.date],
  ];
  if (input.targetUri) fields.push(['WARC-Target-URI', input.targetUri]);
  for (const { name, value } of input.extra ?? []) fields.push([name, value]);
  fields.push(['WARC-Block-Digest', sha1Digest(input.block)]);
  fields.push(['Content-Type', input.contentType]);
  fields.push(['Content-Length', String(input.block.length)]);
  const head = [WARC_VERSION, ...fields.map(([name, value]) => `${name}: ${value}`)].join(CRLF) + CRLF + CRLF;
  return Buffer.concat([Buffer.from(head, 'utf8'), input.block, Buffer.from(RECORD_TRAILER, 'latin1')]);
}

function httpDate(iso: string): string {
  return new Date(iso).toUTCString();
}

/** The payload bytes as the server sent them: text re-encoded to the charset the header announces. */
function payloadBytes(root: string, entry: RecordEntryT): Buffer {
  const raw = readFileSync(join(root, ARCHIVE_SOURCE_DIR, entry.source));
  if (!entry.encodeAs) return raw;
  return iconv.encode(raw.toString('utf8'), entry.encodeAs);
}

function httpResponse(entry: RecordEntryT, payload: Buffer): Buffer {
  const head = [
    'HTTP/1.1 200 OK',
    `Date: ${httpDate(entry.fetched)}`,
    `Server: ${SERVER_HEADER}`,
    `Content-Type: ${entry.contentType}`,
    `Content-Length: ${payload.length}`,
    'Cache-Control: max-age=300',
    'Connection: close',
  ].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF, 'latin1'), payload]);
}

function httpRequest(uri: string): Buffer {
  const url = new URL(uri);
  const head = [
    `GET ${url.pathname}${url.search} HTTP/1.1`,
    `Host: ${url.host}`,
    `User-Agent: ${CRAWLER_USER_AGENT}`,
    'Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
    'Connection: close',
  ].join(CRLF);
  return Buffer.from(head + CRLF + CRLF, 'latin1');
}

function warcinfoRecord(manifest: ManifestT): Buffer {
  const fileName = manifest.archive.split('/').pop() ?? manifest.archive;
  const fields = [
    'software: newsgraph scripts/build-samples.ts',
    'format: WARC File Format 1.1',
    'conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
    `operator: ${manifest.warcinfo.operator}`,
    `description: ${manifest.warcinfo.description}`,
  ].join(CRLF);
  return warcRecord({
    type: 'warcinfo',
    idName: fileName,
    date: manifest.warcinfo.date,
    contentType: 'application/warc-fields',
    block: Buffer.from(fields + CRLF, 'utf8'),
    extra: [{ name: 'WARC-Filename', value: fileName }],
  });
}

/** The records for one manifest entry: the response, preceded by its request when asked for. */
function entryRecords(root: string, entry: RecordEntryT): Buffer[] {
  const payload = payloadBytes(root, entry);
  const responseId = recordId('response', entry.uri);
  const response = warcRecord({
    type: 'response',
    idName: entry.uri,
    date: entry.fetched,
    targetUri: entry.uri,
    contentType: 'application/http;msgtype=response',
    block: httpResponse(entry, payload),
    extra: [{ name: 'WARC-Payload-Digest', value: sha1Digest(payload) }],
  });
  if (!entry.withRequest) return [response];
  const request = warcRecord({
    type: 'request',
    idName: entry.uri,
    date: entry.fetched,
    targetUri: entry.uri,
    contentType: 'application/http;msgtype=request',
    block: httpRequest(entry.uri),
    extra: [{ name: 'WARC-Concurrent-To', value: responseId }],
  });
  return [request, response];
}

/** The whole archive, each record compressed as its own gzip member. */
export function buildArchive(root: string, manifest: ManifestT = readManifest(root)): Buffer {
  const records = [warcinfoRecord(manifest), ...manifest.records.flatMap((entry) => entryRecords(root, entry))];
  return Buffer.concat(records.map(gzipMember));
}

export interface ArchiveCheck {
  /** The archive path relative to the root. */
  path: string;
  current: boolean;
  message: string;
}

/**
 * Compares the committed archive with a fresh build. Identical bytes pass; so do identical records
 * under different compressed bytes, because another zlib build may compress the same input
 * differently and that is not staleness.
 */
export function checkArchive(root: string): ArchiveCheck {
  const manifest = readManifest(root);
  const path = manifest.archive;
  const file = join(root, path);
  if (!existsSync(file)) return { path, current: false, message: `${path} is missing` };
  const committed = readFileSync(file);
  const fresh = buildArchive(root, manifest);
  if (committed.equals(fresh)) return { path, current: true, message: `${path} is current` };
  let committedRecords: Buffer;
  try {
    committedRecords = gunzipSync(committed);
  } catch {
    return { path, current: false, message: `${path} is not valid gzip` };
  }
  if (committedRecords.equals(gunzipSync(fresh))) {
    return { path, current: true, message: `${path} is current (same records, different compressed bytes)` };
  }
  return { path, current: false, message: `${path} is stale` };
}

/** The repository root: the nearest folder above this file that holds package.json and samples/. */
export function findRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'samples')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no repository root above ${start}`);
    dir = parent;
  }
  return dir;
}

function main(argv: readonly string[]): number {
  const root = findRoot();
  if (argv.includes('--check')) {
    const result = checkArchive(root);
    if (result.current) {
      console.log(result.message);
      return 0;
    }
    console.error(`${result.message}: run "node dist/scripts/build-samples.js" and commit it`);
    return 1;
  }
  const manifest = readManifest(root);
  const out = join(root, manifest.archive);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, buildArchive(root, manifest));
  console.log(`wrote ${manifest.archive}`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
