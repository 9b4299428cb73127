/**
 * Which knowledge-base entries an entity of a given tagged type may link to. The tagger's type is a
 * hint, not law: a place-tagged "Kremlin" is the government body, and an organization-tagged
 * "Russia" ("Russia said...") is the state. But an organization-tagged "Chelsea" or "Milan" is a
 * club, never the district or the city, and a person never links to anything the knowledge base
 * holds today (it has no people).
 *
 * | tagged as    | may link to                                                                     |
 * |--------------|---------------------------------------------------------------------------------|
 * | location     | any place; government bodies, international organizations (the EU)            |
 * | organization | any organization; places that act as states: country, territory, historical-state, disputed-territory; |
 * |              | other places only as a fallback (see `crossType`): no organization has the name, and a mention |
 * |              | reads as a place ("the outskirts of Tripoli") or the article's other places are in its country |
 * | event        | events                                                                          |
 * | person       | people only (none in the knowledge base yet)                                    |
 */
import type { KbEntry } from '../../kb/index.js';

export type QueryType = 'person' | 'organization' | 'location' | 'event';

/** Organization kinds that news also writes as a place ("in the Kremlin", "across the EU"). */
const PLACE_LIKE_ORGANIZATIONS: ReadonlySet<string> = new Set(['government-body', 'international-organization']);

/** Place kinds that act as a state in news ("Russia said", "the Soviet Union signed"). */
const STATE_LIKE_PLACES: ReadonlySet<string> = new Set(['country', 'territory', 'historical-state', 'disputed-territory']);

export function compatible(type: QueryType, entry: KbEntry): boolean {
  switch (type) {
    case 'location':
      return entry.type === 'location' || (entry.type === 'organization' && PLACE_LIKE_ORGANIZATIONS.has(entry.kind));
    case 'organization':
      return entry.type === 'organization' || entry.type === 'location';
    case 'event':
      return entry.type === 'event';
    case 'person':
      return false;
  }
}

/**
 * A place taken for an organization-tagged name that is not a state: "Tripoli" or "Valencia" the
 * tagger read as a club or a government. Taken only on the conditions in the table above.
 */
export function crossType(type: QueryType, entry: KbEntry): boolean {
  return type === 'organization' && entry.type === 'location' && !STATE_LIKE_PLACES.has(entry.kind);
}

/** A small tag-mismatch cost: the tagged type is still the likelier reading. */
export function typePenalty(type: QueryType, entry: KbEntry): number {
  return entry.type === type ? 0 : 0.5;
}
