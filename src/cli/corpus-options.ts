/**
 * What the corpus commands (search, entity, quotes, timeline, places, network) share: option
 * parsers, opening the database read-only with a clear message when it is missing, checking that
 * an entity reference means something (else listing close names), and printing JSON.
 */
import { existsSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { ENTITY_TYPES, type EntityMatch, type EntityType, type Store, TIME_INTERVALS, type TimeInterval } from '../store/store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

const DAY_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const JSON_INDENT = 2;
/** Close names listed when a reference matches nothing. */
const SUGGESTIONS = 5;

export function parseDay(value: string): string {
  if (!DAY_PREFIX.test(value)) throw new InvalidArgumentError('expected a date such as 2025-02-12, 2025-02 or 2025.');
  return value;
}

export function parseOffset(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number of at least 0.');
  return Number(value);
}

export function parseInterval(value: string): TimeInterval {
  if (!(TIME_INTERVALS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${TIME_INTERVALS.join(', ')}.`);
  return value as TimeInterval;
}

/** Entity types, repeatable or comma-separated ("person,organization"). */
export function collectTypes(value: string, previous: EntityType[] | undefined): EntityType[] {
  const types = value.split(',').map((type) => type.trim());
  for (const type of types) {
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new InvalidArgumentError(`expected one of ${ENTITY_TYPES.join(', ')}.`);
  }
  return [...(previous ?? []), ...(types as EntityType[])];
}

/** The store, read-only; null (after saying why on stderr) when there is no database. */
export function openCorpus(command: string, db: string): Store | null {
  if (!existsSync(db)) {
    process.stderr.write(`newsgraph ${command}: no database at ${db}: run "newsgraph ingest INPUT... --db ${db}" first\n`);
    return null;
  }
  return new SqliteStore(db, { readonly: true });
}

export function describeEntity(match: Pick<EntityMatch, 'id' | 'name' | 'type'>): string {
  return `${match.name} (${match.type}, ${match.id})`;
}

/** "no entity named X", with the closest names the store knows, for stderr. */
export function unknownEntityMessage(store: Store, ref: string): string {
  const close = store.suggestEntities(ref, SUGGESTIONS);
  const hint = close.length === 0 ? '' : `; did you mean: ${close.map(describeEntity).join('; ')}?`;
  return `no entity named "${ref}" in the corpus${hint}`;
}

/**
 * Checks the entity references of a command's options: true when each means at least one entity,
 * else false after saying which does not, with close names.
 */
export function checkEntityRefs(store: Store, command: string, refs: readonly (string | undefined)[]): boolean {
  for (const ref of refs) {
    if (ref === undefined || store.resolveEntity(ref).length > 0) continue;
    process.stderr.write(`newsgraph ${command}: ${unknownEntityMessage(store, ref)}\n`);
    return false;
  }
  return true;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, JSON_INDENT);
}

/** "2024-02-02" from a published value, or "undated". */
export function dayOf(published: string | null): string {
  return published?.slice(0, 10) ?? 'undated';
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
