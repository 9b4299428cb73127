/**
 * The plain-text and JSON lists under data/lexicons/ that the annotators and text stages read; each
 * reader loads its list once, at module load.
 * A list file holds one item a line; lines starting with "#" are comments (the first says where the
 * list came from) and blank lines are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many parent folders are searched for data/lexicons (src/nlp is 2 deep, dist/ adds one). */
const MAX_PARENT_LEVELS = 6;

/** The data/lexicons folder: found upwards from this module, whether run from src/ or dist/src/. */
function findLexiconDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level <= MAX_PARENT_LEVELS; level++) {
    const candidate = join(dir, 'data', 'lexicons');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('data/lexicons not found above src/nlp');
}

const LEXICON_DIR = findLexiconDir();

/** The non-comment, non-blank lines of data/lexicons/<name>, trimmed. */
export function readLexicon(name: string): string[] {
  return readFileSync(join(LEXICON_DIR, name), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The parsed JSON file data/lexicons/<name>; the caller states its shape. */
export function readLexiconJson(name: string): unknown {
  return JSON.parse(readFileSync(join(LEXICON_DIR, name), 'utf8')) as unknown;
}
