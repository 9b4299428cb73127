/**
 * One candidate per stretch of text: of candidates that overlap, the one from the higher-priority
 * finder is kept, else the longer, else the earlier.
 *
 * Candidates are taken best first, and each is kept unless it overlaps one kept before. The test
 * reads which characters of its layer the kept candidates cover (a byte per character, filled as
 * they are kept), so it costs the candidate's length, where comparing it with every kept candidate
 * of its layer made the whole quadratic (a few hundred candidates an article, twice).
 */
import { ACRONYM_RULE } from './acronyms.js';
import { type MentionCandidate, overlaps } from './candidate.js';
import { DATELINE_RULE } from './dateline.js';

/** Rules that win an overlap whatever the lengths: they read what the tagger cannot. */
function priorityOf(rule: string): number {
  return rule === DATELINE_RULE ? 2 : rule === ACRONYM_RULE ? 1 : 0;
}

/** What the candidates kept so far cover in one layer. */
interface LayerCover {
  /** 1 for each character some kept candidate covers. */
  readonly covered: Uint8Array;
  /** The layer's kept candidates. */
  readonly kept: MentionCandidate[];
  /**
   * Kept candidates without characters (start >= end) or with a negative start, which the covered
   * characters do not show (`overlaps` says an empty one overlaps a candidate that strictly contains
   * its position). None occur in practice.
   */
  readonly irregular: MentionCandidate[];
}

function isRegular(candidate: MentionCandidate): boolean {
  return candidate.start >= 0 && candidate.start < candidate.end;
}

/**
 * Whether `candidate` overlaps a kept candidate of its layer: the same answer as
 * `cover.kept.some((other) => overlaps(other, candidate))`.
 */
function overlapsKept(cover: LayerCover, candidate: MentionCandidate): boolean {
  if (!isRegular(candidate)) return cover.kept.some((other) => overlaps(other, candidate));
  for (let i = candidate.start; i < candidate.end; i += 1) if (cover.covered[i] === 1) return true;
  return cover.irregular.some((other) => overlaps(other, candidate));
}

/** The candidates kept, in the order they rank (priority, then length, then start). */
export function settleOverlaps(candidates: readonly MentionCandidate[]): MentionCandidate[] {
  // Each candidate's priority read once, not at every comparison of the sort (which is stable, so
  // the order is the same as sorting the candidates themselves with the same comparison).
  const decorated = candidates.map((mention) => ({ mention, priority: priorityOf(mention.rule), length: mention.end - mention.start }));
  decorated.sort((a, b) => b.priority - a.priority || b.length - a.length || a.mention.start - b.mention.start);
  // Each layer's cover is as long as its candidates reach.
  const reach = new Map<string, number>();
  for (const c of candidates) reach.set(c.layer, Math.max(reach.get(c.layer) ?? 0, c.end));
  const covers = new Map<string, LayerCover>();
  const kept: MentionCandidate[] = [];
  for (const { mention: candidate } of decorated) {
    let cover = covers.get(candidate.layer);
    if (cover === undefined) {
      cover = { covered: new Uint8Array(reach.get(candidate.layer) ?? 0), kept: [], irregular: [] };
      covers.set(candidate.layer, cover);
    }
    if (overlapsKept(cover, candidate)) continue;
    if (isRegular(candidate)) cover.covered.fill(1, candidate.start, candidate.end);
    else cover.irregular.push(candidate);
    cover.kept.push(candidate);
    kept.push(candidate);
  }
  return kept;
}
