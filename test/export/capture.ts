/** A writable that keeps what it is given, for reading an export back in a test. */
import { Writable } from 'node:stream';
import { TextWriter } from '../../src/export/text-writer.js';

export interface Capture {
  writer: TextWriter;
  text(): string;
}

export function capture(): Capture {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  return { writer: new TextWriter(stream), text: () => chunks.join('') };
}
