/**
 * --resume: find what a previous run already wrote. Reads the existing output file, collects the
 * ids of every complete line (records and error records alike), and cuts off a partial last line
 * left by a run that was killed mid-write, so appending starts on a fresh line.
 */
import { createReadStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';

const NEWLINE = 0x0a;

/**
 * Records are written by JSON.stringify with `schema` first and `id` second, so the id is found
 * without parsing the whole (possibly large) line; other shapes fall back to JSON.parse.
 */
const LEADING_ID = /^\{"schema":\{[^{}]*\},"id":("(?:[^"\\]|\\.)*")/;

export interface ResumeState {
  /** Ids of the documents already in the output. */
  ids: Set<string>;
  /** Complete lines found. */
  lines: number;
  /** Complete lines that were not JSON objects with a string id (left in place, ignored). */
  unreadableLines: number;
  /** Bytes of a partial last line that were cut off (0 when the file ended cleanly). */
  truncatedBytes: number;
}

/** The id of one output line, or null when the line is not a record. */
export function idOfLine(line: string): string | null {
  const fast = LEADING_ID.exec(line);
  if (fast?.[1] !== undefined) return JSON.parse(fast[1]) as string;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed === 'object' && parsed !== null && 'id' in parsed && typeof parsed.id === 'string') return parsed.id;
  } catch {
    // Not JSON: counted as unreadable by the caller.
  }
  return null;
}

async function fileSize(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Reads `path` (if it exists), truncates a partial last line, and returns the ids it holds. */
export async function prepareResume(path: string): Promise<ResumeState> {
  const state: ResumeState = { ids: new Set(), lines: 0, unreadableLines: 0, truncatedBytes: 0 };
  if ((await fileSize(path)) === null) return state;
  let carry: Buffer = Buffer.alloc(0);
  let completeBytes = 0;
  for await (const chunk of createReadStream(path)) {
    let data = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let newline = data.indexOf(NEWLINE);
    while (newline !== -1) {
      const line = data.subarray(0, newline).toString('utf8').trim();
      completeBytes += newline + 1;
      if (line.length > 0) {
        state.lines++;
        const id = idOfLine(line);
        if (id === null) state.unreadableLines++;
        else state.ids.add(id);
      }
      data = data.subarray(newline + 1);
      newline = data.indexOf(NEWLINE);
    }
    carry = Buffer.from(data);
  }
  if (carry.length > 0) {
    state.truncatedBytes = carry.length;
    await truncate(path, completeBytes);
  }
  return state;
}
