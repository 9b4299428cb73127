/**
 * From what a user types to entities: `resolveEntity` lists every entity an id, name or alias may
 * mean (most mentioned first), `suggestEntities` the names closest to one that matched nothing.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { normalizeName } from '../../kb/normalize.js';
import type { EntityMatch, EntityType } from '../store.js';
import { entityKeysSql } from './entity-refs.js';

/** More entities than anyone disambiguates by eye. */
const MAX_MATCHES = 50;
/** Names read on each side of the typed one when suggesting. */
const SUGGESTION_CANDIDATES = 100;
const SUGGESTION_PREFIX = 3;

interface EntityRow {
  key: number;
  id: string;
  type: EntityType;
  kind: string | null;
  name: string;
  articles: number;
  mentions: number;
}

const ENTITY_COLUMNS = 'e.key, e.id, e.type, e.kind, e.name, e.articles, e.mentions';

function toMatch(row: EntityRow, ref: string): EntityMatch {
  const matchedBy = row.id === ref.trim() ? 'id' : normalizeName(row.name) === normalizeName(ref) ? 'name' : 'alias';
  return { id: row.id, type: row.type, kind: row.kind, name: row.name, articles: row.articles, mentions: row.mentions, matchedBy };
}

export interface ResolvedEntity extends EntityMatch {
  key: number;
}

export function resolveEntityRows(db: BetterSqlite3.Database, ref: string): ResolvedEntity[] {
  const keys = entityKeysSql(ref);
  const rows = db
    .prepare(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.key IN (${keys.sql})
      ORDER BY e.id = ? DESC, e.articles DESC, e.mentions DESC, e.id LIMIT ${MAX_MATCHES}`)
    .all(...keys.params, ref.trim()) as EntityRow[];
  return rows.map((row) => ({ ...toMatch(row, ref), key: row.key }));
}

export function resolveEntity(db: BetterSqlite3.Database, ref: string): EntityMatch[] {
  return resolveEntityRows(db, ref).map(({ key: _key, ...match }) => match);
}

/** Levenshtein distance, for ranking suggestions (names are short). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** GLOB is case-sensitive and uses the name_key index for a prefix; its wildcards in the prefix are escaped as classes. */
function globPrefix(prefix: string): string {
  return prefix.replace(/[*?[\]]/g, (c) => `[${c}]`) + '*';
}

/**
 * Names that share the first letters of the typed name or of its last word ("Medvedv" and "Dmitri
 * Medvedv" both find "Medvedev"), ranked by edit distance to the name or its last word, then by
 * how often the entity is mentioned. Candidates are the names sorting next to the typed one (on
 * both sides) within that prefix: a bounded read of the name index, however many names share it.
 */
export function suggestEntities(db: BetterSqlite3.Database, ref: string, limit: number): EntityMatch[] {
  const typed = normalizeName(ref);
  if (typed.length === 0) return [];
  const lastWord = typed.split(' ').at(-1) ?? typed;
  const select = `SELECT n.name_key, ${ENTITY_COLUMNS} FROM entity_names n JOIN entities e ON e.key = n.entity WHERE n.name_key GLOB ?`;
  const after = db.prepare(`${select} AND n.name_key >= ? ORDER BY n.name_key LIMIT ${SUGGESTION_CANDIDATES}`);
  const before = db.prepare(`${select} AND n.name_key < ? ORDER BY n.name_key DESC LIMIT ${SUGGESTION_CANDIDATES}`);
  const best = new Map<number, { row: EntityRow; distance: number }>();
  for (const probe of new Set([typed, lastWord])) {
    const prefix = globPrefix(probe.slice(0, SUGGESTION_PREFIX));
    for (const statement of [after, before]) {
      for (const row of statement.all(prefix, probe) as (EntityRow & { name_key: string })[]) {
        const nameLast = row.name_key.split(' ').at(-1) ?? row.name_key;
        const distance = Math.min(editDistance(typed, row.name_key), editDistance(lastWord, nameLast));
        const seen = best.get(row.key);
        if (seen === undefined || distance < seen.distance) best.set(row.key, { row, distance });
      }
    }
  }
  const maxDistance = Math.max(2, Math.floor(typed.length / 3));
  return [...best.values()]
    .filter((entry) => entry.distance <= maxDistance)
    .sort((x, y) => x.distance - y.distance || y.row.articles - x.row.articles || x.row.id.localeCompare(y.row.id))
    .slice(0, limit)
    .map((entry) => toMatch(entry.row, ref));
}
