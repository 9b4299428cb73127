/**
 * Resolves a speaker phrase to a person:
 * - a full name is taken as written ("stated");
 * - a surname alone is completed from the full name used for that person earlier in the article,
 *   else later ("surname"); with no full name anywhere it stays as written ("stated");
 * - a definite role ("the minister", "the former president") goes to the person most recently
 *   introduced with that role (same head noun, same "former"-ness); with none, to the most recent
 *   named speaker within ROLE_FALLBACK_PARAGRAPHS paragraphs whose own role does not conflict; else
 *   the role text stays, without a name ("role");
 * - he/she goes to the most recent named speaker of a compatible gender within
 *   PRONOUN_SPEAKER_PARAGRAPHS paragraphs, unless a compatible person became the subject of a
 *   sentence after that speaker was quoted; else to the most recent compatible person mentioned
 *   ("pronoun"). An unknown gender is compatible with both.
 * Anything else keeps its text as the role, without a name ("unresolved").
 */
import { readLexicon } from './lexicons.js';
import { type Gender, type PeopleIndex, type Person, resolveSurname } from './people.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

export type Resolution = 'stated' | 'surname' | 'role' | 'pronoun' | 'previous-quote' | 'unresolved';

export interface ResolvedSpeaker {
  name: string | null;
  role: string | null;
  resolution: Resolution;
  gender: Gender;
}

/** A speaker already attributed, kept for pronoun and role resolution. */
export interface SpeakerMemory {
  offset: number;
  paragraph: number;
  name: string;
  role: string | null;
  gender: Gender;
}

/** A he/she prefers a named speaker quoted at most this many paragraphs back. */
const PRONOUN_SPEAKER_PARAGRAPHS = 1;
/** A definite role with no person of that role goes to a named speaker this close. */
const ROLE_FALLBACK_PARAGRAPHS = 2;

const PERSON_ROLES = new Set(readLexicon('person-roles.txt'));
const FORMER = /(?<![\p{L}])(?:former|ex|then)(?![\p{L}])/iu;

export interface ResolveInput {
  phrase: SpeakerPhrase;
  paragraph: number;
  people: PeopleIndex;
  speakers: readonly SpeakerMemory[];
}

export function resolveSpeaker(input: ResolveInput): ResolvedSpeaker {
  const { phrase } = input;
  switch (phrase.kind) {
    case 'name':
      return resolveName(input, phrase.name ?? phrase.text);
    case 'pronoun':
      return resolvePronoun(input, phrase.text.toLowerCase());
    case 'role':
      return resolveRole(input, phrase.role ?? phrase.text);
  }
}

function personResult(person: Person, resolution: Resolution, role: string | null): ResolvedSpeaker {
  return { name: person.name, role: role ?? person.role, resolution, gender: person.gender };
}

function resolveName(input: ResolveInput, name: string): ResolvedSpeaker {
  const role = input.phrase.role;
  const known = input.people.byName.get(name);
  if (known) return personResult(known, 'stated', role);
  if (!name.includes(' ')) {
    const full = resolveSurname(input.people, name, input.phrase.start);
    if (full) return personResult(full, 'surname', role);
  }
  return { name, role, resolution: 'stated', gender: null };
}

function genderOfPronoun(pronoun: string): Gender {
  if (pronoun === 'he') return 'male';
  if (pronoun === 'she') return 'female';
  return null;
}

const compatible = (want: Gender, have: Gender): boolean => want === null || have === null || want === have;

function resolvePronoun(input: ResolveInput, pronoun: string): ResolvedSpeaker {
  const want = genderOfPronoun(pronoun);
  if (want === null) return { name: null, role: null, resolution: 'unresolved', gender: null };
  // A person who opened a sentence after the last compatible speaker was quoted is the newer topic:
  // "“...,” Grant said. Deane hit back. “...,” he told Reuters." -> Deane.
  const subject = lastSubjectMention(input, want);
  for (let i = input.speakers.length - 1; i >= 0; i--) {
    const s = input.speakers[i] as SpeakerMemory;
    if (input.paragraph - s.paragraph > PRONOUN_SPEAKER_PARAGRAPHS) break;
    if (!compatible(want, s.gender)) continue;
    if (subject !== null && subject.start > s.offset && subject.person.name !== s.name) return personResult(subject.person, 'pronoun', null);
    return { name: s.name, role: s.role, resolution: 'pronoun', gender: s.gender ?? want };
  }
  const mentions = input.people.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= input.phrase.start) continue;
    const person = input.people.byName.get(mention.name);
    if (person && compatible(want, person.gender)) return personResult(person, 'pronoun', null);
  }
  return { name: null, role: null, resolution: 'unresolved', gender: want };
}

/** The last person, of a compatible gender, whose mention opens a sentence before the pronoun. */
function lastSubjectMention(input: ResolveInput, want: Gender): { start: number; person: Person } | null {
  const mentions = input.people.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= input.phrase.start || !mention.subject) continue;
    const person = input.people.byName.get(mention.name);
    if (person && compatible(want, person.gender)) return { start: mention.start, person };
  }
  return null;
}

/** The head noun of a role phrase: "the former president of Russia" -> "president". */
export function roleHead(role: string): string {
  const core = role.toLowerCase().split(/\s+(?:of|for|at|from|with)\s+/)[0] as string;
  const words = core.split(/\s+/);
  return (words[words.length - 1] as string).replace(/[^\p{L}-]/gu, '');
}

function sameRole(wanted: string, role: string | null): boolean {
  if (role === null) return false;
  return roleHead(role) === roleHead(wanted) && FORMER.test(role) === FORMER.test(wanted);
}

function resolveRole(input: ResolveInput, role: string): ResolvedSpeaker {
  const unresolved: ResolvedSpeaker = { name: null, role, resolution: 'unresolved', gender: null };
  const definite = /^the\s/i.test(role);
  if (!definite || !PERSON_ROLES.has(roleHead(role))) return unresolved;
  const mentions = input.people.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= input.phrase.start) continue;
    const person = input.people.byName.get(mention.name);
    if (person && sameRole(role, mention.role ?? person.role)) return personResult(person, 'role', role);
  }
  for (let i = input.speakers.length - 1; i >= 0; i--) {
    const s = input.speakers[i] as SpeakerMemory;
    if (input.paragraph - s.paragraph > ROLE_FALLBACK_PARAGRAPHS) break;
    const conflicting = s.role !== null && PERSON_ROLES.has(roleHead(s.role)) && !sameRole(role, s.role);
    if (!conflicting) return { name: s.name, role, resolution: 'role', gender: s.gender };
  }
  return unresolved;
}
