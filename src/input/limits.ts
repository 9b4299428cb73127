/** Size limits shared by the input readers. */

/** Default ceiling for one document (decoded bytes): larger ones become `input/too-large` errors. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * How many leading bytes are read before deciding what a file is. Large enough to hold an XML
 * prolog, a WARC header or the first JSON line of ordinary news data; small enough to be cheap.
 */
export const HEAD_BYTES = 64 * 1024;

/** Folder nesting deeper than this is refused (`input/too-deep`); links looping back are caught apart from this. */
export const MAX_FOLDER_DEPTH = 32;
