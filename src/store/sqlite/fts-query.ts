/**
 * Turning what a user types into an FTS5 MATCH expression. Every word is quoted, so punctuation and
 * FTS5 operators in ordinary text ("U.S.", "co-operation", a stray colon) are searched for, never
 * parsed as syntax. Kept from the user's syntax: "double-quoted phrases", OR between words, and a
 * trailing * for a prefix.
 */

const PIECE = /"([^"]*)"?|(\S+)/g;

function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** The MATCH expression, or null when the query holds nothing to search for (then every article matches). */
export function toFtsMatch(query: string): string | null {
  const parts: string[] = [];
  for (const match of query.matchAll(PIECE)) {
    const phrase = match[1];
    const word = match[2];
    if (phrase !== undefined) {
      if (phrase.trim().length > 0) parts.push(quote(phrase.trim()));
    } else if (word === 'OR') {
      if (parts.length > 0 && parts.at(-1) !== 'OR') parts.push('OR');
    } else if (word !== undefined) {
      const prefix = word.length > 1 && word.endsWith('*');
      const bare = prefix ? word.slice(0, -1) : word;
      // A word made only of punctuation has no token to match; quoting it would match nothing.
      if (/[\p{L}\p{N}]/u.test(bare)) parts.push(quote(bare) + (prefix ? '*' : ''));
    }
  }
  while (parts.at(-1) === 'OR') parts.pop();
  return parts.length === 0 ? null : parts.join(' ');
}
