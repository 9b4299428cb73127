/**
 * Keyset cursors for search pages. A cursor names the last hit of a page by its sort key, so the
 * next page starts right after it with an index range or a comparison, however deep: no OFFSET
 * that reads and throws away every earlier hit. Ranked pages sort by (BM25 rank, key), newest-first
 * pages by (published_at descending, key descending) with undated articles last.
 *
 * A cursor is opaque to users: base64url of a small JSON object that also carries a fingerprint of
 * the query, so a cursor given with another query is refused instead of silently skipping hits.
 */
import { InvalidCursorError, type SearchQuery } from '../store.js';

export type SearchCursor =
  /** After the hit with this bm25() value (lower is better) and key. */
  | { order: 'rank'; rank: number; key: number }
  /** After the article published at this instant (null: undated) with this key. */
  | { order: 'newest'; publishedAt: number | null; key: number };

interface CursorJson {
  o: 'r' | 'n';
  /** bm25() value or published_at. */
  v: number | null;
  k: number;
  /** Query fingerprint. */
  q: string;
}

/** FNV-1a, 32 bits, in hex: enough to tell two queries apart, not a security measure. */
function fingerprint(query: SearchQuery): string {
  const { limit: _limit, offset: _offset, after: _after, ...rest } = query;
  const canonical = JSON.stringify(Object.entries(rest).filter(([, value]) => value !== undefined).sort(([a], [b]) => a.localeCompare(b)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function encodeCursor(cursor: SearchCursor, query: SearchQuery): string {
  const json: CursorJson =
    cursor.order === 'rank'
      ? { o: 'r', v: cursor.rank, k: cursor.key, q: fingerprint(query) }
      : { o: 'n', v: cursor.publishedAt, k: cursor.key, q: fingerprint(query) };
  return Buffer.from(JSON.stringify(json)).toString('base64url');
}

function parse(text: string): CursorJson | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const json = value as Partial<CursorJson>;
    const validOrder = json.o === 'r' || json.o === 'n';
    const validValue = (typeof json.v === 'number' && Number.isFinite(json.v)) || (json.v === null && json.o === 'n');
    if (!validOrder || !validValue || !Number.isSafeInteger(json.k) || typeof json.q !== 'string') return null;
    return json as CursorJson;
  } catch {
    return null;
  }
}

/** The cursor of `query.after`; throws InvalidCursorError when it is malformed, of another query, or of the other order. */
export function decodeCursor(query: SearchQuery, order: SearchCursor['order']): SearchCursor {
  const text = query.after ?? '';
  const json = /^[A-Za-z0-9_-]+$/.test(text) ? parse(text) : null;
  if (json === null) throw new InvalidCursorError(`not a search cursor: "${text}" (use the "next" value of a page)`);
  if (json.q !== fingerprint(query)) throw new InvalidCursorError('this cursor belongs to another query: give it with the same words and filters');
  if ((json.o === 'r') !== (order === 'rank')) throw new InvalidCursorError('this cursor belongs to another query: give it with the same words and filters');
  return json.o === 'r' ? { order: 'rank', rank: json.v ?? 0, key: json.k } : { order: 'newest', publishedAt: json.v, key: json.k };
}
