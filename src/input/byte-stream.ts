/**
 * Byte streams: every reader consumes an async iterable of chunks, so a file, a gunzipped file and
 * standard input look alike. `peekBytes` reads just enough to sniff a stream without losing what it read.
 */

export type ByteChunks = AsyncIterable<Uint8Array>;

export interface PeekedBytes {
  /** The first bytes of the stream (at least the requested size unless the stream is shorter). */
  head: Buffer;
  /** True when `head` is the whole stream. */
  complete: boolean;
  /** The whole stream again, starting with the bytes already in `head`. Iterate it at most once. */
  chunks: ByteChunks;
  /** Releases the underlying source (closes the file) when the stream will not be read further. */
  close(): Promise<void>;
}

/** Accepts string chunks too (a Readable with an encoding set) and hands out Buffers. */
export function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

export async function peekBytes(source: AsyncIterable<Uint8Array | string>, size: number): Promise<PeekedBytes> {
  const iterator = source[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let length = 0;
  let complete = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      complete = true;
      break;
    }
    const chunk = toBuffer(next.value);
    buffered.push(chunk);
    length += chunk.length;
  }
  const close = async (): Promise<void> => {
    await iterator.return?.();
  };
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      yield* buffered.splice(0);
      if (complete) return;
      while (true) {
        const next = await iterator.next();
        if (next.done) return;
        yield toBuffer(next.value);
      }
    } finally {
      await close();
    }
  }
  return { head: Buffer.concat(buffered), complete, chunks: replay(), close };
}

export type Collected = { kind: 'bytes'; bytes: Buffer } | { kind: 'too-large'; seen: number };

/** Reads a whole stream into memory, giving up (and closing it) once it passes `maxBytes`. */
export async function collectBytes(chunks: ByteChunks, maxBytes: number): Promise<Collected> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > maxBytes) return { kind: 'too-large', seen: length };
    parts.push(toBuffer(chunk));
  }
  return { kind: 'bytes', bytes: Buffer.concat(parts, length) };
}
