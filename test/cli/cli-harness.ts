/**
 * Helpers for tests that run the built command line as a user would: `node dist/src/cli/main.js`.
 *
 * `npm test` builds dist/ before vitest runs. When a test file is run alone after editing sources,
 * ensureBuilt() recompiles first; a lock directory keeps parallel test files from compiling at once.
 * NEWSGRAPH_TEST_CLI points the tests at another build of main.js (then nothing is compiled).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = process.env.NEWSGRAPH_TEST_CLI ?? join(ROOT, 'dist/src/cli/main.js');
/** Compiling the whole project takes seconds; a hook running it needs a generous timeout. */
export const BUILD_TIMEOUT_MS = 180_000;

const LOCK = join(ROOT, 'dist/.test-build-lock');
const LOCK_POLL_MS = 200;
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  try {
    return statSync(CLI).mtimeMs < newestMtime(join(ROOT, 'src'));
  } catch {
    return true;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock(): void {
  for (;;) {
    try {
      mkdirSync(LOCK, { recursive: false });
      return;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The holder removed it meanwhile: try again.
      }
      sleep(LOCK_POLL_MS);
    }
  }
}

export function ensureBuilt(): void {
  if (process.env.NEWSGRAPH_TEST_CLI || !isStale()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  acquireLock();
  try {
    if (!isStale()) return;
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', ROOT], { stdio: 'pipe' });
    } catch {
      // tsc exits non-zero on type errors anywhere in the tree but still emits; main.js decides.
    }
    statSync(CLI); // throws with a clear path when nothing was emitted
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Waits while another test file is compiling, so no run starts on half-written output. */
function waitForBuild(): void {
  while (existsSync(LOCK)) sleep(LOCK_POLL_MS);
}

export function runCli(args: readonly string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  waitForBuild();
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses JSON Lines, failing on any line that is not JSON. */
export function parseLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
