/**
 * `newsgraph extract INPUT... --out FILE`: many documents, worker threads, one line per document in
 * input order, error lines for bad files, and --resume after an interrupted run.
 * Runs the built binary; nothing here depends on extraction quality (placeholder extractors turn
 * every page into an extract/no-text error line, which is still one line per document).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBuilt, parseLines, runCli } from './cli-harness.js';
import { makePage, writePages } from './corpus.js';

const PAGE_COUNT = 30;
const EMPTY_AT = 10;
const BINARY_AT = 11;
const GZIPPED_AT = 20;
/** Lines kept from the first run before "killing" it, and how much of the next line survives. */
const KEPT_LINES = 12;
const PARTIAL_BYTES = 40;

/**
 * 30 names that sort the same way whether the reader sorts whole paths or walks each folder in
 * sorted order: zero-padded, and the subfolder sorts after every top-level file.
 */
function pageName(index: number): string {
  const extension = index === GZIPPED_AT ? 'html.gz' : index % 2 === 0 ? 'html' : 'txt';
  const base = `p${String(index).padStart(2, '0')}.${extension}`;
  return index >= 25 ? `z-later/${base}` : base;
}

const NAMES = Array.from({ length: PAGE_COUNT }, (_, i) => pageName(i));

/** Bytes no text file holds: NULs and control bytes scattered through. */
function binaryBlob(): Uint8Array {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 73 + 11) % 256;
  return bytes;
}

interface Line {
  id: string;
  source: { path: string | null };
  error?: { code: string };
}

let root = '';
let corpus = '';
beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'newsgraph-extract-batch-'));
  corpus = join(root, 'pages');
  writePages(
    corpus,
    NAMES.map((name, i) => {
      if (i === EMPTY_AT) return { name, body: '' };
      if (i === BINARY_AT) return { name, body: binaryBlob() };
      return makePage(i, name);
    }),
  );
}, BUILD_TIMEOUT_MS);
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function extractTo(out: string, extra: string[] = [], env: Record<string, string> = {}): ReturnType<typeof runCli> {
  return runCli(['extract', corpus, '--out', out, '--workers', '2', ...extra], { env });
}

function readLines(path: string): Line[] {
  return parseLines(readFileSync(path, 'utf8')) as unknown as Line[];
}

describe('batch extraction with worker threads', () => {
  it('writes one line per document, in sorted path order, with unique ids', () => {
    const out = join(root, 'ordered.jsonl');
    const result = extractTo(out);
    expect(result.code).toBe(0);
    const lines = readLines(out);
    expect(lines).toHaveLength(PAGE_COUNT);
    lines.forEach((line, i) => expect(line.source.path?.endsWith(NAMES[i] ?? '?')).toBe(true));
    expect(new Set(lines.map((line) => line.id)).size).toBe(PAGE_COUNT);
    expect(result.stderr).toContain(`documents: ${PAGE_COUNT}`);
  });

  it('turns an empty and a binary file into error lines and processes the rest', () => {
    const out = join(root, 'bad-files.jsonl');
    expect(extractTo(out).code).toBe(0);
    const lines = readLines(out);
    expect(lines).toHaveLength(PAGE_COUNT);
    expect(lines[EMPTY_AT]?.error?.code).toBe('input/empty');
    expect(lines[BINARY_AT]?.error?.code).toBe('input/binary');
    expect(lines[EMPTY_AT + 2]?.error?.code ?? 'record').not.toMatch(/^input\//);
    expect(lines[PAGE_COUNT - 1]?.source.path?.endsWith(NAMES[PAGE_COUNT - 1] ?? '?')).toBe(true);
  });

  it('gives the same lines in-process (--workers 1) as with workers', () => {
    const pooled = join(root, 'pooled.jsonl');
    const inProcess = join(root, 'in-process.jsonl');
    extractTo(pooled);
    runCli(['extract', corpus, '--out', inProcess, '--workers', '1']);
    expect(readFileSync(inProcess, 'utf8')).toBe(readFileSync(pooled, 'utf8'));
  });

  it('writes JSON Lines to standard output for a folder without --out', () => {
    const result = runCli(['extract', corpus, '--workers', '2', '--quiet']);
    expect(result.code).toBe(0);
    expect(parseLines(result.stdout)).toHaveLength(PAGE_COUNT);
    expect(result.stderr).toBe('');
  });

  it('records extract/failed for a document whose worker dies, and goes on', () => {
    const out = join(root, 'crash.jsonl');
    // The test hook makes a worker exit when it meets this page's unique headline text.
    const marker = 'story 4)';
    const result = extractTo(out, [], { NEWSGRAPH_WORKER_FAULT: `exit:${marker}` });
    expect(result.code).toBe(0);
    const lines = readLines(out);
    expect(lines).toHaveLength(PAGE_COUNT);
    expect(lines[4]?.error?.code).toBe('extract/failed');
    expect(lines.filter((line) => line.error?.code === 'extract/failed')).toHaveLength(1);
  });
});

describe('--resume', () => {
  it('completes a run killed mid-line: one line per document, no duplicates, same content', () => {
    const reference = join(root, 'reference.jsonl');
    expect(extractTo(reference).code).toBe(0);
    const full = readFileSync(reference, 'utf8');
    const lines = full.split('\n');
    const interrupted = lines.slice(0, KEPT_LINES).join('\n') + '\n' + (lines[KEPT_LINES] ?? '').slice(0, PARTIAL_BYTES);
    const out = join(root, 'resumed.jsonl');
    writeFileSync(out, interrupted);

    const result = extractTo(out, ['--resume']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`skipped:   ${KEPT_LINES}`);
    expect(result.stderr).toContain(`cut a partial last line of ${PARTIAL_BYTES} bytes`);
    expect(readFileSync(out, 'utf8')).toBe(full);
  });

  it('starts a fresh file when --out does not exist yet', () => {
    const out = join(root, 'fresh-resume.jsonl');
    expect(extractTo(out, ['--resume']).code).toBe(0);
    expect(readLines(out)).toHaveLength(PAGE_COUNT);
  });

  it('writes nothing new when every document is already there', () => {
    const out = join(root, 'complete.jsonl');
    extractTo(out);
    const before = readFileSync(out, 'utf8');
    const result = extractTo(out, ['--resume']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`skipped:   ${PAGE_COUNT}`);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });
});
