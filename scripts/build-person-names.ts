/**
 * Builds data/models/person-names.txt, the given names and surnames the tagger's person-name
 * features read (src/nlp/tagger/person-names.ts):
 *
 *   node dist/scripts/build-person-names.js [--check]
 *
 * Sources: the `person.first_name` and `person.last_name` lists of every locale of the npm package
 * @faker-js/faker (MIT licence; lists of names are facts), keeping one-word names in Latin script,
 * and the given names of data/lexicons/given-names.json. With --check, fails when the committed
 * file differs from what the sources give now.
 *
 * A given name also carries the gender it is usually given to (f or m), which the quotes annotator
 * reads to match he and she: the gender of data/lexicons/given-names.json when it lists the name,
 * else the one faker's lists by gender agree on, in every locale that has the name. A name that any
 * locale lists for both, or that data/lexicons/unisex-given-names.txt names, has none.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allLocales } from '@faker-js/faker';
import { Command } from 'commander';
import { packageRoot } from '../src/kb/paths.js';
import { readLexicon } from '../src/nlp/lexicons.js';
import { PERSON_NAMES_RELATIVE_PATH } from '../src/nlp/tagger/person-names.js';

/** One capitalised word in Latin script: "Maria", "O'Neill", "Jean-Luc", "Nguyễn". */
const NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’-]*\p{Ll}$/u;

/** Every string of a faker list, however nested (a plain list, or lists by gender or by pattern weight). */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

function build(): string {
  const kinds = new Map<string, Set<string>>();
  const add = (name: string, kind: 'g' | 's'): void => {
    if (!NAME.test(name)) return;
    const set = kinds.get(name) ?? new Set<string>();
    set.add(kind);
    kinds.set(name, set);
  };
  // The genders each given name is listed under, over all locales.
  const genders = new Map<string, Set<'f' | 'm'>>();
  const addGender = (name: string, gender: 'f' | 'm'): void => {
    const set = genders.get(name) ?? new Set<'f' | 'm'>();
    set.add(gender);
    genders.set(name, set);
  };
  let locales = 0;
  for (const definition of Object.values(allLocales)) {
    // A locale's person module is optional; the value's shape differs across locales.
    const person = (definition as { person?: { first_name?: unknown; last_name?: unknown } }).person;
    if (person === undefined) continue;
    locales += 1;
    for (const name of stringsOf(person.first_name)) add(name, 'g');
    for (const name of stringsOf(person.last_name)) add(name, 's');
    const byGender = person.first_name as { female?: unknown; male?: unknown } | undefined;
    if (byGender === undefined || Array.isArray(byGender)) continue;
    for (const name of stringsOf(byGender.female)) addGender(name, 'f');
    for (const name of stringsOf(byGender.male)) addGender(name, 'm');
  }
  const given = JSON.parse(readFileSync(join(packageRoot(), 'data', 'lexicons', 'given-names.json'), 'utf8')) as { female: string[]; male: string[] };
  for (const name of [...given.female, ...given.male]) add(name, 'g');
  const unisex = new Set(readLexicon('unisex-given-names.txt'));
  for (const [name, set] of genders) {
    if (set.size === 1 && !unisex.has(name) && kinds.has(name)) kinds.get(name)?.add([...set][0] as string);
  }
  // The curated list has the last word.
  for (const [list, gender] of [[given.female, 'f'], [given.male, 'm']] as const) {
    for (const name of list) {
      const set = kinds.get(name);
      set?.delete('f');
      set?.delete('m');
      set?.add(gender);
    }
  }
  const lines = [...kinds.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, set]) => `${name}\t${[...set].sort().join('')}`);
  const header = [
    '# Given names (g) and surnames (s) for the tagger\'s person-name features (src/nlp/tagger/person-names.ts), built by',
    `# scripts/build-person-names.ts from the person.first_name / person.last_name lists of the ${locales} locales of @faker-js/faker`,
    '# (MIT licence) that have them, one-word names in Latin script, and data/lexicons/given-names.json.',
    '# A given name may carry f or m, the gender it is usually given to (he/she matching in src/annotate/quotes/people.ts);',
    '# none when the sources disagree or data/lexicons/unisex-given-names.txt lists the name. Do not edit.',
  ];
  return `${[...header, ...lines].join('\n')}\n`;
}

function main(): void {
  const options = new Command().option('--check', 'fail when the committed file is not current').parse().opts<{ check?: boolean }>();
  const path = join(packageRoot(), PERSON_NAMES_RELATIVE_PATH);
  const text = build();
  if (options.check === true) {
    if (readFileSync(path, 'utf8') !== text) {
      console.error(`${PERSON_NAMES_RELATIVE_PATH} is not current: run node dist/scripts/build-person-names.js`);
      process.exit(1);
    }
    console.log(`${PERSON_NAMES_RELATIVE_PATH} is current`);
    return;
  }
  writeFileSync(path, text);
  console.log(`wrote ${path}: ${text.split('\n').length - 7} names`);
}

main();
