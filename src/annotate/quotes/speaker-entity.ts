/**
 * The join with the entities annotator: a quotation's speaker.entity is the id of the person
 * entity the speaker is. Tried in order:
 * 1. the person entity with a mention on the speaker's mention in the body ("Medvedev", "the
 *    former president");
 * 2. the person entity whose name, an alias or a name-like mention is the speaker's resolved name
 *    (case, accents and punctuation aside): a pronoun or an inherited speaker lands here;
 * 3. the one person entity whose name ends with the speaker's one-word name (a surname).
 * Otherwise null (an organisation speaking, a role nobody in the entities holds).
 */
import { normalizeName } from '../../kb/index.js';
import type { EntityT } from '../../record/facts/entities.js';
import type { QuoteT } from '../../record/facts/quotes.js';
import { BODY_LAYER } from '../layers.js';

const NAME_FORMS = new Set(['name', 'partial', 'alias']);

function mentionMatch(people: readonly EntityT[], mention: { start: number; end: number }): EntityT | undefined {
  return people.find((entity) => entity.mentions.some((m) => m.layer === BODY_LAYER && m.start < mention.end && mention.start < m.end));
}

function nameMatch(people: readonly EntityT[], name: string): EntityT | undefined {
  const key = normalizeName(name);
  const exact = people.find(
    (entity) =>
      normalizeName(entity.name) === key ||
      entity.aliases.some((alias) => normalizeName(alias) === key) ||
      entity.mentions.some((m) => NAME_FORMS.has(m.form) && normalizeName(m.text) === key),
  );
  if (exact !== undefined || key.includes(' ')) return exact;
  const bySurname = people.filter((entity) => normalizeName(entity.name).split(' ').pop() === key);
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

/** The id of the person entity a speaker is, or null. */
export function speakerEntity(speaker: NonNullable<QuoteT['speaker']>, entities: readonly EntityT[]): string | null {
  const people = entities.filter((entity) => entity.type === 'person');
  if (people.length === 0) return null;
  const byMention = speaker.mention === null ? undefined : mentionMatch(people, speaker.mention);
  const found = byMention ?? (speaker.name === null ? undefined : nameMatch(people, speaker.name));
  return found?.id ?? null;
}

/** The quotations with speaker.entity filled from the record's entities. */
export function joinSpeakerEntities(quotes: readonly QuoteT[], entities: readonly EntityT[]): QuoteT[] {
  return quotes.map((quote) => (quote.speaker === null ? quote : { ...quote, speaker: { ...quote.speaker, entity: speakerEntity(quote.speaker, entities) } }));
}
