/**
 * The he/she or the family role that is the subject of a sentence without a reporting verb
 * ("Asked whether it would take a decade, she laughed." / "His mother shrugged at this."), read in
 * masked text from the sentence's start. A quotation that opens the next sentence with no
 * attribution of its own is that person's answer.
 */
import type { SpeakerPhrase } from './speaker-phrase.js';

/** He or she opening the main clause, after at most two leading phrases closed by commas ("Asked about it, she"), of up to 120 characters each. */
const PRONOUN_OPENING = /\s*(?:[^,.;:\uE000]{1,120},\s*){0,2}(He|She|he|she)\s+\p{Ll}/uy;
/** "His mother", "Her son", "Their father": a family role owned by a pronoun opening the sentence. */
const FAMILY_OPENING = /\s*((?:His|Her|Their)\s+(?:mother|father|son|daughter|wife|husband|sister|brother|grandmother|grandfather|partner|aunt|uncle))\s+\p{Ll}/uy;

/** The pronoun or family-role subject opening the sentence at `start`, or null. */
export function openingSubject(masked: string, start: number): SpeakerPhrase | null {
  for (const pattern of [PRONOUN_OPENING, FAMILY_OPENING]) {
    pattern.lastIndex = start;
    const m = pattern.exec(masked);
    if (m === null) continue;
    const word = m[1] as string;
    // The match ends with the word, spaces and one lower-case letter: its last occurrence is the word.
    const from = start + m[0].lastIndexOf(word);
    const kind = pattern === PRONOUN_OPENING ? 'pronoun' : 'role';
    return { start: from, end: from + word.length, text: word, kind, name: null, role: kind === 'role' ? word : null };
  }
  return null;
}
