/**
 * `newsgraph export` run as a user would, over articles that went through the real pipeline
 * (sample pages ingested into a temporary database), and its usage errors.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBuilt, runCli } from '../cli/cli-harness.js';
import { parseCsv } from './parse-csv.js';

const INPUTS = [
  'samples/html/pacific-ledger-2024-03-12-tongan-patrol-boards-fijian-boat.html',
  'samples/html/trade-review-2024-06-05-fiji-japan-talks-open-tokyo.html',
  'samples/html/pacific-ledger-2025-02-12-semisi-landfall-first.html',
  'samples/html/pacific-ledger-2025-02-12-semisi-landfall-updated.html',
  'samples/text/2025-02-16-relief-flights-arrive.txt',
];

let root = '';
let db = '';

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'newsgraph-export-cli-'));
  db = join(root, 'corpus.db');
  const ingest = runCli(['ingest', ...INPUTS, '--db', db, '--workers', '1', '-q']);
  if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function exportTo(format: string, ...extra: string[]): { code: number | null; stdout: string; stderr: string } {
  return runCli(['export', '--db', db, '--format', format, ...extra]);
}

describe('newsgraph export', () => {
  it('writes JSON Lines to standard output: one stored record per line, duplicates only on request', () => {
    const result = exportTo('jsonl');
    expect(result.code).toBe(0);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; text: string; entities: unknown[] });
    expect(records.length).toBeGreaterThan(1);
    expect(result.stderr).toContain(`exported ${records.length} articles as jsonl`);
    const all = exportTo('jsonl', '--include-duplicates', '-q');
    expect(all.stderr).toBe('');
    // The updated landfall story is stored as a copy of the first.
    expect(all.stdout.trimEnd().split('\n').length).toBe(records.length + 1);
  });

  it('writes GKG lines of exactly 27 fields, one per article, with the pipeline\'s facts in place', () => {
    const out = join(root, 'corpus.gkg.csv');
    const result = exportTo('gkg', '--out', out, '-q');
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    const jsonl = exportTo('jsonl', '-q').stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(jsonl.length);
    for (const line of lines) {
      const fields = line.split('\t');
      expect(fields).toHaveLength(27);
      // An undated article (the text scrape has no date line) gets an empty V2.1DATE and a zero stamp in its id.
      expect(fields[0]).toMatch(/^\d{14}-\d+$/);
      expect(fields[1]).toMatch(/^(\d{14})?$/);
      expect(fields[0]?.startsWith(fields[1] || '00000000000000')).toBe(true);
      expect(fields[26]).toContain('<NG_RECORD_ID>');
    }
    // The sample pages quote officials and name places: some lines must carry them.
    expect(lines.some((line) => (line.split('\t')[22] ?? '').includes('|said|'))).toBe(true);
    expect(lines.some((line) => /(^|;)1#Fiji#FJ#FJ#/.test(line.split('\t')[9] ?? ''))).toBe(true);
  });

  it('writes the CSV tables into a folder, each parseable with a header row', () => {
    const dir = join(root, 'tables');
    const result = exportTo('csv', '--out', dir, '-q');
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['amounts.csv', 'articles.csv', 'dates.csv', 'entities.csv', 'mentions.csv', 'quotes.csv']);
    const articles = parseCsv(readFileSync(join(dir, 'articles.csv'), 'utf8'));
    expect(articles[0]?.[0]).toBe('article_id');
    expect(articles.length - 1).toBe(exportTo('jsonl', '-q').stdout.trimEnd().split('\n').length);
    const quotes = parseCsv(readFileSync(join(dir, 'quotes.csv'), 'utf8'));
    expect(quotes.length).toBeGreaterThan(1);
  });

  it('writes GeoJSON places with [lon, lat] points', () => {
    const result = exportTo('geojson', '-q');
    expect(result.code).toBe(0);
    const collection = JSON.parse(result.stdout) as { type: string; features: { geometry: { coordinates: [number, number] }; properties: { cc: string | null; name: string } }[] };
    expect(collection.type).toBe('FeatureCollection');
    const fiji = collection.features.find((feature) => feature.properties.name === 'Fiji');
    // Fiji lies east of 170°E and south of the equator: [lon, lat] puts the big number first.
    expect(fiji?.geometry.coordinates[0]).toBeGreaterThan(170);
    expect(fiji?.geometry.coordinates[1]).toBeLessThan(0);
  });

  it('bounds the export by publication day', () => {
    const result = exportTo('jsonl', '--from', '2025-02', '--to', '2025-02', '-q');
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { published: { value: string } });
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(record.published.value.slice(0, 7)).toBe('2025-02');
  });

  it('refuses a bad format, a missing format and csv without a folder as usage errors', () => {
    const bad = exportTo('xml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected one of jsonl, csv, geojson, gkg');
    const missing = runCli(['export', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--format');
    const csv = exportTo('csv');
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('give --out a folder');
  });

  it('fails clearly when the database does not exist, and creates nothing', () => {
    const absent = join(root, 'absent.db');
    const result = runCli(['export', '--db', absent, '--format', 'gkg', '--out', join(root, 'x.gkg')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no database at');
    expect(existsSync(absent)).toBe(false);
    expect(existsSync(join(root, 'x.gkg'))).toBe(false);
  });

  it('fails with the system\'s reason when the output cannot be created', () => {
    const result = exportTo('gkg', '--out', join(root, 'no-such-folder', 'out.gkg'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ENOENT');
    expect(result.stderr).not.toContain('    at ');
  });
});
