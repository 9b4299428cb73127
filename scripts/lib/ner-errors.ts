/**
 * Error analysis for the named-entity recognizer: compares the gold and predicted chunks of each
 * sentence and sorts every mistake into one kind, so the kinds can be counted and listed
 * (`eval-ner.js --errors`). Pure functions over tags; the caller tags the documents.
 */
import { type Chunk, chunksOf } from './conll-score.js';

/** The core types the targets are measured on; MISC is reported but kept apart. */
const CORE = new Set(['PER', 'ORG', 'LOC']);

export type ErrorKind =
  /** Same tokens, another type ("ORG->LOC": gold ORG tagged LOC). */
  | 'type'
  /** Overlapping spans of the same type with other edges. */
  | 'boundary'
  /** Overlapping spans, other edges and another type. */
  | 'boundary+type'
  /** A gold entity no prediction touches. */
  | 'missed'
  /** A prediction no gold entity touches. */
  | 'spurious';

export interface NerError {
  readonly kind: ErrorKind;
  /** "GOLD->PREDICTED" types, "PER->-" for a miss, "-->ORG" for a spurious span. */
  readonly types: string;
  readonly gold: string;
  readonly predicted: string;
  /** The sentence, for context. */
  readonly sentence: string;
}

const overlaps = (a: Chunk, b: Chunk): boolean => a.first < b.last && b.first < a.last;
const textOf = (words: readonly string[], c: Chunk | undefined): string => (c === undefined ? '' : words.slice(c.first, c.last).join(' '));
const same = (a: Chunk, b: Chunk): boolean => a.first === b.first && a.last === b.last;

/**
 * The errors of one sentence. Each wrong gold chunk is paired with the first prediction that
 * overlaps it; predictions left unpaired and wrong are spurious. Only errors touching a core type
 * (PER, ORG, LOC) on either side are returned unless `withMisc`.
 */
export function sentenceErrors(words: readonly string[], gold: readonly string[], predicted: readonly string[], withMisc = false): NerError[] {
  const goldChunks = chunksOf(gold);
  const predChunks = chunksOf(predicted);
  const used = new Set<number>();
  const out: NerError[] = [];
  const sentence = words.join(' ');
  const keep = (a: string, b: string): boolean => withMisc || CORE.has(a) || CORE.has(b);
  for (const g of goldChunks) {
    const exact = predChunks.findIndex((p) => same(p, g) && p.type === g.type);
    if (exact >= 0) {
      used.add(exact);
      continue;
    }
    const k = predChunks.findIndex((p, j) => !used.has(j) && overlaps(p, g));
    const p = predChunks[k];
    if (p === undefined) {
      if (keep(g.type, '-')) out.push({ kind: 'missed', types: `${g.type}->-`, gold: textOf(words, g), predicted: '', sentence });
      continue;
    }
    used.add(k);
    const kind: ErrorKind = same(p, g) ? 'type' : p.type === g.type ? 'boundary' : 'boundary+type';
    if (keep(g.type, p.type)) out.push({ kind, types: `${g.type}->${p.type}`, gold: textOf(words, g), predicted: textOf(words, p), sentence });
  }
  predChunks.forEach((p, j) => {
    if (used.has(j)) return;
    if (goldChunks.some((g) => same(g, p) && g.type === p.type)) return;
    if (goldChunks.some((g) => overlaps(g, p))) return;
    if (keep('-', p.type)) out.push({ kind: 'spurious', types: `-->${p.type}`, gold: '', predicted: textOf(words, p), sentence });
  });
  return out;
}

/** Counts per "kind types" key, largest first. */
export function countErrors(errors: readonly NerError[], by: (e: NerError) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(by(e), (counts.get(by(e)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
