/**
 * Given names and surnames for the tagger's person-name features: data/models/person-names.txt,
 * built by scripts/build-person-names.ts from the person-name lists of @faker-js/faker's 77 locales
 * (Latin-script names only) and data/lexicons/given-names.json, with the usual gender of a given
 * name where the sources agree on one (read by the quotes annotator). A word on the list is no proof of a
 * person ("Rose", "Young", "Bosch"): the feature is evidence the model weighs in context, learnt
 * from the training data like any other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../kb/paths.js';

export const PERSON_NAMES_RELATIVE_PATH = join('data', 'models', 'person-names.txt');

/** Flags of a word: a given name, a surname, or both; a given name may also say its usual gender. */
export const GIVEN_NAME = 1;
export const SURNAME = 2;
export const FEMALE = 4;
export const MALE = 8;

/** The flags of each listed name ("Maria" -> GIVEN_NAME, "Okafor" -> SURNAME), as written (capitalised). */
export function loadPersonNames(path: string = join(packageRoot(), PERSON_NAMES_RELATIVE_PATH)): ReadonlyMap<string, number> {
  const names = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const kinds = line.slice(tab + 1);
    names.set(line.slice(0, tab), (kinds.includes('g') ? GIVEN_NAME : 0) | (kinds.includes('s') ? SURNAME : 0) | (kinds.includes('f') ? FEMALE : 0) | (kinds.includes('m') ? MALE : 0));
  }
  return names;
}

let shared: ReadonlyMap<string, number> | null = null;

/** The committed list, loaded once. */
export function personNames(): ReadonlyMap<string, number> {
  shared ??= loadPersonNames();
  return shared;
}

/** True when the committed list holds `word` (as written, capitalised) as a given name. */
export function isListedGivenName(word: string): boolean {
  return ((personNames().get(word) ?? 0) & GIVEN_NAME) !== 0;
}
