/**
 * Small readings of a record that several exporters share: its entities (records stored before the
 * entities annotator have none), the layer the offsets of the article text index, and a number
 * written without exponent.
 */
import type { ArticleRecord } from '../record/schema.js';
import type { EntityMentionT, EntityT } from '../record/facts/entities.js';

/** The layer whose offsets index the article text: GKG offsets and most CSV readers want these. */
export const BODY_LAYER = 'text';

/** The record's entities; a record stored before the field existed reads as having none. */
export function entitiesOf(record: ArticleRecord): readonly EntityT[] {
  // The schema says the field is always there, but rows stored by an older version lack it.
  return (record.entities as readonly EntityT[] | undefined) ?? [];
}

/** Mentions that name the entity (not a role phrase standing for it), in the body. */
export function namingBodyMentions(entity: EntityT): EntityMentionT[] {
  return entity.mentions.filter((mention) => mention.layer === BODY_LAYER && mention.form !== 'descriptor');
}

/** A number as plain digits ("1500000", "2.5"), never "1.5e+21", so every reader parses it. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
