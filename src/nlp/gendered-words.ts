/**
 * Titles, honorifics and role nouns that say a person's gender ("Mrs", "Sir", "spokeswoman",
 * "mother"): data/lexicons/gendered-words.json, read once. One list for the quotes annotator's
 * he/she resolution and the entities annotator's title check when it groups mentions.
 */
import { readLexiconJson } from './lexicons.js';

export type WordGender = 'male' | 'female';

const GENDER_OF: ReadonlyMap<string, WordGender> = (() => {
  const lists = readLexiconJson('gendered-words.json') as { male: string[]; female: string[] };
  const map = new Map<string, WordGender>();
  for (const word of lists.male) map.set(word, 'male');
  for (const word of lists.female) map.set(word, 'female');
  return map;
})();

/** The gender a word says ("Mrs." -> female, "spokesman" -> male), or null; case and a trailing period are ignored. */
export function genderOfWord(word: string): WordGender | null {
  const lower = word.toLowerCase();
  return GENDER_OF.get(lower.endsWith('.') ? lower.slice(0, -1) : lower) ?? null;
}
