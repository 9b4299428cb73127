/**
 * Persons, organizations and all proper names. GKG lists each distinct person (organization) once
 * in V1 ("name;name"), each body mention with its character offset in V2 ("name,offset;..."), and
 * every proper name written in the body with its offset in V2.1ALLNAMES. newsgraph writes the
 * canonical name of the entity (so V1 and V2 agree and counts add up across articles); ALLNAMES
 * keeps the name as written. Role phrases standing for a person ("the former president") and
 * nationality words are not names and are left out of ALLNAMES.
 */
import type { EntityT, EntityTypeT } from '../../record/facts/entities.js';
import { BODY_LAYER, namingBodyMentions } from '../record-parts.js';
import { itemValue } from './clean.js';

/** Delimiters of a name entry: ";" between items, "," before the offset. */
const NAME_DELIMITERS = ';,';
const NOT_NAMES: ReadonlySet<string> = new Set(['descriptor', 'demonym']);

/** V1 list and V2 list ("name,offset") of the entities of one type. */
export function nameColumns(entities: readonly EntityT[], type: EntityTypeT): { v1: string; v2: string } {
  const v1: string[] = [];
  const v2: { offset: number; entry: string }[] = [];
  for (const entity of entities) {
    if (entity.type !== type) continue;
    const name = itemValue(entity.name, NAME_DELIMITERS);
    if (name.length === 0) continue;
    if (!v1.includes(name)) v1.push(name);
    for (const mention of namingBodyMentions(entity)) v2.push({ offset: mention.start, entry: `${name},${mention.start}` });
  }
  v2.sort((a, b) => a.offset - b.offset);
  return { v1: v1.join(';'), v2: v2.map((item) => item.entry).join(';') };
}

/** V2.1ALLNAMES: every name of any entity written in the body, as written, with its offset, in text order. */
export function allNames(entities: readonly EntityT[]): string {
  const names: { offset: number; entry: string }[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      if (mention.layer !== BODY_LAYER || NOT_NAMES.has(mention.form)) continue;
      const name = itemValue(mention.text, NAME_DELIMITERS);
      if (name.length > 0) names.push({ offset: mention.start, entry: `${name},${mention.start}` });
    }
  }
  names.sort((a, b) => a.offset - b.offset);
  return names.map((item) => item.entry).join(';');
}
