/** Small helpers shared by the corpus routes' query strings. */

/** Copies the optional parameters that were given, leaving absent ones absent (not undefined). */
export function definedOnly<T extends object>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (values[key] !== undefined) out[key] = values[key];
  }
  return out;
}

export const ENTITY_PARAM = { type: 'string', minLength: 1, description: 'An entity id, or a name or alias ("Medvedev").' } as const;
export const QUERY_PARAM = { type: 'string', description: 'Only articles matching these words (as in /search).' } as const;
export const DUPLICATES_PARAM = { type: 'boolean', default: false, description: 'Also count articles linked as duplicates of another.' } as const;
