/**
 * Where the built knowledge base lives: data/kb/kb.json at the package root. The root is found by
 * walking up from this module, which runs from src/kb/ under vitest and from dist/src/kb/ once
 * compiled, so no fixed number of "../" fits both.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KB_RELATIVE_PATH = join('data', 'kb', 'kb.json');
export const CURATED_RELATIVE_DIR = join('data', 'kb', 'curated');

/** The nearest folder above `start` that holds a package.json. */
export function packageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export function defaultKbPath(): string {
  return join(packageRoot(), KB_RELATIVE_PATH);
}
