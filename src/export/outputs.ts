/**
 * Where an export goes: a file, standard output ("-"), or for CSV a folder of files. Files are
 * opened here and closed by `end`; standard output stays open.
 */
import { createWriteStream, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { CSV_TABLES } from './csv/tables.js';
import { TextWriter } from './text-writer.js';

export const STDOUT_PATH = '-';

export interface OpenOutput {
  writer: TextWriter;
  /** Writes what is buffered and closes the file (standard output: flushes only). */
  end(): Promise<void>;
}

function open(stream: Writable, close: boolean): OpenOutput {
  const writer = new TextWriter(stream);
  return { writer, end: () => writer.end(close) };
}

/**
 * A file, truncated, or standard output for "-". The file is opened before returning, so a bad path
 * (a missing folder, no permission) fails here with the system's message, before any record is read.
 */
export function openOutput(path: string, stdout: Writable = process.stdout): OpenOutput {
  if (path === STDOUT_PATH) return open(stdout, false);
  return open(createWriteStream(path, { fd: openSync(path, 'w'), encoding: 'utf8' }), true);
}

/** The folder (created when missing) with one open file per CSV table, keyed by file name. */
export function openCsvFolder(dir: string): Map<string, OpenOutput> {
  mkdirSync(dir, { recursive: true });
  return new Map(CSV_TABLES.map((table) => [table.file, openOutput(join(dir, table.file))]));
}
