import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgressLine } from '../../src/cli/progress.js';
import { ConsumedBytes } from '../../src/cli/input-size.js';
import { resolve } from 'node:path';

describe('formatProgressLine', () => {
  it('shows a bar, share, count, rate and ETA when the total size is known', () => {
    const line = formatProgressLine({ documents: 1200, elapsedMs: 4000, bytesDone: 250, bytesTotal: 1000 });
    expect(line).toBe('[######------------------]  25% | 1,200 docs | 300.0 docs/s | ETA 0:12');
  });

  it('shows count and rate without ETA when the total is unknown', () => {
    const line = formatProgressLine({ documents: 50, elapsedMs: 10_000, bytesDone: null, bytesTotal: null });
    expect(line).toBe('50 docs | 5.0 docs/s | 0:10 elapsed');
  });

  it('does not guess an ETA from almost no progress', () => {
    expect(formatProgressLine({ documents: 1, elapsedMs: 500, bytesDone: 1, bytesTotal: 10_000 })).toContain('ETA --:--');
  });

  it('formats hours', () => {
    expect(formatDuration(3 * 3600 + 5 * 60 + 9)).toBe('3:05:09');
  });
});

describe('ConsumedBytes', () => {
  const sizes = new Map([
    [resolve('crawl/a.html'), 1000],
    [resolve('crawl/feed.xml'), 500],
  ]);

  it('counts a file fully once the stream moves past it, and caps the current one at its size', () => {
    const consumed = new ConsumedBytes(sizes);
    consumed.advance('crawl/a.html', 3000); // decoded text can exceed the file (gzip)
    expect(consumed.value).toBe(1000);
    consumed.advance('crawl/feed.xml', 200);
    expect(consumed.value).toBe(1200);
    consumed.advance('crawl/feed.xml', 200);
    expect(consumed.value).toBe(1400);
  });

  it('ignores standard input and unknown paths', () => {
    const consumed = new ConsumedBytes(sizes);
    consumed.advance('-', 5000);
    consumed.advance('elsewhere/x.html', 10);
    expect(consumed.value).toBe(0);
  });
});
