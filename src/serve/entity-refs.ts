/**
 * Entity references in requests (`entity=Medvedev`, `/entities/iso3166-1:JP`): one that matches
 * nothing is a 404 whose message offers the closest names, as the CLI's error does.
 */
import type { EntityMatch, Store } from '../store/store.js';
import { ApiError, HTTP_CONFLICT, HTTP_NOT_FOUND } from './errors.js';

/** Close names offered when a reference matches nothing. */
export const SUGGESTIONS = 5;

function listMatches(matches: readonly EntityMatch[]): string {
  return matches.map((match) => `${match.name} (${match.id}, ${match.type})`).join('; ');
}

export function unknownEntity(store: Store, ref: string, field: string): ApiError {
  const close = store.suggestEntities(ref, SUGGESTIONS);
  const hint = close.length > 0 ? `; close names: ${listMatches(close)}` : '';
  return new ApiError(HTTP_NOT_FOUND, 'not-found', `${field} "${ref}" matches no entity${hint}`);
}

/** The entities a reference means; throws a 404 (with suggestions) when none. */
export function resolveKnown(store: Store, ref: string, field: string): EntityMatch[] {
  const matches = store.resolveEntity(ref);
  if (matches.length === 0) throw unknownEntity(store, ref, field);
  return matches;
}

/** One entity: a reference that means several is refused, naming them. */
export function resolveOne(store: Store, ref: string, field: string): EntityMatch {
  const matches = resolveKnown(store, ref, field);
  const exact = matches.find((match) => match.matchedBy === 'id');
  if (exact !== undefined) return exact;
  const [first] = matches;
  if (matches.length === 1 && first !== undefined) return first;
  throw new ApiError(HTTP_CONFLICT, 'ambiguous', `${field} "${ref}" means ${matches.length} entities: ${listMatches(matches)}; ask by id`);
}
