import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type Line, splitLines } from '../../src/input/lines.js';

async function split(chunks: string[], max = 1000): Promise<Array<string | number>> {
  const out: Array<string | number> = [];
  for await (const line of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push(describeLine(line));
  return out;
}

const describeLine = (line: Line): string | number => (line.kind === 'line' ? line.bytes.toString('utf8') : -line.length);

describe('splitLines', () => {
  it('joins lines split across chunks and strips CR', async () => {
    expect(await split(['first li', 'ne\r\nsec', 'ond\n', '\nlast'])).toEqual(['first line', 'second', '', 'last']);
  });

  it('keeps a multi-byte character split between chunks whole', async () => {
    const bytes = Buffer.from('Камышин\n');
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3)];
    const out: string[] = [];
    for await (const line of splitLines(Readable.from(chunks), 100)) if (line.kind === 'line') out.push(line.bytes.toString('utf8'));
    expect(out).toEqual(['Камышин']);
  });

  it('reports an over-long line by its length without keeping it, then carries on', async () => {
    expect(await split(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nok\n'], 50)).toEqual(['short', -60, 'ok']);
  });
});
