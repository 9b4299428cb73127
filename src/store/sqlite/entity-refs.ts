/**
 * What a user types for an entity, as SQL: the integer keys of the entities an id, a name or an
 * alias ("Medvedev", "Japan", "iso3166-1:JP") may mean. Names are compared through the knowledge
 * base's own normalisation (case, accents, punctuation, a leading "the"), so "the kremlin" finds
 * "Kremlin". A name means every entity written that way; an id picks one.
 *
 * Each function returns a subquery with positional parameters, for `x IN (...)`.
 */
import { normalizeName } from '../../kb/normalize.js';
import type { EntityType } from '../store.js';
import type { SqlClause } from './search-filters.js';

const ISO_CODE = /^[A-Za-z]{2}$/;
/** The id prefix of countries in the knowledge base. */
export const COUNTRY_ID_PREFIX = 'iso3166-1:';

/** Entities whose id is `ref`, or that were written with `ref` as a name. */
export function entityKeysSql(ref: string): SqlClause {
  const trimmed = ref.trim();
  return {
    sql: 'SELECT key FROM entities WHERE id = ? UNION SELECT entity FROM entity_names WHERE name_key = ?',
    params: [trimmed, normalizeName(trimmed)],
  };
}

/** Like entityKeysSql, of one type only. */
export function typedEntityKeysSql(ref: string, type: EntityType): SqlClause {
  const keys = entityKeysSql(ref);
  return { sql: `SELECT key FROM entities WHERE type = ? AND key IN (${keys.sql})`, params: [type, ...keys.params] };
}

/** A country, as the knowledge base marks it: a country kind or an ISO 3166-1 id. */
const IS_COUNTRY = `(c.kind = 'country' OR c.id GLOB '${COUNTRY_ID_PREFIX}*')`;

/** ISO codes (column `cc`) a country reference means: itself when it has the shape of a code, and the codes of the countries so named. */
export function countryCodesSql(ref: string): SqlClause {
  const trimmed = ref.trim();
  const keys = entityKeysSql(trimmed);
  const named = { sql: `SELECT c.cc AS cc FROM entities c WHERE c.type = 'location' AND ${IS_COUNTRY} AND c.cc IS NOT NULL AND c.key IN (${keys.sql})`, params: keys.params };
  if (!ISO_CODE.test(trimmed)) return named;
  return { sql: `SELECT ? AS cc UNION ${named.sql}`, params: [trimmed.toUpperCase(), ...named.params] };
}

/** Places a reference means, and when one of them is a country, every place in it. */
export function placeKeysSql(ref: string): SqlClause {
  const places = typedEntityKeysSql(ref, 'location');
  const countries = { sql: `SELECT c.cc FROM entities c WHERE ${IS_COUNTRY} AND c.cc IS NOT NULL AND c.key IN (${places.sql})`, params: places.params };
  return {
    sql: `${places.sql} UNION SELECT key FROM entities WHERE type = 'location' AND cc IN (${countries.sql})`,
    params: [...places.params, ...countries.params],
  };
}

/** A country reference: the country itself (even unlocated) and every place in it. */
export function countryKeysSql(ref: string): SqlClause {
  const codes = countryCodesSql(ref);
  return {
    sql: `SELECT key FROM entities WHERE type = 'location' AND cc IN (${codes.sql})
      UNION SELECT key FROM entities WHERE id IN (SELECT '${COUNTRY_ID_PREFIX}' || cc FROM (${codes.sql}))`,
    params: [...codes.params, ...codes.params],
  };
}
