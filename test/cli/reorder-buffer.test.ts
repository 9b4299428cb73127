import { describe, expect, it } from 'vitest';
import { ReorderBuffer } from '../../src/cli/reorder-buffer.js';

describe('ReorderBuffer', () => {
  it('emits in reservation order whatever the completion order', () => {
    const emitted: string[] = [];
    const buffer = new ReorderBuffer<string>((value) => emitted.push(value));
    const seqs = ['a', 'b', 'c', 'd'].map(() => buffer.reserve());
    buffer.put(seqs[2]!, 'c');
    buffer.put(seqs[1]!, 'b');
    expect(emitted).toEqual([]);
    expect(buffer.held).toBe(2);
    buffer.put(seqs[0]!, 'a');
    expect(emitted).toEqual(['a', 'b', 'c']);
    expect(buffer.pending).toBe(1);
    buffer.put(seqs[3]!, 'd');
    expect(emitted).toEqual(['a', 'b', 'c', 'd']);
    expect(buffer.pending).toBe(0);
  });

  it('passes values that are themselves undefined or null through', () => {
    const emitted: (number | null)[] = [];
    const buffer = new ReorderBuffer<number | null>((value) => emitted.push(value));
    const first = buffer.reserve();
    const second = buffer.reserve();
    buffer.put(second, 7);
    buffer.put(first, null);
    expect(emitted).toEqual([null, 7]);
  });

  it('refuses a sequence number delivered twice or never reserved', () => {
    const buffer = new ReorderBuffer<string>(() => {});
    const seq = buffer.reserve();
    buffer.put(seq, 'x');
    expect(() => buffer.put(seq, 'again')).toThrow(/twice/);
    expect(() => buffer.put(5, 'stray')).toThrow(/never reserved/);
  });
});
