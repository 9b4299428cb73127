/**
 * The code tables the GKG export reads from data/export/: ISO 3166-1 -> FIPS 10-4 country codes,
 * US state names -> codes, and newsgraph count types -> GKG count types. Read once, at first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../kb/paths.js';

/** Tab-separated lines of a data file, comments ("#" to the end of a line) and blank lines dropped. */
export function parseTsv(source: string): string[][] {
  const rows: string[][] = [];
  for (const raw of source.split('\n')) {
    const line = raw.replace(/#.*/, '').replace(/\s+$/, '');
    if (line.trim().length === 0) continue;
    rows.push(line.split('\t').map((cell) => cell.trim()));
  }
  return rows;
}

function readTable(file: string): string[][] {
  return parseTsv(readFileSync(join(packageRoot(), 'data', 'export', file), 'utf8'));
}

let fips: ReadonlyMap<string, string> | null = null;
let usStates: ReadonlyMap<string, string> | null = null;
let countTypes: ReadonlyMap<string, string> | null = null;

/** The FIPS 10-4 code of an ISO 3166-1 alpha-2 code; '' when FIPS has none or the code is unknown. */
export function fipsCountry(iso: string | null): string {
  if (iso === null) return '';
  fips ??= new Map(readTable('iso-fips.tsv').map(([code = '', fipsCode = '']) => [code.toUpperCase(), fipsCode]));
  return fips.get(iso.toUpperCase()) ?? '';
}

/** The two-letter code of a US state (or the District of Columbia) by its name, or null. */
export function usStateCode(name: string | null): string | null {
  if (name === null) return null;
  usStates ??= new Map(readTable('us-states.tsv').map(([code = '', stateName = '']) => [stateName.toLowerCase(), code]));
  return usStates.get(name.toLowerCase()) ?? null;
}

/** The GKG count type for a newsgraph count type, or null when GKG has no such type. */
export function gkgCountType(type: string): string | null {
  countTypes ??= new Map(readTable('gkg-count-types.tsv').map(([ours = '', theirs = '']) => [ours, theirs]));
  return countTypes.get(type) ?? null;
}
