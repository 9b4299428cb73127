/** Gzip unwrapping: a .gz file of any kind is read through a streaming inflater. */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from './document.js';
import type { ByteChunks } from './byte-stream.js';

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC_0 && head[1] === GZIP_MAGIC_1;
}

/**
 * Inflates a gzip stream (several concatenated members, as in a per-record .warc.gz, are fine).
 * A truncated or corrupt stream throws `input/bad-gzip`; a failure of the underlying source keeps its own error.
 */
export async function* gunzipChunks(chunks: ByteChunks): AsyncGenerator<Buffer> {
  const source = Readable.from(chunks, { objectMode: false });
  const inflater = createGunzip();
  let sourceError: unknown = null;
  source.on('error', (err) => {
    sourceError = err;
    inflater.destroy(err);
  });
  source.pipe(inflater);
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } catch (err) {
    if (sourceError !== null && sourceError instanceof InputError) throw sourceError;
    const detail = err instanceof Error ? err.message : String(err);
    throw new InputError('input/bad-gzip', `corrupt or truncated gzip data (${detail})`);
  } finally {
    source.destroy();
    inflater.destroy();
  }
}
