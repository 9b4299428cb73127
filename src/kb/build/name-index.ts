/**
 * The name indexes, built once at build time: normalised name -> entry positions, best first.
 * Names are an entry's name, its aliases and every dispute party's names; demonyms get an index
 * of their own, because "Japanese" in a text is a nationality, not a mention of Japan itself.
 */
import type { KbEntry } from '../entry.js';
import { normalizeName } from '../normalize.js';

export interface NameIndexes {
  readonly names: Record<string, number[]>;
  readonly demonyms: Record<string, number[]>;
}

function namesOf(entry: KbEntry): string[] {
  const partyNames = 'parties' in entry ? (entry.parties ?? []).flatMap((party) => party.names) : [];
  return [entry.name, ...(entry.aliases ?? []), ...partyNames];
}

function addKeys(index: Map<string, Set<number>>, names: readonly string[], position: number): void {
  for (const name of names) {
    const key = normalizeName(name);
    if (key.length === 0) continue;
    const positions = index.get(key) ?? new Set<number>();
    positions.add(position);
    index.set(key, positions);
  }
}

/** Best first: higher score, then the smaller id, so that equal scores still sort the same way every build. */
function ranked(positions: Set<number>, entries: readonly KbEntry[]): number[] {
  return [...positions].sort((a, b) => {
    const left = entries[a];
    const right = entries[b];
    if (left === undefined || right === undefined) return a - b;
    return right.score - left.score || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
  });
}

function toSortedRecord(index: Map<string, Set<number>>, entries: readonly KbEntry[]): Record<string, number[]> {
  const record: Record<string, number[]> = {};
  for (const key of [...index.keys()].sort()) {
    const positions = index.get(key);
    if (positions !== undefined) record[key] = ranked(positions, entries);
  }
  return record;
}

export function buildNameIndexes(entries: readonly KbEntry[]): NameIndexes {
  const names = new Map<string, Set<number>>();
  const demonyms = new Map<string, Set<number>>();
  entries.forEach((entry, position) => {
    addKeys(names, namesOf(entry), position);
    addKeys(demonyms, entry.demonyms ?? [], position);
  });
  return { names: toSortedRecord(names, entries), demonyms: toSortedRecord(demonyms, entries) };
}
