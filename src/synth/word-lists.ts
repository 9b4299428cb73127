/**
 * The hand-written lists under data/synth/: names to invent people from, invented outlets, job
 * titles and the sentence templates. Read once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../kb/paths.js';
import { listLines } from './list-lines.js';
import { type TemplateBook, parseTemplates } from './template-book.js';

export const SYNTH_DATA_DIR = join('data', 'synth');

export interface Outlet {
  name: string;
  domain: string;
}

export interface RoleTitle {
  title: string;
  /** Story topics the role fits; empty means every topic. */
  topics: readonly string[];
}

export interface WordLists {
  givenNames: readonly string[];
  surnames: readonly string[];
  outlets: readonly Outlet[];
  roles: readonly RoleTitle[];
  templates: TemplateBook;
}


function splitPair(line: string, file: string): [string, string] {
  const bar = line.indexOf('|');
  if (bar < 0) throw new Error(`${file}: expected "a|b", found "${line}"`);
  return [line.slice(0, bar).trim(), line.slice(bar + 1).trim()];
}

let loaded: WordLists | null = null;

export function loadWordLists(dir: string = join(packageRoot(), SYNTH_DATA_DIR)): WordLists {
  if (loaded && dir === join(packageRoot(), SYNTH_DATA_DIR)) return loaded;
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  const lists: WordLists = {
    givenNames: listLines(read('given-names.txt')),
    surnames: listLines(read('surnames.txt')),
    outlets: listLines(read('outlets.txt')).map((line) => {
      const [name, domain] = splitPair(line, 'outlets.txt');
      return { name, domain };
    }),
    roles: listLines(read('roles.txt')).map((line) => {
      const [title, topics] = splitPair(line, 'roles.txt');
      return { title, topics: topics === '*' ? [] : topics.split(',').map((t) => t.trim()) };
    }),
    templates: parseTemplates(read('templates.txt')),
  };
  if (dir === join(packageRoot(), SYNTH_DATA_DIR)) loaded = lists;
  return lists;
}
