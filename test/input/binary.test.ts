import { describe, expect, it } from 'vitest';
import { sniffBinary } from '../../src/input/binary.js';

describe('sniffBinary', () => {
  it('names common binary formats by their magic bytes', () => {
    expect(sniffBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('PNG image');
    expect(sniffBinary(Buffer.from('PK\u0003\u0004word/document.xml', 'latin1'))).toMatch(/zip/);
    expect(sniffBinary(Buffer.from('GIF89a\u0001\u0000', 'latin1'))).toBe('GIF image');
  });

  it('flags a high share of control characters', () => {
    const noisy = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(sniffBinary(noisy)).toMatch(/control characters/);
  });

  it('lets text with tabs, newlines, form feeds and ISO-2022-JP escapes through', () => {
    expect(sniffBinary(Buffer.from('Col A\tCol B\r\nNext page\f\u001b$B$3$s\u001b(B\n', 'latin1'))).toBeNull();
  });
});
