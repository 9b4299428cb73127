/**
 * Expanding input paths: a file is itself; a folder is every file under it, walked recursively in
 * name order (plain code-unit order, so the order does not depend on the locale), skipping hidden
 * entries. Problems become entries too, so the walk never throws.
 */
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorCodeT } from '../record/schema.js';
import { InputError } from './document.js';
import { MAX_FOLDER_DEPTH } from './limits.js';

export type PathEntry =
  | { kind: 'file'; path: string; /** Bytes on disk, or null when unknown (a pipe). */ size: number | null }
  | { kind: 'error'; path: string; code: ErrorCodeT; message: string };

/** Size of one read from disk. */
const READ_CHUNK_BYTES = 64 * 1024;

function errnoOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function failure(path: string, err: unknown): PathEntry {
  const code = errnoOf(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'error', path, code: 'input/not-found', message: 'no such file or folder' };
  return { kind: 'error', path, code: 'input/unreadable', message: `cannot be read (${describeError(err)})` };
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The folders above the current one, by device and inode: a link back to one of them is a loop. */
type Ancestors = ReadonlySet<string>;

async function* walkFolder(folder: string, depth: number, ancestors: Ancestors): AsyncGenerator<PathEntry> {
  if (depth > MAX_FOLDER_DEPTH) {
    yield { kind: 'error', path: folder, code: 'input/too-deep', message: `folders nest deeper than ${MAX_FOLDER_DEPTH} levels` };
    return;
  }
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    yield failure(folder, err);
    return;
  }
  for (const entry of entries.filter((e) => !e.name.startsWith('.')).sort(byName)) {
    yield* expandEntry(join(folder, entry.name), depth + 1, ancestors);
  }
}

/**
 * Inside a folder (ancestors known), sockets, pipes and devices are skipped; given by name, they
 * are read like files (so `<(zcat x.gz)` works).
 */
async function* expandEntry(path: string, depth: number, ancestors: Ancestors | null): AsyncGenerator<PathEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield failure(path, err);
    return;
  }
  if (info.isDirectory()) {
    const key = `${info.dev}:${info.ino}`;
    if (ancestors?.has(key)) {
      yield { kind: 'error', path, code: 'input/too-deep', message: 'a symbolic link loops back to a folder above it' };
      return;
    }
    yield* walkFolder(path, depth, new Set([...(ancestors ?? []), key]));
  } else if (info.isFile()) {
    yield { kind: 'file', path, size: info.size };
  } else if (!ancestors) {
    yield { kind: 'file', path, size: null };
  }
}

/** The files an input path stands for, in a stable order. */
export function expandPath(path: string): AsyncGenerator<PathEntry> {
  return expandEntry(path, 0, null);
}

/** A file's bytes as a stream; read failures surface as `input/unreadable` (or not-found if it vanished). */
export async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (err) {
    const entry = failure(path, err);
    if (entry.kind === 'error') throw new InputError(entry.code, entry.message);
    throw err;
  } finally {
    stream.destroy();
  }
}
