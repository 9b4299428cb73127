/**
 * Place names that are also everyday English words ("Of", "Mobile", "Reading", "Split"):
 * data/kb/common-word-names.txt, loaded once. The linker takes a town of such a name only when the
 * article supports it (a qualifier or other places of the same country), never on rank alone, and
 * the same holds for a region so named ("Northern", "Central").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntry } from '../../kb/index.js';
import { normalizeName } from '../../kb/index.js';
import { packageRoot } from '../../kb/paths.js';

const LIST_PATH = join('data', 'kb', 'common-word-names.txt');

let words: ReadonlySet<string> | null = null;
/** Names already decided: the same few hundred place names recur across a corpus. */
const seen = new Map<string, boolean>();
const MAX_SEEN = 10_000;

function load(): ReadonlySet<string> {
  words ??= new Set(
    readFileSync(join(packageRoot(), LIST_PATH), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith('#'))
      .map((line) => normalizeName(line)),
  );
  return words;
}

/** True when `name` names a town and is an everyday word (the entry's kind is checked by the caller). */
export function isCommonWordName(name: string, entry: KbEntry): boolean {
  if (entry.type !== 'location') return false;
  let common = seen.get(name);
  if (common === undefined) {
    common = load().has(normalizeName(name));
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(name, common);
  }
  return common;
}
