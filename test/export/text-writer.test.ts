/** TextWriter: chunks, backpressure and stream errors. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TextWriter } from '../../src/export/text-writer.js';

/** A writable that takes one chunk per tick and reports itself full after every chunk. */
function slowStream(received: string[], failAfter = Infinity): Writable {
  return new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      if (received.length >= failAfter) {
        callback(new Error('disk full'));
        return;
      }
      received.push(chunk.toString('utf8'));
      setImmediate(callback);
    },
  });
}

describe('TextWriter', () => {
  it('waits for a full stream to drain and delivers everything in order', async () => {
    const received: string[] = [];
    const writer = new TextWriter(slowStream(received));
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(i % 90)}\n`);
    for (const line of lines) await writer.write(line);
    await writer.end(true);
    expect(received.length).toBeGreaterThan(1);
    expect(received.join('')).toBe(lines.join(''));
  });

  it('turns a stream error into a rejected write instead of a crash', async () => {
    const writer = new TextWriter(slowStream([], 1));
    const write = async (): Promise<void> => {
      for (let i = 0; i < 20_000; i += 1) await writer.write(`row ${i} with some padding to fill chunks quickly\n`);
      await writer.end(true);
    };
    await expect(write()).rejects.toThrow('disk full');
  });
});
