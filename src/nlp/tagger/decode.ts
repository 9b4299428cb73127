/**
 * BIO tags -> entity spans. Accepts IOB2 and, leniently, IOB1 or broken sequences: an I-X that does
 * not continue an X opens a new entity (the conlleval reading). A span's confidence is the lowest
 * confidence of its tokens, so one doubtful token makes the whole mention doubtful.
 */
import { type EntityType, isInside, tagType } from './tags.js';

export interface TokenSpan {
  readonly type: EntityType;
  /** Index of the first token. */
  readonly first: number;
  /** Index just past the last token. */
  readonly last: number;
  readonly confidence: number;
}

export function decodeBio(tags: readonly number[], confidences?: readonly number[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: { type: EntityType; first: number; confidence: number } | null = null;
  const close = (end: number): void => {
    if (open !== null) out.push({ type: open.type, first: open.first, last: end, confidence: open.confidence });
    open = null;
  };
  tags.forEach((tag, i) => {
    const type = tagType(tag);
    const confidence = confidences?.[i] ?? 1;
    if (type === null) {
      close(i);
      return;
    }
    const current: { type: EntityType; first: number; confidence: number } | null = open;
    if (isInside(tag) && current !== null && current.type === type) {
      current.confidence = Math.min(current.confidence, confidence);
      return;
    }
    close(i);
    open = { type, first: i, confidence };
  });
  close(tags.length);
  return out;
}
