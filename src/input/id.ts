import { createHash } from 'node:crypto';

/** Length of derived ids in hex digits (64 bits: collisions are negligible below billions of documents). */
const ID_HEX_LENGTH = 16;

/**
 * A stable id for a document that was not given one: the hash of its URL when known (so a page
 * fetched twice keeps its id), otherwise of its content.
 */
export function makeDocumentId(url: string | undefined | null, content: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (url) hash.update('url\0' + url);
  else hash.update(content);
  return hash.digest('hex').slice(0, ID_HEX_LENGTH);
}
