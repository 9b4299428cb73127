/**
 * The worker pool against the compiled worker (dist/src/cli/worker.js), with the fault-injection
 * hook making chosen documents crash, throw or hang inside their worker.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_ENV } from '../../src/cli/fault-injection.js';
import { WorkerPool } from '../../src/cli/worker-pool.js';
import { BUILD_TIMEOUT_MS, ROOT, ensureBuilt } from './cli-harness.js';
import { fakeDocument } from './fake-documents.js';

const SCRIPT = new URL('dist/src/cli/worker.js', `file://${ROOT}`);
const SHORT_TIMEOUT_MS = 1500;
/**
 * Enough for the pipeline, little enough that the "oom" fault reaches it in a moment. 64 MB left
 * the first document of a fresh worker short of heap now and then (the knowledge base and the tagger
 * model are parsed while it runs: about 37 MB stay, more is used for a moment); 96 MB leaves room.
 */
const TINY_HEAP_MB = 96;

beforeAll(() => ensureBuilt(), BUILD_TIMEOUT_MS);

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
  delete process.env[FAULT_ENV];
});

function startPool(fault: string | null, size = 2, heapLimitMb?: number): WorkerPool {
  // Workers copy the environment when they start, so the hook must be set before the pool exists.
  if (fault) process.env[FAULT_ENV] = fault;
  pool = new WorkerPool({ size, timeoutMs: SHORT_TIMEOUT_MS, script: SCRIPT, heapLimitMb });
  return pool;
}

const PAGES = ['harbour', 'council', 'POISON', 'school', 'market'].map((word, i) =>
  fakeDocument(`doc${i}`, `<html><head><title>${word} news</title></head><body><p>The ${word} story, told at length.</p></body></html>`),
);

async function processAll(processor: WorkerPool): Promise<{ id: string; errorCode: string | null; line: string }[]> {
  return Promise.all(PAGES.map((page) => processor.process(page)));
}

describe('WorkerPool', () => {
  it('answers every document with one JSON line carrying its id', async () => {
    const results = await processAll(startPool(null));
    expect(results.map((r) => r.id)).toEqual(PAGES.map((p) => p.id));
    for (const result of results) expect((JSON.parse(result.line) as { id: string }).id).toBe(result.id);
  });

  it.each(['exit', 'throw'])('turns a worker that dies (%s) into extract/failed for that document only, then carries on', async (kind) => {
    const results = await processAll(startPool(`${kind}:POISON`));
    expect(results.map((r) => r.errorCode === 'extract/failed')).toEqual([false, false, true, false, false]);
    expect(JSON.parse(results[2]?.line ?? '')).toMatchObject({ id: 'doc2', error: { code: 'extract/failed' } });
  });

  it('survives a document that exhausts its worker\'s heap', async () => {
    const results = await processAll(startPool('oom:POISON', 1, TINY_HEAP_MB));
    expect(results.map((r) => r.errorCode === 'extract/failed')).toEqual([false, false, true, false, false]);
    expect(results[2]?.line).toMatch(/memory/i);
  });

  it('gives up on a document that hangs after the timeout and replaces its worker', async () => {
    const results = await processAll(startPool('hang:POISON', 1));
    expect(results.map((r) => r.errorCode === 'extract/timeout')).toEqual([false, false, true, false, false]);
    expect(results[2]?.line).toContain('timed out after 1.5 s');
  });

  it('rejects when the worker script cannot start at all', async () => {
    pool = new WorkerPool({ size: 1, timeoutMs: SHORT_TIMEOUT_MS, script: new URL('dist/src/cli/no-such-worker.js', `file://${ROOT}`) });
    await expect(pool.process(PAGES[0]!)).rejects.toThrow(/failed to start/);
  });
});
