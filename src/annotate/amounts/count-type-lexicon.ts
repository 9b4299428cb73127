/**
 * Loads the count-type lexicon (data/lexicons/count-types.txt) once: cue word -> count type.
 * The file is plain data; parsing is pure and checked against the record schema's types.
 */
import { existsSync, readFileSync } from 'node:fs';
import { COUNT_TYPES, type CountTypeT } from '../../record/facts/amounts.js';

const LEXICON_PATH = 'data/lexicons/count-types.txt';
const KNOWN_TYPES: ReadonlySet<string> = new Set(COUNT_TYPES);

/** data/ sits three levels above this folder in the sources, four above it in dist/. */
function findLexicon(): URL {
  const fromSource = new URL(`../../../${LEXICON_PATH}`, import.meta.url);
  return existsSync(fromSource) ? fromSource : new URL(`../../../../${LEXICON_PATH}`, import.meta.url);
}

/** Parses "TYPE cue" lines; "#" starts a comment. Throws on an unknown type or a cue listed twice. */
export function parseCountTypeLexicon(source: string): ReadonlyMap<string, CountTypeT> {
  const cues = new Map<string, CountTypeT>();
  for (const [index, raw] of source.split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (line.length === 0) continue;
    const [type, cue, ...rest] = line.split(/\s+/);
    if (type === undefined || cue === undefined || rest.length > 0 || !KNOWN_TYPES.has(type)) {
      throw new Error(`${LEXICON_PATH}:${index + 1}: unexpected "${line}", expected "TYPE cue" with TYPE one of ${COUNT_TYPES.join(', ')}`);
    }
    if (cues.has(cue)) throw new Error(`${LEXICON_PATH}:${index + 1}: cue "${cue}" is listed twice`);
    cues.set(cue.toLowerCase(), type as CountTypeT);
  }
  return cues;
}

/** The lexicon, read at module load. */
export const COUNT_TYPE_CUES: ReadonlyMap<string, CountTypeT> = parseCountTypeLexicon(readFileSync(findLexicon(), 'utf8'));
