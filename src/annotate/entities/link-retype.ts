/**
 * A person-tagged name that is a place: the tagger reads some place names as people ("Birmingham,
 * Alabama", "hotel owners in Nicaragua", "left Vancouver"). The linker never links a person to a
 * place, so the annotator asks this before linking and retypes the entity when it answers true.
 *
 * True only when every name is one word, the knowledge base holds a large place of that name (a
 * country, a region or a city of about 300,000 people or more), and a mention sits where a place
 * does: right after "Town, " (a qualifier) or after a locative preposition ("in", "near", "from").
 */
import type { KnowledgeBase } from '../../kb/index.js';
import type { LinkQuery } from './link.js';

/** A rank score of 5.5: a city of about 300,000 people; every region and country scores more. */
const LARGE_PLACE_SCORE = 5.5;
/** "Birmingham, " before the mention: the mention qualifies a place. */
const AFTER_PLACE_COMMA = /\p{Lu}[\p{L}.'-]*,\s*$/u;
/** Prepositions that put a place after them; "to" and "of" are left out ("said to Smith", "wife of Smith"). */
const LOCATIVE = /\b(?:in|at|near|from|towards|across|outside|into|around)\s+$/i;
const TAIL = 24;

export function personNameIsPlace(query: LinkQuery, kb: KnowledgeBase): boolean {
  if (query.type !== 'person' || query.demonym || query.names.length === 0) return false;
  if (query.names.some((name) => /\s/.test(name.trim()) || !/^\p{Lu}/u.test(name))) return false;
  const placed = query.mentions.some((m) => {
    const before = m.before.slice(-TAIL);
    return AFTER_PLACE_COMMA.test(before) || LOCATIVE.test(before);
  });
  if (!placed) return false;
  return query.names.some((name) => kb.lookup(name).some(({ entry }) => entry.type === 'location' && entry.score >= LARGE_PLACE_SCORE));
}
