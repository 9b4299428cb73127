/**
 * An entity's profile: what it is, the names and roles it was written with, how often it is
 * mentioned over time, who or what it is mentioned with, and its latest articles.
 *
 * Everything about one entity is a range of the article_entities indexes (entity, original, ...),
 * so the cost follows the entity's own article count, never the corpus size. Co-mentions come from
 * the corpus-wide pair counts when no dates are given, else from the entity's articles within the
 * dates (the newest SCOPE_LIMIT of them).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { normalizeName } from '../../kb/normalize.js';
import type { EntityProfile, EntityProfileQuery, EntityType } from '../store.js';
import { articleRefs } from './article-refs.js';
import { SCOPE_LIMIT } from './article-scope.js';
import { dayBounds } from './day-bounds.js';
import { periodOf } from './periods.js';
import { type ResolvedEntity, resolveEntityRows } from './resolve-entity.js';
import { joinClauses } from './search-filters.js';
import { LIST_SEPARATOR } from './write-entities.js';

/** Names listed as aliases, at most. */
const MAX_ALIASES = 30;
const MAX_ROLES = 20;

interface EntityDetailRow {
  countries: string;
  lat: number | null;
  lon: number | null;
  cc: string | null;
  admin1: string | null;
  geo_kind: string | null;
}

interface DayRow {
  day: string | null;
  articles: number;
  mentions: number;
}

interface CoMentionRow {
  id: string;
  name: string;
  type: EntityType;
  articles: number;
}

/** The one entity an id (or a name meaning exactly one entity) stands for. */
function pickEntity(db: BetterSqlite3.Database, ref: string): ResolvedEntity | null {
  const matches = resolveEntityRows(db, ref);
  const byId = matches.find((match) => match.matchedBy === 'id');
  if (byId !== undefined) return byId;
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

function aliasesOf(db: BetterSqlite3.Database, key: number, name: string): string[] {
  const names = db.prepare(`SELECT name FROM entity_names WHERE entity = ? ORDER BY name LIMIT ${MAX_ALIASES * 2}`).pluck().all(key) as string[];
  const seen = new Set([normalizeName(name)]);
  const aliases: string[] = [];
  for (const alias of names) {
    const folded = normalizeName(alias);
    if (seen.has(folded)) continue;
    seen.add(folded);
    aliases.push(alias);
  }
  return aliases.slice(0, MAX_ALIASES);
}

function coMentionsFromPairs(db: BetterSqlite3.Database, key: number, limit: number): CoMentionRow[] {
  return db
    .prepare(`SELECT e.id, e.name, e.type, p.articles FROM (
        SELECT b AS other, articles FROM entity_pairs WHERE a = ?
        UNION ALL SELECT a AS other, articles FROM entity_pairs WHERE b = ?
      ) p JOIN entities e ON e.key = p.other ORDER BY p.articles DESC, e.articles DESC, e.id LIMIT ?`)
    .all(key, key, limit) as CoMentionRow[];
}

function coMentionsInDays(db: BetterSqlite3.Database, key: number, from: string | undefined, to: string | undefined, limit: number): CoMentionRow[] {
  const days = joinClauses(dayBounds('own.published_day', from, to));
  return db
    .prepare(`SELECT e.id, e.name, e.type, COUNT(*) AS articles FROM (
        SELECT own.article FROM article_entities own WHERE own.entity = ? AND own.original = 1 AND ${days.sql}
        ORDER BY own.published_at DESC LIMIT ${SCOPE_LIMIT}
      ) scope CROSS JOIN article_entities other ON other.article = scope.article AND other.entity != ?
      CROSS JOIN entities e ON e.key = other.entity
      GROUP BY other.entity ORDER BY articles DESC, e.articles DESC, e.id LIMIT ?`)
    .all(key, ...days.params, key, limit) as CoMentionRow[];
}

export function entityProfile(db: BetterSqlite3.Database, query: EntityProfileQuery): EntityProfile | null {
  const entity = pickEntity(db, query.id);
  if (entity === null) return null;
  const detail = db.prepare('SELECT countries, lat, lon, cc, admin1, geo_kind FROM entities WHERE key = ?').get(entity.key) as EntityDetailRow;
  const days = joinClauses(dayBounds('published_day', query.from, query.to));
  const dayRows = db
    .prepare(`SELECT published_day AS day, COUNT(*) AS articles, SUM(mentions) AS mentions FROM article_entities
      WHERE entity = ? AND original = 1 AND ${days.sql} GROUP BY published_day`)
    .all(entity.key, ...days.params) as DayRow[];
  const series = new Map<string, { period: string; articles: number; mentions: number }>();
  for (const row of dayRows) {
    if (row.day === null) continue;
    const period = periodOf(row.day, query.interval);
    const bucket = series.get(period) ?? { period, articles: 0, mentions: 0 };
    bucket.articles += row.articles;
    bucket.mentions += row.mentions;
    series.set(period, bucket);
  }
  const dated = query.from !== undefined || query.to !== undefined;
  const coMentions = dated ? coMentionsInDays(db, entity.key, query.from, query.to, query.limitCoMentions) : coMentionsFromPairs(db, entity.key, query.limitCoMentions);
  const latest = db
    .prepare(`SELECT article FROM article_entities WHERE entity = ? AND original = 1 AND ${days.sql} ORDER BY published_at DESC, article DESC LIMIT ?`)
    .pluck()
    .all(entity.key, ...days.params, query.limitArticles) as number[];
  const roles = db.prepare(`SELECT text, articles FROM entity_roles WHERE entity = ? ORDER BY articles DESC, text LIMIT ${MAX_ROLES}`).all(entity.key) as { text: string; articles: number }[];
  return {
    id: entity.id,
    type: entity.type,
    kind: entity.kind,
    name: entity.name,
    aliases: aliasesOf(db, entity.key, entity.name),
    countries: detail.countries === '' ? [] : detail.countries.split(LIST_SEPARATOR),
    geo: detail.lat === null || detail.lon === null ? null : { lat: detail.lat, lon: detail.lon, cc: detail.cc, admin1: detail.admin1, kind: detail.geo_kind },
    roles,
    mentions: dayRows.reduce((sum, row) => sum + row.mentions, 0),
    articles: dayRows.reduce((sum, row) => sum + row.articles, 0),
    series: [...series.values()].sort((x, y) => x.period.localeCompare(y.period)),
    coMentions,
    latestArticles: articleRefs(db, latest),
  };
}
