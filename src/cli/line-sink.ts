/**
 * Where output lines go: a file (--out) or standard output. Each line, with its newline, is written
 * by one write call, so a process killed between lines leaves only whole lines behind, and a kill
 * during a write can at worst leave one partial last line (which --resume truncates).
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export interface LineSink {
  write(line: string): void;
  close(): void;
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  // One call writes everything for regular files; the loop only guards against a short write.
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Opens `path` for writing: appended to when `append` (resume), otherwise truncated. */
export function openFileSink(path: string, append: boolean): LineSink {
  const fd = openSync(path, append ? 'a' : 'w');
  return {
    write(line: string): void {
      writeAll(fd, line + '\n');
    },
    close(): void {
      closeSync(fd);
    },
  };
}

/**
 * Standard output. On POSIX, Node writes to files, pipes and terminals synchronously, so a slow
 * reader downstream slows the batch instead of filling memory. A closed pipe (`| head`) ends the
 * process quietly, as command-line tools do.
 */
export function openStdoutSink(): LineSink {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    write(line: string): void {
      process.stdout.write(line + '\n');
    },
    close(): void {
      // Standard output stays open: the process owns it.
    },
  };
}
