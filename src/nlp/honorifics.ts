/**
 * Honorifics and titles written before a person's name ("Mrs", "Dr", "Senator", "Judge"):
 * data/lexicons/honorifics.txt, read once, lower-cased. A title is kept as a role, never as part
 * of the name.
 */
import { readLexicon } from './lexicons.js';

export const HONORIFICS: ReadonlySet<string> = new Set(readLexicon('honorifics.txt').map((t) => t.toLowerCase()));

/** True when `word` (case and a trailing period ignored) is an honorific or title: "Mr.", "Gen", "President". */
export function isHonorific(word: string): boolean {
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}
