/**
 * The total size of the inputs, found up front by a cheap walk of file sizes (no reading), so
 * progress can be shown as a share of bytes even when containers hide how many documents they hold.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface InputSizes {
  /** Sum of all file sizes, or null when unknowable (standard input). */
  total: number | null;
  /** Size of each file, by absolute path. */
  files: Map<string, number>;
}

async function walk(path: string, files: Map<string, number>): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return; // missing or unreadable: the reader reports it, progress just ignores it
  }
  if (info.isFile()) {
    files.set(resolve(path), info.size);
  } else if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch {
      return;
    }
    for (const entry of entries) await walk(join(path, entry), files);
  }
}

export async function measureInputs(inputs: readonly string[]): Promise<InputSizes> {
  const files = new Map<string, number>();
  let unknown = false;
  for (const input of inputs) {
    if (input === '-') unknown = true;
    else await walk(input, files);
  }
  let total = 0;
  for (const size of files.values()) total += size;
  return { total: unknown ? null : total, files };
}

/**
 * Estimates the input bytes consumed from the documents seen so far, in input order. A file counts
 * fully once the stream has moved past it; inside the current file, decoded characters stand in for
 * bytes, capped at the file's size (compressed containers expand, so the cap keeps it honest).
 */
export class ConsumedBytes {
  private finished = 0;
  private currentPath: string | null = null;
  private currentSeen = 0;

  constructor(private readonly sizes: ReadonlyMap<string, number>) {}

  advance(path: string | null, contentLength: number): void {
    const absolute = path === null || path === '-' ? null : resolve(path);
    if (absolute !== this.currentPath) {
      this.finished += this.sizeOf(this.currentPath);
      this.currentPath = absolute;
      this.currentSeen = 0;
    }
    this.currentSeen += contentLength;
  }

  get value(): number {
    return this.finished + Math.min(this.currentSeen, this.sizeOf(this.currentPath));
  }

  private sizeOf(path: string | null): number {
    return path === null ? 0 : (this.sizes.get(path) ?? 0);
  }
}
