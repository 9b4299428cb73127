import { describe, expect, it } from 'vitest';
import { lookahead } from '../../src/cli/lookahead.js';

async function* count(to: number, pulled: number[]): AsyncGenerator<number> {
  for (let i = 1; i <= to; i++) {
    pulled.push(i);
    yield i;
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('lookahead', () => {
  it('peeks at the first items without losing them or reading further', async () => {
    const pulled: number[] = [];
    const peek = await lookahead(count(5, pulled), 2);
    expect(peek.head).toEqual([1, 2]);
    expect(pulled).toEqual([1, 2]);
    expect(await collect(peek.all)).toEqual([1, 2, 3, 4, 5]);
  });

  it('returns a short head for a short stream', async () => {
    const peek = await lookahead(count(1, []), 2);
    expect(peek.head).toEqual([1]);
    expect(await collect(peek.all)).toEqual([1]);
  });
});
