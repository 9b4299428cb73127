/**
 * Entity-level scoring the conlleval way: an entity counts as right only when its first token, last
 * token and type all match a gold entity. Chunks are read from IOB1 or IOB2 tags alike: a chunk
 * starts at B-X, or at an I-X that does not continue an X. Pure functions only; scripts/eval-ner.ts
 * does the I/O.
 */

export interface Chunk {
  readonly type: string;
  readonly first: number;
  /** Index just past the last token. */
  readonly last: number;
}

export interface TypeCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let openType: string | null = null;
  let openFirst = 0;
  for (let i = 0; i <= tags.length; i += 1) {
    const tag = tags[i] ?? 'O';
    const type = tag === 'O' || tag.length < 3 ? null : tag.slice(2);
    if (openType !== null && type === openType && tag.startsWith('I-')) continue;
    if (openType !== null) out.push({ type: openType, first: openFirst, last: i });
    openType = type;
    openFirst = i;
  }
  return out;
}

const keyOf = (chunk: Chunk): string => `${chunk.first}:${chunk.last}:${chunk.type}`;

/** Adds one sentence's counts, per type, into `counts`. */
export function countSentence(gold: readonly string[], predicted: readonly string[], counts: Map<string, TypeCounts>): void {
  const get = (type: string): TypeCounts => {
    let entry = counts.get(type);
    if (entry === undefined) {
      entry = { gold: 0, predicted: 0, correct: 0 };
      counts.set(type, entry);
    }
    return entry;
  };
  const goldKeys = new Set<string>();
  for (const chunk of chunksOf(gold)) {
    get(chunk.type).gold += 1;
    goldKeys.add(keyOf(chunk));
  }
  for (const chunk of chunksOf(predicted)) {
    const entry = get(chunk.type);
    entry.predicted += 1;
    if (goldKeys.has(keyOf(chunk))) entry.correct += 1;
  }
}

export function prf(counts: TypeCounts): Prf {
  const precision = counts.predicted === 0 ? 0 : counts.correct / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.correct / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The counts of several types added together ("PER+ORG+LOC"). */
export function combine(counts: ReadonlyMap<string, TypeCounts>, types: readonly string[]): TypeCounts {
  const total = { gold: 0, predicted: 0, correct: 0 };
  for (const type of types) {
    const entry = counts.get(type);
    if (entry === undefined) continue;
    total.gold += entry.gold;
    total.predicted += entry.predicted;
    total.correct += entry.correct;
  }
  return total;
}

export const CORE_TYPES = ['PER', 'ORG', 'LOC'] as const;
export const ALL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export interface ScoreReport {
  perType: Map<string, Prf & TypeCounts>;
  core: Prf & TypeCounts;
  all: Prf & TypeCounts;
}

export function report(counts: ReadonlyMap<string, TypeCounts>): ScoreReport {
  const perType = new Map<string, Prf & TypeCounts>();
  for (const type of ALL_TYPES) {
    const entry = combine(counts, [type]);
    perType.set(type, { ...entry, ...prf(entry) });
  }
  const core = combine(counts, CORE_TYPES);
  const all = combine(counts, ALL_TYPES);
  return { perType, core: { ...core, ...prf(core) }, all: { ...all, ...prf(all) } };
}

export function formatReport(result: ScoreReport): string {
  const line = (name: string, r: Prf & TypeCounts): string =>
    `${name.padEnd(14)} P ${(r.precision * 100).toFixed(2).padStart(6)}  R ${(r.recall * 100).toFixed(2).padStart(6)}  F1 ${(r.f1 * 100).toFixed(2).padStart(6)}  (gold ${r.gold}, predicted ${r.predicted}, correct ${r.correct})`;
  const lines = [...result.perType].map(([type, r]) => line(type, r));
  lines.push(line('PER+ORG+LOC', result.core), line('all (+MISC)', result.all));
  return lines.join('\n');
}
