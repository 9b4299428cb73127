/**
 * Groups into entities: linked to the knowledge base (link.ts, one joint call per article), merged
 * where two groups link to the same entry ("Etorofu" and "Iturup"; "Japan" and "Japanese"), then
 * written as record entities with their id, names, countries, place, roles and mentions.
 */
import { type KbEntry, type KnowledgeBase, entrySource } from '../../kb/index.js';
import type { EntityGeoT, EntityRoleT, EntityT, MentionFormT } from '../../record/facts/entities.js';
import { BODY_LAYER } from '../layers.js';
import { INITIALS_RULE } from './acronyms.js';
import { type MentionCandidate, nameKey } from './candidate.js';
import type { MentionGroup } from './group.js';
import { type LinkChoice, type LinkMention, type LinkQuery, linkEntities } from './link.js';
import { personNameIsPlace } from './link-retype.js';

/** Context kept on each side of a mention for the linker. */
const CONTEXT_CHARS = 60;
/** An all-capitals name this short, merged into another name, is an acronym ("US"). */
const MAX_ACRONYM_LENGTH = 6;

type Order = (a: MentionCandidate, b: MentionCandidate) => number;

interface Linked {
  group: MentionGroup;
  choice: LinkChoice | null;
}

/** Forms whose text is a name of the entity (what the linker may look up). */
const NAMING_FORMS: ReadonlySet<MentionFormT> = new Set(['name', 'alias', 'partial', 'acronym', 'demonym']);

/** A name printed in capitals that is no acronym ("OSLO" in a dateline), as usually written: "Oslo". */
function usualCase(text: string): string | null {
  if (text.length <= 3 || text !== text.toUpperCase() || text === text.toLowerCase()) return null;
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_all, lead: string, letter: string) => lead + letter.toUpperCase());
}

function namesOf(group: MentionGroup): string[] {
  const seen = new Map<string, string>();
  for (const mention of group.mentions) {
    if (!NAMING_FORMS.has(mention.form)) continue;
    const usual = mention.form === 'name' ? usualCase(mention.text) : null;
    if (usual !== null && !seen.has(nameKey(usual))) seen.set(nameKey(usual), usual);
    const key = nameKey(mention.text);
    const known = seen.get(key);
    if (known === undefined || rankName(mention.text) > rankName(known)) seen.set(key, mention.text);
  }
  const rankForm = (text: string): number => {
    const form = group.mentions.find((m) => m.text === text)?.form;
    return form === 'name' || form === 'demonym' ? 0 : form === 'alias' ? 1 : 2;
  };
  return [...seen.values()].sort((a, b) => rankForm(a) - rankForm(b) || b.length - a.length);
}

/** Prefers a name as usually written over one in capitals ("Moscow" over "MOSCOW"). */
function rankName(text: string): number {
  return text.length + (text === text.toUpperCase() ? 0 : 0.5);
}

/** The linking query of a group; a one-word "person" the text places like a town ("in Savannah") is asked as a place. */
function queryOf(group: MentionGroup, texts: ReadonlyMap<string, string>, kb: KnowledgeBase): LinkQuery {
  const mentions: LinkMention[] = group.mentions
    .filter((m) => m.form !== 'descriptor')
    .map((m) => {
      const source = texts.get(m.layer) ?? '';
      return { layer: m.layer, start: m.start, end: m.end, text: m.text, before: source.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start), after: source.slice(m.end, m.end + CONTEXT_CHARS) };
    });
  // An acronym read from the initials of a name written here stands for that name, not for whatever the knowledge base files under it.
  const names = namesOf({ ...group, mentions: group.mentions.filter((m) => m.rule !== INITIALS_RULE) });
  const query: LinkQuery = { type: group.type, names, mentions, demonym: group.demonym };
  return personNameIsPlace(query, kb) ? { ...query, type: 'location' } : query;
}

/** Merges groups linked to the same entry into the first one; the others' names become aliases. */
function mergeByEntry(linked: Linked[], order: Order): Linked[] {
  const firstMention = (item: Linked): MentionCandidate => item.group.mentions[0] as MentionCandidate;
  const sorted = [...linked].sort((a, b) => Number(a.group.demonym) - Number(b.group.demonym) || order(firstMention(a), firstMention(b)));
  const byEntry = new Map<string, Linked>();
  const out: Linked[] = [];
  for (const item of sorted) {
    const id = item.choice?.entry.id;
    const into = id === undefined ? undefined : byEntry.get(id);
    if (into === undefined) {
      if (id !== undefined) byEntry.set(id, item);
      out.push(item);
      continue;
    }
    const names = new Set(into.group.mentions.filter((m) => m.form === 'name').map((m) => nameKey(m.text)));
    for (const mention of item.group.mentions) {
      const renamed = mention.form === 'name' && !names.has(nameKey(mention.text));
      into.group.mentions.push(renamed ? { ...mention, form: isAcronymShape(mention.text) ? 'acronym' : 'alias' } : mention);
    }
    into.group.roles.push(...item.group.roles);
    into.group.mentions.sort(order);
  }
  return out;
}

function isAcronymShape(text: string): boolean {
  return text.length <= MAX_ACRONYM_LENGTH && /^[\p{Lu}.]+$/u.test(text);
}

function geoOf(entry: KbEntry): EntityGeoT | null {
  if (entry.type !== 'location' || entry.lat === null || entry.lon === null) return null;
  return { lat: entry.lat, lon: entry.lon, cc: entry.cc[0] ?? null, admin1: entry.admin1 ?? null, kind: entry.kind };
}

function slug(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}

/** One wording per role, in reading order. */
function distinctRoles(roles: readonly EntityRoleT[], layerOrder: ReadonlyMap<string, number>): EntityRoleT[] {
  const sorted = [...roles].sort((a, b) => (layerOrder.get(a.layer) ?? 0) - (layerOrder.get(b.layer) ?? 0) || a.start - b.start);
  const seen = new Set<string>();
  return sorted.filter((role) => {
    const key = role.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The mentions with one per span: where a span (layer, start, end) comes again, the later mention
 * takes the place of the first, as setting a Map keyed by the span does. The span is keyed by its
 * layer, then by start * width + end, one number (exact: end < width, and the product stays an
 * integer below 2^53), not by a string built per mention; spans beyond that fall back to strings.
 */
export function uniqueSpans(mentions: readonly MentionCandidate[]): MentionCandidate[] {
  let width = 1;
  let integral = true;
  for (const m of mentions) {
    width = Math.max(width, m.end + 1);
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.end < 0 || Math.abs(m.start) >= width) integral = false;
  }
  if (!integral || width * width > Number.MAX_SAFE_INTEGER) {
    const unique = new Map<string, MentionCandidate>();
    for (const m of mentions) unique.set(`${m.layer}:${m.start}:${m.end}`, m);
    return [...unique.values()];
  }
  const out: MentionCandidate[] = [];
  const slots = new Map<string, Map<number, number>>();
  for (const m of mentions) {
    let layer = slots.get(m.layer);
    if (layer === undefined) {
      layer = new Map();
      slots.set(m.layer, layer);
    }
    const key = m.start * width + m.end;
    const slot = layer.get(key);
    if (slot === undefined) {
      layer.set(key, out.length);
      out.push(m);
    } else out[slot] = m;
  }
  return out;
}

function toEntity({ group, choice }: Linked, layerOrder: ReadonlyMap<string, number>): EntityT {
  const mentions = uniqueSpans(group.mentions).map((m) => ({ layer: m.layer, start: m.start, end: m.end, text: m.text, rule: m.rule, form: m.form, confidence: Math.round(m.confidence * 1000) / 1000 }));
  const written = namesOf({ ...group, mentions: group.mentions.filter((m) => m.form === 'name' || m.form === 'alias' || m.form === 'acronym') });
  const roles = group.type === 'person' ? distinctRoles(group.roles, layerOrder) : [];
  if (choice === null) {
    const name = longestName(group) ?? group.mentions[0]?.refersTo ?? (group.mentions[0] as MentionCandidate).text;
    const aliases = written.filter((text) => nameKey(text) !== nameKey(name));
    return { id: `name:${group.type}/${slug(name)}`, type: group.type, kind: null, name, aliases, countries: [], geo: null, roles, mentions, link: null };
  }
  const { entry } = choice;
  const aliases = [...(entry.aliases ?? [])];
  const known = new Set([entry.name, ...aliases].map(nameKey));
  for (const text of written) {
    if (!known.has(nameKey(text))) {
      known.add(nameKey(text));
      aliases.push(text);
    }
  }
  return {
    id: entry.id,
    type: entry.type,
    kind: entry.kind,
    name: entry.name,
    aliases,
    countries: [...entry.cc],
    geo: geoOf(entry),
    roles,
    mentions,
    link: { rule: choice.rule, score: Math.round(choice.score * 1000) / 1000, candidates: choice.candidates, source: entrySource(entry) },
  };
}

function longestName(group: MentionGroup): string | null {
  let best: string | null = null;
  for (const m of group.mentions) {
    if (m.form !== 'name') continue;
    if (best === null || rankName(m.text) > rankName(best)) best = m.text;
  }
  return best;
}

/** Position of an entity in the list: its first body mention, else after all of those. */
function sortKey(entity: EntityT, layerOrder: ReadonlyMap<string, number>): [number, number, number] {
  const body = entity.mentions.find((m) => m.layer === BODY_LAYER);
  if (body !== undefined) return [0, 0, body.start];
  const first = entity.mentions[0];
  return first === undefined ? [2, 0, 0] : [1, layerOrder.get(first.layer) ?? 0, first.start];
}

export function assembleEntities(groups: readonly MentionGroup[], texts: ReadonlyMap<string, string>, kb: KnowledgeBase, order: Order, layerOrder: ReadonlyMap<string, number>): EntityT[] {
  const choices = linkEntities(groups.map((group) => queryOf(group, texts, kb)), kb);
  const linked = mergeByEntry(groups.map((group, i) => ({ group, choice: choices[i] ?? null })), order);
  const entities = linked.filter((item) => item.group.mentions.length > 0).map((item) => toEntity(item, layerOrder));
  const keys = new Map(entities.map((entity) => [entity, sortKey(entity, layerOrder)] as const));
  return entities.sort((a, b) => {
    const ka = keys.get(a) as [number, number, number];
    const kb2 = keys.get(b) as [number, number, number];
    return ka[0] - kb2[0] || ka[1] - kb2[1] || ka[2] - kb2[2];
  });
}
