import { describe, expect, it } from 'vitest';
import { ACRONYM_RULE } from '../../src/annotate/entities/acronyms.js';
import { type MentionCandidate, overlaps } from '../../src/annotate/entities/candidate.js';
import { DATELINE_RULE } from '../../src/annotate/entities/dateline.js';
import { settleOverlaps } from '../../src/annotate/entities/settle-overlaps.js';

/** The plain definition: best first, each kept unless it overlaps one kept before. */
function reference(candidates: readonly MentionCandidate[]): MentionCandidate[] {
  const priority = (rule: string): number => (rule === DATELINE_RULE ? 2 : rule === ACRONYM_RULE ? 1 : 0);
  const ranked = [...candidates].sort((a, b) => priority(b.rule) - priority(a.rule) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: MentionCandidate[] = [];
  for (const candidate of ranked) if (!kept.some((other) => overlaps(other, candidate))) kept.push(candidate);
  return kept;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

describe('settleOverlaps', () => {
  it('keeps what comparing each candidate with every kept one keeps, in the same order', () => {
    const next = random(7);
    const rules = [DATELINE_RULE, ACRONYM_RULE, 'entities/model:ner-perceptron', 'entities/repeat'];
    for (let round = 0; round < 300; round += 1) {
      const candidates: MentionCandidate[] = Array.from({ length: Math.floor(next() * 40) }, (_, i) => {
        const start = Math.floor(next() * 60) - (next() < 0.03 ? 70 : 0);
        const end = start + Math.floor(next() * 12) - (next() < 0.05 ? 6 : 0);
        return { layer: next() < 0.7 ? 'text' : 'title', start, end, text: `m${i}`, type: 'person', form: 'name', rule: rules[Math.floor(next() * rules.length)] as string, confidence: 1 };
      });
      expect(settleOverlaps(candidates)).toEqual(reference(candidates));
    }
  });
});
