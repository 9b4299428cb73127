/**
 * The co-mention network: entities as nodes, and an edge between two entities weighted by the
 * number of articles in which both appear, heaviest first.
 *
 * - Whole corpus: the corpus-wide pair counts (entity_pairs, kept up to date by every stored
 *   original; pairs among each article's 15 most salient entities), among the most mentioned
 *   entities (between 30 and 200 of them, by `limit`).
 * - One entity, no other narrowing: its ego network from the same counts: its strongest partners,
 *   and the edges among them.
 * - Otherwise (words, days, or duplicates included): counted in the scope's newest SCOPE_LIMIT
 *   articles, among the entities most often present there.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { EntityType, Network, NetworkEdge, NetworkNode, NetworkQuery } from '../store.js';
import { articleScope, isWholeCorpus } from './article-scope.js';
import { type ResolvedEntity, resolveEntityRows } from './resolve-entity.js';

/** Fewest and most candidate nodes an edge list is drawn from. */
const MIN_NODES = 30;
const MAX_NODES = 200;

interface EdgeRow {
  a: number;
  b: number;
  weight: number;
}

interface NodeRow {
  key: number;
  id: string;
  name: string;
  type: EntityType;
  articles: number;
}

function typeFilter(types: readonly EntityType[] | undefined, alias: string): { sql: string; params: string[] } {
  if (types === undefined || types.length === 0) return { sql: '1', params: [] };
  return { sql: `${alias}.type IN (${types.map(() => '?').join(', ')})`, params: [...types] };
}

function nodeRows(db: BetterSqlite3.Database, keys: readonly number[]): Map<number, NodeRow> {
  const rows = db
    .prepare('SELECT key, id, name, type, articles FROM entities WHERE key IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(keys)) as NodeRow[];
  return new Map(rows.map((row) => [row.key, row]));
}

function assemble(edges: readonly EdgeRow[], nodes: ReadonlyMap<number, NodeRow>, articles: ReadonlyMap<number, number> | null, centre: number | null): Omit<Network, 'sampled'> {
  const used = new Set<number>(centre === null ? [] : [centre]);
  const out: NetworkEdge[] = [];
  for (const edge of edges) {
    const a = nodes.get(edge.a);
    const b = nodes.get(edge.b);
    if (a === undefined || b === undefined) continue;
    used.add(edge.a);
    used.add(edge.b);
    out.push({ source: a.id, target: b.id, weight: edge.weight });
  }
  const outNodes: NetworkNode[] = [];
  for (const key of used) {
    const node = nodes.get(key);
    if (node !== undefined) outNodes.push({ id: node.id, name: node.name, type: node.type, articles: articles?.get(key) ?? node.articles });
  }
  outNodes.sort((x, y) => y.articles - x.articles || x.id.localeCompare(y.id));
  return { nodes: outNodes, edges: out };
}

/**
 * The heaviest edges of the corpus, looked for among its most mentioned entities: an edge of weight
 * w joins two entities of at least w articles each, so the heavy edges lie between frequent
 * entities, and the look-up is a bounded number of primary-key probes (no index on the weights,
 * which every stored article would have to update).
 */
function corpusNetwork(db: BetterSqlite3.Database, query: NetworkQuery): Network {
  const types = typeFilter(query.types, 'e');
  const nodeLimit = Math.min(MAX_NODES, Math.max(MIN_NODES, query.limit));
  const keys = db
    .prepare(`SELECT e.key FROM entities e WHERE ${types.sql} AND e.articles >= ? ORDER BY e.articles DESC, e.key LIMIT ?`)
    .pluck()
    .all(...types.params, query.minWeight, nodeLimit) as number[];
  return { ...assemble(edgesAmong(db, keys, query), nodeRows(db, keys), null, null), sampled: false };
}

/** Stored pair counts among these entities, heaviest first. */
function edgesAmong(db: BetterSqlite3.Database, keys: readonly number[], query: NetworkQuery): EdgeRow[] {
  const json = JSON.stringify(keys);
  return db
    .prepare(`SELECT a, b, articles AS weight FROM entity_pairs
      WHERE a IN (SELECT value FROM json_each(?)) AND b IN (SELECT value FROM json_each(?)) AND articles >= ?
      ORDER BY articles DESC, a, b LIMIT ?`)
    .all(json, json, query.minWeight, query.limit) as EdgeRow[];
}

function egoNetwork(db: BetterSqlite3.Database, centre: ResolvedEntity, query: NetworkQuery): Network {
  const types = typeFilter(query.types, 'e');
  const nodeLimit = Math.min(MAX_NODES, Math.max(MIN_NODES, query.limit));
  const partners = db
    .prepare(`SELECT p.other FROM (
        SELECT b AS other, articles FROM entity_pairs WHERE a = ? AND articles >= ?
        UNION ALL SELECT a AS other, articles FROM entity_pairs WHERE b = ? AND articles >= ?
      ) p JOIN entities e ON e.key = p.other WHERE ${types.sql} ORDER BY p.articles DESC, p.other LIMIT ?`)
    .pluck()
    .all(centre.key, query.minWeight, centre.key, query.minWeight, ...types.params, nodeLimit) as number[];
  const keys = [centre.key, ...partners];
  return { ...assemble(edgesAmong(db, keys, query), nodeRows(db, keys), null, centre.key), sampled: false };
}

/**
 * Pair counts among the candidate entities within the scope, counted here from each article's
 * candidates (a few per article) rather than by a self-join of every entity row of the scope.
 */
function pairsInScope(db: BetterSqlite3.Database, inScope: string, keys: readonly number[], query: NetworkQuery): EdgeRow[] {
  const rows = db
    .prepare(`SELECT ae.article, ae.entity FROM json_each(?) scope CROSS JOIN article_entities ae ON ae.article = scope.value
      WHERE ae.entity IN (SELECT value FROM json_each(?)) ORDER BY ae.article, ae.entity`)
    .all(inScope, JSON.stringify(keys)) as { article: number; entity: number }[];
  const weights = new Map<string, EdgeRow>();
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (end < rows.length && rows[end]?.article === rows[start]?.article) end++;
    for (let i = start; i < end; i++) {
      for (let j = i + 1; j < end; j++) {
        const a = rows[i]?.entity ?? 0;
        const b = rows[j]?.entity ?? 0;
        const id = `${a} ${b}`;
        const edge = weights.get(id) ?? { a, b, weight: 0 };
        edge.weight++;
        weights.set(id, edge);
      }
    }
    start = end;
  }
  return [...weights.values()]
    .filter((edge) => edge.weight >= query.minWeight)
    .sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b)
    .slice(0, query.limit);
}

function scopedNetwork(db: BetterSqlite3.Database, query: NetworkQuery, centre: number | null): Network {
  const scope = articleScope(db, query);
  const inScope = JSON.stringify(scope.keys);
  const types = typeFilter(query.types, 'e');
  const nodeLimit = Math.min(MAX_NODES, Math.max(MIN_NODES, query.limit));
  const counted = db
    .prepare(`SELECT ae.entity AS key, COUNT(*) AS articles
      FROM json_each(?) scope CROSS JOIN article_entities ae ON ae.article = scope.value CROSS JOIN entities e ON e.key = ae.entity
      WHERE ${types.sql} GROUP BY ae.entity ORDER BY articles DESC, ae.entity LIMIT ?`)
    .all(inScope, ...types.params, nodeLimit) as { key: number; articles: number }[];
  const keys = counted.map((row) => row.key);
  if (centre !== null && !keys.includes(centre)) keys.push(centre);
  const edges = pairsInScope(db, inScope, keys, query);
  const articles = new Map(counted.map((row) => [row.key, row.articles]));
  return { ...assemble(edges, nodeRows(db, keys), articles, centre), sampled: scope.sampled };
}

export function network(db: BetterSqlite3.Database, query: NetworkQuery): Network {
  if (isWholeCorpus(query) && !query.includeDuplicates) return corpusNetwork(db, query);
  const matches = query.entity === undefined ? [] : resolveEntityRows(db, query.entity);
  const centre = matches.length === 1 ? (matches[0] ?? null) : null;
  const onlyEntity = isWholeCorpus({ ...query, entity: undefined });
  if (centre !== null && onlyEntity && !query.includeDuplicates) return egoNetwork(db, centre, query);
  return scopedNetwork(db, query, centre?.key ?? null);
}
