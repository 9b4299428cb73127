/**
 * Storing an article's entities: one row per entity and per mention for the article, the names the
 * entity was written as, and (for an original, never a duplicate) the corpus-wide counts: articles
 * and mentions per entity, roles per entity, and shared articles per pair of entities.
 */
import { normalizeName } from '../../kb/normalize.js';
import type { ArticleRecord } from '../../record/schema.js';
import type { EntityMentionT, EntityT } from '../../record/facts/entities.js';
import type { EntityStatements } from './statements.js';

/** Where the article stands, repeated on each of its entity rows (see migration 3). */
export interface ArticleStanding {
  publishedDay: string | null;
  publishedAt: number | null;
  /** False for an article stored as a duplicate of another: it adds nothing to corpus counts. */
  original: boolean;
}

/**
 * Pairs are counted among an article's 15 most salient entities only (at most 105 pairs): an
 * article naming 60 entities would otherwise add 1,770, most of them noise (a list of every country
 * at a summit), and each pair is a write on every ingest.
 */
export const MAX_PAIRED_ENTITIES = 15;
/** Mention forms that are names a reader could type: "Medvedev", "IJA", "Iturup" (not "Japanese", "the former president"). */
const NAME_FORMS: ReadonlySet<EntityMentionT['form']> = new Set(['name', 'partial', 'acronym', 'alias']);
/** Body mentions after which more do not make an entity more central. */
const SALIENT_MENTIONS = 5;
const TITLE_WEIGHT = 0.4;
const POSITION_WEIGHT = 0.3;
const FREQUENCY_WEIGHT = 0.3;
const BODY = 'text';
const TITLE = 'title';
/** Separates country codes in entities.countries. */
export const LIST_SEPARATOR = ',';

interface Summary {
  mentions: number;
  firstOffset: number | null;
  inTitle: boolean;
  salience: number;
}

/**
 * How central an entity is to its article, 0..1: named in the headline (0.4), first named early in
 * the body (up to 0.3), named often (up to 0.3 at five body mentions). A ranking aid, not a measure.
 */
function summarize(entity: EntityT, textLength: number): Summary {
  const body = entity.mentions.filter((mention) => mention.layer === BODY);
  const firstOffset = body.length === 0 ? null : Math.min(...body.map((mention) => mention.start));
  const inTitle = entity.mentions.some((mention) => mention.layer === TITLE);
  const position = firstOffset === null ? 0 : 1 - firstOffset / Math.max(1, textLength);
  const salience = (inTitle ? TITLE_WEIGHT : 0) + POSITION_WEIGHT * position + FREQUENCY_WEIGHT * Math.min(1, body.length / SALIENT_MENTIONS);
  return { mentions: entity.mentions.length, firstOffset, inTitle, salience: Math.round(salience * 1000) / 1000 };
}

/** A record should list each entity once; should one repeat, its mentions are merged rather than the batch failing. */
function uniqueEntities(entities: readonly EntityT[]): EntityT[] {
  const byId = new Map<string, EntityT>();
  for (const entity of entities) {
    const seen = byId.get(entity.id);
    byId.set(entity.id, seen === undefined ? entity : { ...seen, mentions: [...seen.mentions, ...entity.mentions], roles: [...seen.roles, ...entity.roles] });
  }
  return [...byId.values()];
}

/** The country a place lies in: its geo code, else (for a place without coordinates) its first country. */
export function placeCountry(entity: EntityT): string | null {
  if (entity.geo !== null) return entity.geo.cc;
  return entity.type === 'location' ? (entity.countries[0] ?? null) : null;
}

function entityKey(statements: EntityStatements, entity: EntityT): number {
  const found = statements.entityKeyById.get(entity.id) as { key: number } | undefined;
  const geo = { lat: entity.geo?.lat ?? null, lon: entity.geo?.lon ?? null, cc: placeCountry(entity), admin1: entity.geo?.admin1 ?? null, geoKind: entity.geo?.kind ?? null };
  if (found !== undefined) {
    if (entity.geo !== null) statements.fillEntityGeo.run({ key: found.key, ...geo });
    return found.key;
  }
  const info = statements.insertEntity.run({ id: entity.id, type: entity.type, kind: entity.kind, name: entity.name, countries: entity.countries.join(LIST_SEPARATOR), ...geo });
  return Number(info.lastInsertRowid);
}

function writeNames(statements: EntityStatements, entityKey: number, entity: EntityT): void {
  const names = new Map<string, string>();
  for (const name of [entity.name, ...entity.aliases, ...entity.mentions.filter((m) => NAME_FORMS.has(m.form)).map((m) => m.text)]) {
    const key = normalizeName(name);
    if (key.length > 0 && !names.has(key)) names.set(key, name.trim());
  }
  for (const [key, name] of names) statements.insertName.run(key, entityKey, name);
}

function countRoles(statements: EntityStatements, entityKey: number, entity: EntityT): void {
  const roles = new Map<string, string>();
  for (const role of entity.roles) {
    const key = normalizeName(role.text);
    if (key.length > 0 && !roles.has(key)) roles.set(key, role.text.trim());
  }
  for (const [key, text] of roles) statements.countRole.run(entityKey, key, text);
}

function countPairs(statements: EntityStatements, salient: readonly { key: number; salience: number }[]): void {
  const keys = [...salient]
    .sort((x, y) => y.salience - x.salience || x.key - y.key)
    .slice(0, MAX_PAIRED_ENTITIES)
    .map((entry) => entry.key)
    .sort((x, y) => x - y);
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) statements.countPair.run(keys[i], keys[j]);
  }
}

export function writeEntities(statements: EntityStatements, article: number, record: ArticleRecord, standing: ArticleStanding): void {
  const written: { key: number; salience: number }[] = [];
  for (const entity of uniqueEntities(record.entities)) {
    const key = entityKey(statements, entity);
    const summary = summarize(entity, record.text.length);
    statements.insertArticleEntity.run(
      article,
      key,
      summary.mentions,
      summary.firstOffset,
      summary.inTitle ? 1 : 0,
      summary.salience,
      standing.publishedDay,
      standing.publishedAt,
      standing.original ? 1 : 0,
    );
    for (const m of entity.mentions) {
      statements.insertMention.run(article, key, m.layer, m.start, m.end, m.text, m.form, m.rule, m.confidence);
    }
    writeNames(statements, key, entity);
    if (standing.original) {
      statements.countEntity.run(summary.mentions, key);
      countRoles(statements, key, entity);
    }
    written.push({ key, salience: summary.salience });
  }
  if (standing.original) countPairs(statements, written);
}
