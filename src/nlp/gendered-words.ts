/**
 * Titles, honorifics and role nouns that say a person's gender ("Mrs", "Sir", "spokeswoman",
 * "mother"): data/lexicons/gendered-words.json, read once. One list for the quotes annotator's
 * he/she resolution and the entities annotator's title check when it groups mentions.
 */
import { readLexiconJson } from './lexicons.js';

export type WordGender = 'male' | 'female';

/** Lists of words by gender, as the lexicon files hold them. */
export interface GenderLists {
  readonly male: readonly string[];
  readonly female: readonly string[];
}

/** Each word of the lists with its gender (the lexicons list no word under both). */
export function byGender(lists: GenderLists): Map<string, WordGender> {
  const map = new Map<string, WordGender>();
  for (const word of lists.male) map.set(word, 'male');
  for (const word of lists.female) map.set(word, 'female');
  return map;
}

const GENDER_OF: ReadonlyMap<string, WordGender> = byGender(readLexiconJson('gendered-words.json') as GenderLists);

/** The gender a word says ("Mrs." -> female, "spokesman" -> male), or null; case and a trailing period are ignored. */
export function genderOfWord(word: string): WordGender | null {
  const lower = word.toLowerCase();
  return GENDER_OF.get(lower.endsWith('.') ? lower.slice(0, -1) : lower) ?? null;
}
