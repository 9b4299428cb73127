import { describe, expect, it } from 'vitest';
import { uniqueSpans } from '../../src/annotate/entities/assemble.js';
import type { MentionCandidate } from '../../src/annotate/entities/candidate.js';

function mention(layer: string, start: number, end: number, text: string): MentionCandidate {
  return { layer, start, end, text, type: 'person', form: 'name', rule: 'entities/test', confidence: 1 };
}

/** What a Map keyed by the span as a string keeps. */
function reference(mentions: readonly MentionCandidate[]): MentionCandidate[] {
  const unique = new Map<string, MentionCandidate>();
  for (const m of mentions) unique.set(`${m.layer}:${m.start}:${m.end}`, m);
  return [...unique.values()];
}

describe('uniqueSpans', () => {
  it('keeps one mention per span, the last one where the first stood', () => {
    const mentions = [mention('text', 0, 5, 'a'), mention('title', 0, 5, 'b'), mention('text', 0, 5, 'c'), mention('text', 5, 0, 'd'), mention('text', 1, 5, 'e')];
    expect(uniqueSpans(mentions).map((m) => m.text)).toEqual(['c', 'b', 'd', 'e']);
  });

  it('agrees with a string-keyed map, also for huge and odd offsets', () => {
    let seed = 3;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 200; round += 1) {
      const scale = [1, 1, 1e9, 1e15][round % 4] as number;
      const mentions = Array.from({ length: next(30) }, (_, i) => {
        const start = next(8) * scale - (round % 7 === 0 ? 3 : 0);
        return mention(next(3) === 0 ? 'title' : 'text', start, start + next(4) * scale + (round % 11 === 0 ? 0.5 : 0), String(i));
      });
      expect(uniqueSpans(mentions)).toEqual(reference(mentions));
    }
  });
});
