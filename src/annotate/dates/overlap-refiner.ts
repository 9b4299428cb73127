/**
 * Settles overlapping candidates: the one from the more knowing finder wins (TIER), then the
 * longer, then the earlier. Returns the survivors in text order.
 */
import type { Candidate } from './candidate.js';

function beats(a: Candidate, b: Candidate): number {
  return b.tier - a.tier || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/** Whether any character of [start, end) is already claimed. */
function claimed(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  // A map of claimed characters keeps this linear in the text, however many candidates there are.
  const taken = new Uint8Array(candidates.reduce((max, c) => Math.max(max, c.end), 0));
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort(beats)) {
    if (c.end <= c.start || claimed(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
