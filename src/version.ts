import { existsSync, readFileSync } from 'node:fs';

/** package.json sits one level above src/ when run from source, two above dist/src/ when built. */
function findPackageJson(): URL {
  const fromSource = new URL('../package.json', import.meta.url);
  return existsSync(fromSource) ? fromSource : new URL('../../package.json', import.meta.url);
}

/** The package version, read once. */
export const VERSION: string = (JSON.parse(readFileSync(findPackageJson(), 'utf8')) as { version: string }).version;
