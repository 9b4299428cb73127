/**
 * What the finders of the entities annotator propose: one mention candidate per span, with the type
 * it reads as, how it names its entity (`form`), and the rule and confidence that go into the fact.
 * Groups of candidates become entities (group.ts, assemble.ts).
 */
import { normalizeName } from '../../kb/index.js';
import type { EntityTypeT, MentionFormT } from '../../record/facts/entities.js';

export interface MentionCandidate {
  readonly layer: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityTypeT;
  readonly form: MentionFormT;
  /** The full rule, "entities/model:ner-perceptron", "entities/demonym"... */
  readonly rule: string;
  readonly confidence: number;
  /** For an acronym or a descriptor: the name written elsewhere that it stands for. */
  readonly refersTo?: string;
}

/** A text layer with its position in reading order (title 0, body 1, captions 2...). */
export interface ReadLayer {
  readonly layer: string;
  readonly text: string;
  /** Reading order of the layer: title first, then the body, then captions in media order. */
  readonly order: number;
}

/** Reading order of two candidates: layer order, then offset, then the longer first. */
export function byReadingOrder(layers: ReadonlyMap<string, number>) {
  return (a: Pick<MentionCandidate, 'layer' | 'start' | 'end'>, b: Pick<MentionCandidate, 'layer' | 'start' | 'end'>): number =>
    (layers.get(a.layer) ?? 0) - (layers.get(b.layer) ?? 0) || a.start - b.start || b.end - a.end;
}

export function overlaps(a: Pick<MentionCandidate, 'layer' | 'start' | 'end'>, b: Pick<MentionCandidate, 'layer' | 'start' | 'end'>): boolean {
  return a.layer === b.layer && a.start < b.end && b.start < a.end;
}

export const ENTITIES_ID = 'entities';

export function ruleName(rule: string): string {
  return `${ENTITIES_ID}/${rule}`;
}

/** Which characters of a layer some candidate covers, for overlap checks in one step per span. */
export function coverage(candidates: readonly MentionCandidate[], layer: string, length: number): Uint8Array {
  const mask = new Uint8Array(length);
  for (const c of candidates) if (c.layer === layer) mask.fill(1, c.start, c.end);
  return mask;
}

/** Whether any character of [start, end) is covered. */
export function covered(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i] === 1) return true;
  return false;
}

/** The knowledge base's key for a name (normalizeName in src/kb/normalize.ts, which caches it). */
export function nameKey(name: string): string {
  return normalizeName(name);
}
