/**
 * The loaded knowledge base: the built file read once, with its indexes turned into maps.
 * Look-ups normalise the name the same way the build did (src/kb/normalize.ts) and return the
 * candidates in the order the build ranked them.
 */
import { readFileSync } from 'node:fs';
import { KB_FORMAT, type KbEntry, type KbFile } from './entry.js';
import { normalizeName } from './normalize.js';

export interface Candidate {
  readonly entry: KbEntry;
  /** How the name matched: as a name or alias of the entry, or as a nationality word for it. */
  readonly match: 'name' | 'demonym';
}

export interface KnowledgeBase {
  /** Entries whose name or alias is `name`, best first. */
  lookup(name: string): Candidate[];
  /** Entries whose demonym is `word` ("Japanese" -> Japan), best first. */
  lookupDemonym(word: string): Candidate[];
  byId(id: string): KbEntry | undefined;
  readonly size: number;
}

function toMap(record: Readonly<Record<string, readonly number[]>>): Map<string, readonly number[]> {
  return new Map(Object.entries(record));
}

export function createKnowledgeBase(file: KbFile): KnowledgeBase {
  if (file.format !== KB_FORMAT) {
    throw new Error(`knowledge base format ${file.format}, expected ${KB_FORMAT}: rebuild it with scripts/build-kb.ts`);
  }
  const entries = file.entries;
  const ids = new Map(entries.map((entry) => [entry.id, entry] as const));
  const names = toMap(file.names);
  const demonyms = toMap(file.demonyms);
  const find = (index: Map<string, readonly number[]>, text: string, match: Candidate['match']): Candidate[] => {
    const positions = index.get(normalizeName(text)) ?? [];
    return positions.flatMap((position) => {
      const entry = entries[position];
      return entry === undefined ? [] : [{ entry, match }];
    });
  };
  return {
    lookup: (name) => find(names, name, 'name'),
    lookupDemonym: (word) => find(demonyms, word, 'demonym'),
    byId: (id) => ids.get(id),
    size: entries.length,
  };
}

export function readKnowledgeBase(path: string): KnowledgeBase {
  return createKnowledgeBase(JSON.parse(readFileSync(path, 'utf8')) as KbFile);
}
