/**
 * Places as GeoJSON: every located place (an entity with coordinates) mentioned in the scope, with
 * the articles and mentions counted there, most written about first. Over the whole corpus the
 * answer is the corpus-wide counts (an index scan); over a search, an entity's articles or some
 * days, it is counted in the scope's newest SCOPE_LIMIT articles.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { PlaceFeature, PlacesCollection, PlacesQuery } from '../store.js';
import { articleScope, isWholeCorpus } from './article-scope.js';
import { countryCodesSql } from './entity-refs.js';
import { type SqlClause, joinClauses } from './search-filters.js';

interface PlaceRow {
  id: string;
  name: string;
  kind: string | null;
  cc: string | null;
  lat: number;
  lon: number;
  articles: number;
  mentions: number;
}

function toFeature(row: PlaceRow): PlaceFeature {
  return {
    type: 'Feature',
    // GeoJSON orders a position longitude first.
    geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
    properties: { id: row.id, name: row.name, kind: row.kind, cc: row.cc, articles: row.articles, mentions: row.mentions },
  };
}

function placeClauses(query: PlacesQuery): SqlClause[] {
  const clauses: SqlClause[] = [{ sql: "e.type = 'location' AND e.lat IS NOT NULL AND e.lon IS NOT NULL", params: [] }];
  if (query.country !== undefined) {
    const codes = countryCodesSql(query.country);
    clauses.push({ sql: `e.cc IN (${codes.sql})`, params: codes.params });
  }
  return clauses;
}

const PLACE_COLUMNS = 'e.id, e.name, coalesce(e.geo_kind, e.kind) AS kind, e.cc, e.lat, e.lon';

export function places(db: BetterSqlite3.Database, query: PlacesQuery): PlacesCollection {
  const clauses = placeClauses(query);
  if (isWholeCorpus(query) && !query.includeDuplicates) {
    const where = joinClauses([...clauses, { sql: 'e.articles > 0', params: [] }]);
    const rows = db
      .prepare(`SELECT ${PLACE_COLUMNS}, e.articles, e.mentions FROM entities e WHERE ${where.sql}
        ORDER BY e.articles DESC, e.mentions DESC, e.id LIMIT ?`)
      .all(...where.params, query.limit) as PlaceRow[];
    return { type: 'FeatureCollection', features: rows.map(toFeature), sampled: false };
  }
  const scope = articleScope(db, query);
  const where = joinClauses(clauses);
  // The scope's articles drive the join (CROSS JOIN fixes the order): each reads its own entity rows.
  const rows = db
    .prepare(`SELECT ${PLACE_COLUMNS}, COUNT(*) AS articles, SUM(ae.mentions) AS mentions
      FROM json_each(?) scope CROSS JOIN article_entities ae ON ae.article = scope.value CROSS JOIN entities e ON e.key = ae.entity
      WHERE ${where.sql} GROUP BY ae.entity ORDER BY articles DESC, mentions DESC, e.id LIMIT ?`)
    .all(JSON.stringify(scope.keys), ...where.params, query.limit) as PlaceRow[];
  return { type: 'FeatureCollection', features: rows.map(toFeature), sampled: scope.sampled };
}
