/**
 * One output line, serialised where it was produced (in a worker, or in-process) so the main thread
 * only writes strings. The error code travels beside the line so the summary can count errors by
 * code without parsing JSON again.
 */
import { type OutputLine, isErrorRecord } from '../record/schema.js';

export interface SerializedLine {
  /** The record as one line of JSON, without the trailing newline. */
  line: string;
  /** The document's id, for resume bookkeeping. */
  id: string;
  /** The error code when the line is an error record, null for an article record. */
  errorCode: string | null;
}

export function serializeLine(output: OutputLine): SerializedLine {
  return {
    line: JSON.stringify(output),
    id: output.id,
    errorCode: isErrorRecord(output) ? output.error.code : null,
  };
}
