/**
 * Splitting a byte stream into lines without ever holding more than one line (and never more than
 * `maxLineBytes` of it): a 2 GB JSON Lines file streams in constant memory.
 */
import type { ByteChunks } from './byte-stream.js';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export type Line =
  | { kind: 'line'; /** Line number from 0. */ index: number; bytes: Buffer }
  | { kind: 'too-long'; index: number; length: number };

class LineAssembler {
  private parts: Buffer[] = [];
  private length = 0;
  index = 0;

  constructor(private readonly maxLineBytes: number) {}

  get isEmpty(): boolean {
    return this.length === 0;
  }

  add(piece: Buffer): void {
    this.length += piece.length;
    // Past the limit the bytes are only counted, not kept.
    if (this.length <= this.maxLineBytes) this.parts.push(piece);
    else this.parts = [];
  }

  take(): Line {
    const index = this.index++;
    const length = this.length;
    const parts = this.parts;
    this.parts = [];
    this.length = 0;
    if (length > this.maxLineBytes) return { kind: 'too-long', index, length };
    let bytes = Buffer.concat(parts, length);
    if (bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    return { kind: 'line', index, bytes };
  }
}

export async function* splitLines(chunks: ByteChunks, maxLineBytes: number): AsyncGenerator<Line> {
  const assembler = new LineAssembler(maxLineBytes);
  for await (const raw of chunks) {
    const chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let start = 0;
    let newline = chunk.indexOf(NEWLINE, start);
    while (newline >= 0) {
      assembler.add(chunk.subarray(start, newline));
      yield assembler.take();
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    // Copy the tail: it may outlive a pooled chunk buffer.
    if (start < chunk.length) assembler.add(Buffer.from(chunk.subarray(start)));
  }
  if (!assembler.isEmpty) yield assembler.take();
}
