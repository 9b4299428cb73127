/**
 * One output line, serialised where it was produced (in a worker, or in-process) so the main thread
 * only writes strings. The error code travels beside the line so the summary can count errors by
 * code without parsing JSON again.
 */
import { type OutputLine, isErrorRecord } from '../record/schema.js';
import { type PreparedArticle, prepareArticle } from '../store/sqlite/prepared-article.js';

export interface SerializedLine {
  /** The record as one line of JSON, without the trailing newline. */
  line: string;
  /** The document's id, for resume bookkeeping. */
  id: string;
  /** The error code when the line is an error record, null for an article record. */
  errorCode: string | null;
  /** For ingest, an article's storage form, computed where the record was made (prepared-article.ts). */
  prepared?: PreparedArticle;
}

export function serializeLine(output: OutputLine): SerializedLine {
  return {
    line: JSON.stringify(output),
    id: output.id,
    errorCode: isErrorRecord(output) ? output.error.code : null,
  };
}

/** The line and, for an article, what the store needs from it besides SQL: for ingest workers. */
export function serializeForStore(output: OutputLine): SerializedLine {
  const line = serializeLine(output);
  if (!isErrorRecord(output)) line.prepared = prepareArticle(output);
  return line;
}
