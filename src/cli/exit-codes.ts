/**
 * Process exit codes shared by every command. Per-document failures are data (error lines), so they
 * never change the exit code; only a command that could not do its job at all does.
 */

/** The command did its job (some documents may still have produced error records). */
export const EXIT_OK = 0;
/** Nothing could be processed: no input yielded a single document, or a fatal runtime failure. */
export const EXIT_FAILURE = 1;
/** The command line itself was wrong: unknown option, bad value, incompatible options. */
export const EXIT_USAGE = 2;

/** A mistake on the command line, found after commander's own parsing (e.g. --resume without --out). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
