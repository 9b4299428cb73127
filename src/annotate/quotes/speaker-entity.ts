/**
 * The join with the entities annotator: a quotation's speaker.entity is the id of the person
 * entity the speaker is. Tried in order:
 * 1. the person entity with a mention on the speaker's mention in the body ("Medvedev", "the
 *    former president");
 * 2. the person entity whose name, an alias or a name-like mention is the speaker's resolved name
 *    (case, accents and punctuation aside): a pronoun or an inherited speaker lands here;
 * 3. the one person entity whose name ends with the speaker's one-word name (a surname).
 * Otherwise null (an organisation speaking, a role nobody in the entities holds).
 *
 * The entity also completes the speaker's name, since it sees the whole article's people with their
 * grouped mentions: a name that is the tail of the entity's name ("Eriksson Ek" -> "Joel Eriksson
 * Ek") becomes the full name, and a role the entities annotator grouped with a person ("the
 * ambassador", on a mention of Liu Xiaming's entity) is named by that person. A role is named only
 * through its own mention, never through a name match, so a role nobody holds stays a role.
 */
import { normalizeName } from '../../kb/index.js';
import { NAME_PARTICLES } from '../../nlp/name-particles.js';
import type { EntityT } from '../../record/facts/entities.js';
import type { QuoteT } from '../../record/facts/quotes.js';
import { BODY_LAYER } from '../layers.js';
import { isNotNameStart, isRoleWord } from './people.js';

const NAME_FORMS = new Set(['name', 'partial', 'alias']);

function mentionMatch(people: readonly EntityT[], mention: { start: number; end: number }, forms?: (form: string) => boolean): EntityT | undefined {
  return people.find((entity) =>
    entity.mentions.some((m) => m.layer === BODY_LAYER && m.start < mention.end && mention.start < m.end && (forms === undefined || forms(m.form))),
  );
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

type Speaker = NonNullable<QuoteT['speaker']>;

/** The person entity a speaker is, and whether it was found through the speaker's own mention. */
function findSpeakerEntity(speaker: Speaker, people: readonly EntityT[]): { entity: EntityT; byMention: boolean } | null {
  if (people.length === 0) return null;
  const byMention = speaker.mention === null ? undefined : mentionMatch(people, speaker.mention);
  if (byMention !== undefined) return { entity: byMention, byMention: true };
  const byName = speaker.name === null ? undefined : nameMatch(people, speaker.name);
  return byName === undefined ? null : { entity: byName, byMention: false };
}


/** True when `name`'s words are the last words of `full`'s, and fewer of them. */
function isWordTail(name: string, full: string): boolean {
  const part = normalizeName(name).split(' ');
  const whole = normalizeName(full).split(' ');
  return part.length < whole.length && part.every((word, i) => whole[whole.length - part.length + i] === word);
}

/** A tail of `full` whose missing words are names, not a title the entity's name kept ("Detective Inspector"). */
function isNameTail(name: string, full: string): boolean {
  if (!isWordTail(name, full)) return false;
  const added = full.split(/\s+/).slice(0, normalizeName(full).split(' ').length - normalizeName(name).split(' ').length);
  // ...nor a function word the recognizer took into the name ("To LeBron James").
  return !added.some((w) => isRoleWord(w) || isNotNameStart(w) || !(/^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w)));
}

/**
 * True when the words of the speaker's mention before the person's own mention are a mention of a
 * place or an organisation: the speaker phrase swallowed them ("Britain Liu Xiaming").
 */
function prefixIsOtherEntity(mention: { start: number; end: number }, person: EntityT, entities: readonly EntityT[]): boolean {
  const own = person.mentions.find((m) => m.layer === BODY_LAYER && m.start < mention.end && mention.start < m.end);
  if (own === undefined || own.start <= mention.start) return false;
  return hasMentionWithin(entities, mention.start, own.start, (entity) => entity.type !== 'person');
}

/** True when an entity that passes `which` has a body mention inside [from, to). */
function hasMentionWithin(entities: readonly EntityT[], from: number, to: number, which: (entity: EntityT) => boolean): boolean {
  return entities.some((entity) => which(entity) && entity.mentions.some((m) => m.layer === BODY_LAYER && m.start >= from && m.end <= to));
}

/**
 * "Developer Valve", "Britain's Foreign Office": an organisation the entities annotator found at the
 * end of the speaker's name, after role words or a place; the organisation's name without them.
 */
function organizationName(speaker: Speaker, entities: readonly EntityT[]): string | null {
  const { name, mention } = speaker;
  if (name === null || mention === null) return null;
  for (const entity of entities) {
    if (entity.type !== 'organization') continue;
    const own = entity.mentions.find((m) => m.layer === BODY_LAYER && m.start > mention.start && m.end === mention.end);
    if (own === undefined || !isWordTail(own.text, name)) continue;
    // "Dunsford Fire and Rescue Service": the recognizer split one name at its "and"; keep it whole.
    if (/\sand\s*$/.test(mention.text.slice(0, own.start - mention.start))) continue;
    const dropped = mention.text.slice(0, own.start - mention.start).trim().split(/\s+/);
    const other = hasMentionWithin(entities, mention.start, own.start, (e) => e !== entity);
    if (other || dropped.every((w) => isRoleWord(w))) return own.text;
  }
  return null;
}

/**
 * True when the words `name` has before the entity's name stand right before one of the entity's
 * full-name mentions in the text: the recognizer read that run and kept them out of the name.
 */
function recognizerLeftOut(name: string, entity: EntityT, text: string): boolean {
  const extra = name.slice(0, name.length - entity.name.length).trim();
  if (extra === '' || !name.endsWith(entity.name)) return false;
  return entity.mentions.some((m) => m.layer === BODY_LAYER && m.text === entity.name && text.slice(Math.max(0, m.start - extra.length - 1), m.start).trim() === extra);
}

/**
 * The speaker with entity, and name completed from it (see the file comment). `keptApart` holds the
 * names other quotations' speakers already carry: a shorter name the quotes annotator did not
 * resolve to one of them was kept apart on purpose ("Mr. Okonkwo" beside "Mrs. Adaeze Okonkwo"), so
 * it is not completed to it even when the entities annotator grouped the two.
 */
export function joinSpeaker(speaker: Speaker, entities: readonly EntityT[], keptApart: ReadonlySet<string> = new Set(), text?: string): Speaker {
  const people = entities.filter((entity) => entity.type === 'person');
  const found = findSpeakerEntity(speaker, people);
  if (found === null || (speaker.name === null && !found.byMention)) {
    const holder = speaker.name === null && speaker.role !== null ? roleHolder(speaker.role, people) : undefined;
    if (holder !== undefined) return { ...speaker, entity: holder.id, name: holder.name, resolution: 'role' };
  }
  if (found === null) return { ...speaker, entity: null, name: organizationName(speaker, entities) ?? speaker.name };
  const { entity, byMention } = found;
  if (speaker.name !== null && isNameTail(speaker.name, entity.name) && !keptApart.has(normalizeName(entity.name))) {
    return { ...speaker, entity: entity.id, name: entity.name, resolution: speaker.resolution === 'stated' ? 'surname' : speaker.resolution };
  }
  // "China's ambassador to Britain Liu Xiaming": a place or organisation the name was read with;
  // "Deputy Director of Public Prosecution Eva-Marie Persson": words the recognizer left out of the
  // person's name where it met the whole run, then carried to "Ms Persson".
  if (
    speaker.name !== null &&
    byMention &&
    speaker.mention !== null &&
    isWordTail(entity.name, speaker.name) &&
    (prefixIsOtherEntity(speaker.mention, entity, entities) || (text !== undefined && recognizerLeftOut(speaker.name, entity, text)))
  ) {
    return { ...speaker, entity: entity.id, name: entity.name };
  }
  // A role is named by a role or descriptor mention of the entity on it, not by a name inside the
  // role ("a spokesman for Imbert-Cho", "Kettleby's son" speak for or about that person).
  if (speaker.name === null && byMention && speaker.mention !== null && mentionMatch([entity], speaker.mention, (form) => !NAME_FORMS.has(form))) {
    return { ...speaker, entity: entity.id, name: entity.name, resolution: 'role' };
  }
  return { ...speaker, entity: entity.id };
}

/** Determiners and possessive pronouns before a role ("a", "the", "its", "another"). */
const ROLE_DETERMINER = /^(?:a|an|the|one|another|his|her|its|their|our)\s+/i;
const INDEFINITE_ROLE = /^(?:a|an|one|another)\s/i;
/** The preposition that ends a role's head ("analyst at Stratfor", "ambassador to Britain"). */
const ROLE_COMPLEMENT = /\s(?:of|at|for|to|in|with|from|on)\s.*$/i;

function roleKey(role: string): string {
  return normalizeName(role.replace(ROLE_DETERMINER, ''));
}

function roleHeadKey(role: string): string {
  return roleKey(role.replace(ROLE_COMPLEMENT, '')).split(' ').pop() ?? '';
}

/**
 * The one person entity holding the speaker's role, from the roles the entities annotator found
 * next to names anywhere in the article ("Omar Lamrani, a senior military analyst at Stratfor").
 * An indefinite role ("a senior military analyst at Stratfor said") must be written the same way,
 * since "a/an" usually brings in someone new; a definite one ("the analyst said") needs only the
 * same head noun. Either way exactly one person must hold it.
 */
function roleHolder(role: string, people: readonly EntityT[]): EntityT | undefined {
  const whole = roleKey(role);
  if (whole === '') return undefined;
  const exact = people.filter((entity) => entity.roles.some((r) => roleKey(r.text) === whole));
  if (exact.length === 1 || INDEFINITE_ROLE.test(role)) return exact.length === 1 ? exact[0] : undefined;
  const head = roleHeadKey(role);
  const byHead = people.filter((entity) => entity.roles.some((r) => roleHeadKey(r.text) === head));
  return byHead.length === 1 ? byHead[0] : undefined;
}

/** The id of the person entity a speaker is, or null. */
export function speakerEntity(speaker: Speaker, entities: readonly EntityT[]): string | null {
  return joinSpeaker(speaker, entities).entity;
}

/** The quotations with speaker.entity filled, and names completed, from the record's entities. */
export function joinSpeakerEntities(quotes: readonly QuoteT[], entities: readonly EntityT[], text?: string): QuoteT[] {
  const named = new Set(quotes.flatMap((quote) => (quote.speaker?.name ? [normalizeName(quote.speaker.name)] : [])));
  const joined = quotes.map((quote) => (quote.speaker === null ? quote : { ...quote, speaker: joinSpeaker(quote.speaker, entities, named, text) }));
  // A name the entity corrected at one quotation ("Britain Liu Xiaming" -> "Liu Xiaming") is the
  // same correction wherever the quotes annotator carried it on ("Liu said" resolved to it).
  const corrected = new Map<string, string>();
  joined.forEach((quote, i) => {
    const before = quotes[i]?.speaker?.name;
    const after = quote.speaker;
    if (before && after?.name && after.entity !== null && before !== after.name && isWordTail(after.name, before)) corrected.set(`${before}\u0000${after.entity}`, after.name);
  });
  if (corrected.size === 0) return joined;
  return joined.map((quote) => {
    const speaker = quote.speaker;
    const name = speaker?.name ? corrected.get(`${speaker.name}\u0000${speaker.entity ?? ''}`) : undefined;
    return speaker && name !== undefined ? { ...quote, speaker: { ...speaker, name } } : quote;
  });
}
