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
 *   ("pronoun"), else to the first compatible person named later in the same sentence. An unknown
 *   gender is compatible with both.
 * - a definite organisation noun ("the court", "the agency") goes to the organisation last named
 *   with that head noun ("role"), and an anonymous speaker's role noun ("the diplomat" after "a
 *   senior diplomat involved in the talks") to that speaker, whose role phrase stays the speaker.
 * Anything else keeps its text as the role, without a name ("unresolved").
 */
import { type SentenceSpan, sentenceIndexAt } from '../../nlp/sentences.js';
import { isChannelRole } from './channel-speaker.js';
import { type Gender, type PeopleIndex, type Person, isCommonWordsOnly, isPersonRoleNoun, onlyPersonEndingWith, resolveSurname, surnameWithParticle } from './people.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { type OrganizationMention, isOrganizationName, latestAnyOrganization, latestOrganization, organizationByFirstWord, organizationRoleHead } from './organizations.js';
import { acronymOf, spellsAcronymWithJoiners } from './acronyms.js';
import { intervieweeAmong, leaderOf } from './leader.js';

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
  /** Null for an anonymous speaker ("one dock worker"), then known by `role` only. */
  name: string | null;
  role: string | null;
  gender: Gender;
}

/** A he/she prefers a named speaker quoted at most this many paragraphs back. */
const PRONOUN_SPEAKER_PARAGRAPHS = 1;
/** A definite role with no person of that role goes to a named speaker this close. */
const ROLE_FALLBACK_PARAGRAPHS = 2;

/** One capitalised word: a title alone ("Doctor") may be a surname. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const AGE_ROLE = /^the\s+(\d{1,3})-year-old$/i;
const POSSESSIVE_IN_ROLE = /\p{L}['’]s?\s/u;
const FORMER = /(?<![\p{L}])(?:former|ex|then)(?![\p{L}])/iu;

export interface ResolveInput {
  phrase: SpeakerPhrase;
  /** Where the sentence before the quotation's starts: with no speaker yet, a definite role may go to its subject. */
  previousSentenceStart?: number;
  /** Where the sentence two before the quotation's starts, read the same way when the sentence between names no one. */
  earlierSentenceStart?: number;
  /** The quoted words, when known: the speaker is nobody they name in full. */
  quoted?: string;
  /** Where the sentence of the attribution ends: a pronoun with no one before it may name a person later in it. */
  sentenceEnd?: number;
  /** The organisations of the article, built on first call (quotes/organizations.ts). */
  organizations?: () => readonly OrganizationMention[];
  paragraph: number;
  /** The text's paragraphs: how many paragraphs back a subject was written. */
  paragraphs?: readonly SentenceSpan[];
  /** The masked text (quotations blanked): a paragraph opening with he/she carries the topic on. */
  masked?: string;
  people: PeopleIndex;
  speakers: readonly SpeakerMemory[];
}

/** True when `offset` lies in the paragraph of the phrase or within PRONOUN_SPEAKER_PARAGRAPHS before it. */
function withinPronounReach(input: ResolveInput, offset: number, pronoun: string | null = null): boolean {
  if (input.paragraphs === undefined) return false;
  const from = sentenceIndexAt(input.paragraphs, offset);
  if (input.paragraph - from <= PRONOUN_SPEAKER_PARAGRAPHS) return true;
  // "Carlineo faces ten years.\n\nHe was arrested in April.\n\nDuring the call, he said, “...”": a
  // paragraph between that opens with the same he/she carries the topic on.
  if (pronoun === null || input.masked === undefined || input.paragraph - from > PRONOUN_CHAIN_PARAGRAPHS) return false;
  const opening = paragraphOpening(pronoun);
  for (let p = from + 1; p < input.paragraph; p++) {
    const paragraph = input.paragraphs[p];
    if (paragraph === undefined || !opening.test(input.masked.slice(paragraph.start, paragraph.start + 8))) return false;
  }
  return true;
}

/** How far back a he/she reaches through paragraphs that each open with it. */
const PRONOUN_CHAIN_PARAGRAPHS = 3;
/** "^\\s*he\\s", one pattern per pronoun, built once. */
const PARAGRAPH_OPENINGS = new Map<string, RegExp>();

function paragraphOpening(pronoun: string): RegExp {
  let pattern = PARAGRAPH_OPENINGS.get(pronoun);
  if (pattern === undefined) {
    pattern = new RegExp(`^\\s*${pronoun}\\s`, 'i');
    PARAGRAPH_OPENINGS.set(pronoun, pattern);
  }
  return pattern;
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

/** One capitalised word that the truecase lexicon lists as a common lower-case word and the person-name list does not hold. */
function isCommonWordNotName(name: string): boolean {
  return CAPITALISED_WORD.test(name) && isCommonWordsOnly(name);
}

/** "The Fed", "the Met": a definite article right before the name, or opening the phrase. */
const THE_BEFORE_NAME = /(?:^|[^\p{L}])[Tt]he\s+\p{Lu}/u;

function resolveName(input: ResolveInput, name: string): ResolvedSpeaker {
  const role = input.phrase.role;
  // "“…,” the South African said": a nationality noun, read as a name, stands for the person the story is about.
  if (NATIONALITY_NOUN.test(name) && input.masked !== undefined && /(?:^|[^\p{L}])the\s+$/iu.test(input.masked.slice(Math.max(0, input.phrase.start - 5), input.phrase.start))) {
    const topic = nationalityTopic(input, `the ${name}`);
    if (topic !== null) return topic;
  }
  // "A spokeswoman for the ferry's operator, Lucila Shipping Lines, said": the apposition names the
  // organisation the role speaks for, not the speaker, who stays the role.
  if (role !== null && ROLE_FOR_SOMEONE.test(role) && roleComesFirst(input, role) && !input.people.byName.has(name) && (isKnownOrganization(input, name) || isInsideOrganization(input))) return resolveRole(input, role);
  const known = input.people.byName.get(name);
  if (known) return personResult(known, 'stated', role);
  // "Ter Brugge said" after "Sjoerd ter Brugge".
  const withParticle = surnameWithParticle(name, input.people.byName);
  if (withParticle !== null) return personResult(withParticle, 'surname', role);
  // "Etcheverry Paz said" after "Lucía Etcheverry Paz": two surnames, the last words of one person's name.
  const compound = name.includes(' ') ? onlyPersonEndingWith(name, input.people.byName) : undefined;
  if (compound !== undefined) return personResult(compound, 'surname', role);
  if (!name.includes(' ')) {
    const full = resolveSurname(input.people, name, input.phrase.start);
    if (full) return personResult(full, 'surname', role);
    // "Frostline said" after "Cold-chain operator Frostline Holdings": an organisation's short name.
    const organization = input.organizations === undefined ? null : organizationByFirstWord(input.organizations(), name, input.phrase.start);
    if (organization !== null) return { name: organization, role, resolution: 'surname', gender: null };
  }
  const expanded = input.organizations === undefined ? null : organizationOfAcronym(input.organizations(), name, input.phrase.start);
  if (expanded !== null) return { name: expanded, role, resolution: 'surname', gender: null };
  // "Once the torturers tire, the crowd begins yelling “…”", "Automatically on ... by saying “…”": a
  // capitalised common word (the truecase lexicon's, and nobody's name) names no one.
  // "The Fed said": a capital after "the" is not the sentence's; the word is a name there.
  if (role === null && isCommonWordNotName(name) && !THE_BEFORE_NAME.test(input.masked?.slice(Math.max(0, input.phrase.start - 4), input.phrase.start + 4) ?? '')) {
    return { name: null, role: null, resolution: 'unresolved', gender: null };
  }
  return { name, role, resolution: 'stated', gender: null };
}

/**
 * "The CDC assured the public" after "the Chinese Center for Disease Control and Prevention said":
 * an organisation known by its acronym is given the full name the article introduced it with,
 * the last one before the phrase whose capitalised words' initials hold the acronym in order.
 */
function organizationOfAcronym(organizations: readonly OrganizationMention[], name: string, before: number): string | null {
  const acronym = acronymOf(name);
  if (acronym === null) return null;
  for (let i = organizations.length - 1; i >= 0; i--) {
    const o = organizations[i] as OrganizationMention;
    if (o.start < before && spellsAcronymWithJoiners(acronym, o.name)) return o.name;
  }
  return null;
}

/** The gender a he/she (or his/her) stands for; null for any other pronoun. */
export function genderOfPronoun(pronoun: string): Gender {
  // "His demand was simple: “...”": a possessive subject stands for its owner.
  if (pronoun === 'he' || pronoun === 'his') return 'male';
  if (pronoun === 'she' || pronoun === 'her') return 'female';
  return null;
}

const compatible = (want: Gender, have: Gender): boolean => want === null || have === null || want === have;

/** True when a he/she (or his/her) may stand for someone of gender `have` (unknown fits both). */
export function pronounAccepts(pronoun: string, have: Gender): boolean {
  return compatible(genderOfPronoun(pronoun.toLowerCase()), have);
}

/** True when `name` is an organisation's: by its head noun, or named so by the entities annotator ("Big Machine"). */
function isKnownOrganization(input: ResolveInput, name: string): boolean {
  return isOrganizationName(name) || (input.organizations !== undefined && input.organizations().some((m) => m.name === name));
}

/** True when the role is written right before the name, with its comma ("A spokesman for the operator, Marrow Coach Lines"), not after it. */
function roleComesFirst(input: ResolveInput, role: string): boolean {
  if (input.masked === undefined) return false;
  return input.masked.slice(Math.max(0, input.phrase.start - role.length - 3), input.phrase.start).includes(role);
}

/** True when an organisation mention holds the whole phrase ("Marrow Coach Lines", read by the phrase as "Lines" after a title word). */
function isInsideOrganization(input: ResolveInput): boolean {
  if (input.organizations === undefined) return false;
  const { start, end } = input.phrase;
  return input.organizations().some((m) => m.start <= start && m.end >= end);
}

/** True when a person opened a sentence between `offset` and the phrase: the newer topic for an it/they. */
function personSubjectSince(input: ResolveInput, offset: number): boolean {
  return input.people.mentions.some((m) => m.start > offset && m.start < input.phrase.start && m.subject);
}

/**
 * "Big Machine have twice denied doing anything wrong. “...,” they said": "they" (or "it") for the
 * organisation that opened a sentence since the last person did, in this paragraph or the one
 * before, with no speaker quoted after it.
 */
function organizationPronoun(input: ResolveInput): ResolvedSpeaker | null {
  if (input.organizations === undefined) return null;
  const mentions = input.organizations();
  let subject: OrganizationMention | null = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as OrganizationMention;
    if (m.start >= input.phrase.start) continue;
    if (m.opensSentence === true) {
      subject = m;
      break;
    }
  }
  if (subject === null || !withinPronounReach(input, subject.start)) return null;
  const start = subject.start;
  if (personSubjectSince(input, start)) return null;
  // A speaker quoted since then who is someone else (not the organisation itself, nor its statement) is the newer topic.
  const name = subject.name;
  if (input.speakers.some((s) => s.offset > start && s.name !== name && !(s.name === null && s.role !== null && isChannelRole(s.role)))) return null;
  return { name, role: null, resolution: 'pronoun', gender: null };
}

/**
 * "“...,” they said in a statement. ... Now they've put out another statement. “...,” it says.": an
 * it/they goes on with the organisation quoted last, when it was the last speaker of all and spoke
 * in this paragraph or the ORGANIZATION_SPEAKER_PARAGRAPHS before, and no person opened a sentence since.
 */
function lastOrganizationSpeaker(input: ResolveInput): ResolvedSpeaker | null {
  const last = input.speakers[input.speakers.length - 1];
  if (last === undefined || last.name === null || input.paragraph - last.paragraph > ORGANIZATION_SPEAKER_PARAGRAPHS || !isKnownOrganization(input, last.name)) return null;
  if (personSubjectSince(input, last.offset)) return null;
  return { name: last.name, role: null, resolution: 'pronoun', gender: null };
}

/** A present-tense reporting verb right after the pronoun ("she says"), or right before it ("says she"). */
const PRESENT_SAYS_AFTER = /^\s*,?\s*(?:says|tells|adds|explains|recalls|admits|insists|concedes|laughs|jokes)\b/;
const PRESENT_SAYS_BEFORE = /(?:says|tells|adds|explains|recalls|admits|insists|concedes)\s*$/;

/** True when the mention at `subject.start` is the first of its person in the text. */
function isFirstMention(input: ResolveInput, subject: { start: number; person: Person }): boolean {
  return input.people.mentions.find((m) => m.name === subject.person.name)?.start === subject.start;
}

/**
 * The speaker a present-tense "she says" / "says he" stands for in a profile: the person quoted
 * four times or more, and three times as often as anyone else (leader.ts), when of a compatible gender; else null.
 */
function profileSubject(input: ResolveInput, want: Gender): SpeakerMemory | null {
  if (input.masked === undefined) return null;
  const after = input.masked.slice(input.phrase.end, input.phrase.end + 16);
  const before = input.masked.slice(Math.max(0, input.phrase.start - 10), input.phrase.start);
  if (!PRESENT_SAYS_AFTER.test(after) && !PRESENT_SAYS_BEFORE.test(before)) return null;
  const name = intervieweeAmong(input.speakers.map((s) => s.name));
  const latest = name === null ? undefined : input.speakers.findLast((s) => s.name === name);
  return latest !== undefined && compatible(want, latest.gender) ? latest : null;
}

/** A group of people opening a sentence with its verb: "Residents are furious", "Most people have no idea". */
const GROUP_OPENING = /^\s*((?:(?:Many|Most|Some|Several|Local|Other|Angry|Worried|Frustrated)\s+)?(?:people|residents|officials|experts|analysts|critics|parents|users|fans|workers|voters|scientists|researchers|doctors|nurses|teachers|students|farmers|shoppers|customers|locals|campaigners|activists|lawmakers|investors|economists|villagers|passengers|neighbours|neighbors|employees|owners|traders|protesters|families|survivors|witnesses))\s+(?:are|were|have|had|say|said|worry|fear|feel|felt|believe|think|argue|complain|want|wanted)\b/iu;

/** "Residents are furious. They say the council has “…”": a they after a sentence opened by a group of people is that group. */
function groupOfPreviousSentence(input: ResolveInput): ResolvedSpeaker | null {
  if (input.masked === undefined || input.previousSentenceStart === undefined) return null;
  const m = GROUP_OPENING.exec(input.masked.slice(input.previousSentenceStart, input.phrase.start));
  if (m === null) return null;
  return { name: null, role: m[1] as string, resolution: 'role', gender: null };
}

/** How many paragraphs back an it/they finds the organisation quoted last. */
const ORGANIZATION_SPEAKER_PARAGRAPHS = 3;

function resolvePronoun(input: ResolveInput, pronoun: string): ResolvedSpeaker {
  const want = genderOfPronoun(pronoun);
  if (want === null && (pronoun === 'they' || pronoun === 'it')) {
    return organizationPronoun(input) ?? lastOrganizationSpeaker(input) ?? (pronoun === 'they' ? groupOfPreviousSentence(input) : null) ?? { name: null, role: null, resolution: 'unresolved', gender: null };
  }
  if (want === null) return { name: null, role: null, resolution: 'unresolved', gender: null };
  // A person who opened a sentence after the last compatible speaker was quoted is the newer topic:
  // "“...,” Grant said. Deane hit back. “...,” he told Reuters." -> Deane.
  // "He said, “Andy Warhol was the center of the Zeitgeist”": nobody quotes themself by full name.
  const named = (name: string | null): boolean => name !== null && input.quoted !== undefined && name.includes(' ') && input.quoted.includes(name);
  const subject = lastSubjectMention(input, want, named);
  // "The detective inspector said a man had been released. “…,” she added.": the sentence before, in
  // the same paragraph, reports a definite role's words; the pronoun is that person, not the speaker quoted before it.
  const reporter = definiteRoleReporter(input, want) ?? introducedInObject(input, want);
  if (reporter !== null) return reporter;
  // "Fey was the first female head writer... It was tough, she says": in a profile, a present-tense
  // "she says" is the person the piece is about, not a newer subject of the narration.
  const profiled = profileSubject(input, want);
  // Not when that subject is just introduced: "Clara Voss, who co-wrote the film, remembers it
  // differently. “...,” she says" brings in a new voice.
  if (profiled !== null && !named(profiled.name) && subject !== null && subject.person.name !== profiled.name && !isFirstMention(input, subject)) return { name: profiled.name, role: profiled.role, resolution: 'pronoun', gender: profiled.gender ?? want };
  for (let i = input.speakers.length - 1; i >= 0; i--) {
    const s = input.speakers[i] as SpeakerMemory;
    if (input.paragraph - s.paragraph > PRONOUN_SPEAKER_PARAGRAPHS) break;
    // No he/she stands for an organisation quoted before ("the Harbour Trust said").
    if (!compatible(want, s.gender) || (s.name !== null && isKnownOrganization(input, s.name)) || named(s.name)) continue;
    if (subject !== null && subject.start > s.offset && subject.person.name !== s.name) return personResult(subject.person, 'pronoun', null);
    // An anonymous speaker keeps the role phrase it was introduced with ("a spokeswoman for the department").
    return { name: s.name, role: s.role, resolution: 'pronoun', gender: s.gender ?? want };
  }
  const mentions = input.people.mentions;
  // With no speaker close by, the topic is whoever last opened a sentence: a name met later in
  // another role ("she was more nervous than Rose-Lynn Harlan has ever been") does not displace it.
  if (subject !== null && withinPronounReach(input, subject.start, pronoun)) {
    return personResult(subject.person, 'pronoun', null);
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= input.phrase.start) continue;
    const person = input.people.byName.get(mention.name);
    if (person && compatible(want, person.gender) && !named(person.name)) return personResult(person, 'pronoun', null);
  }
  // No one before it: "The novel, which she called “...”, took author Amal Haddad nine years" names
  // the person later in the same sentence.
  const end = input.sentenceEnd ?? input.phrase.end;
  for (const mention of mentions) {
    if (mention.start < input.phrase.end) continue;
    if (mention.start >= end) break;
    const person = input.people.byName.get(mention.name);
    if (person && compatible(want, person.gender)) return personResult(person, 'pronoun', null);
  }
  return { name: null, role: null, resolution: 'unresolved', gender: want };
}

/** "the Sri Lankan", "South African", "the Brazilian": a nationality used as a noun (not "the Vatican", "the Pentagon"). */
const NATIONALITY_NOUN = /^(?:the\s+)?(?:(?:South|North|East|West|New|Sri|Saudi|Costa|Puerto|Sierra|Northern)\s+)?(?!Vatican$|Pentagon$|Taliban$|Republican$|Kremlin$)\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i|er|ch)$/u;

/**
 * The person a nationality noun stands for: the one who last opened a sentence, when within a
 * pronoun's reach, else the speaker quoted last in this paragraph or the one before; null when none.
 */
function nationalityTopic(input: ResolveInput, role: string): ResolvedSpeaker | null {
  const subject = lastSubjectMention(input, null);
  const last = input.speakers[input.speakers.length - 1];
  if (subject !== null && withinPronounReach(input, subject.start) && (last === undefined || subject.start > last.offset || last.name === subject.person.name)) {
    return { ...personResult(subject.person, 'role', null), role };
  }
  if (last !== undefined && last.name !== null && input.paragraph - last.paragraph <= PRONOUN_SPEAKER_PARAGRAPHS && !isKnownOrganization(input, last.name)) {
    return { name: last.name, role, resolution: 'role', gender: last.gender };
  }
  return null;
}

/** Where the sentence before the quotation's starts, when it lies in the quotation's paragraph; else null. */
function previousSentenceInParagraph(input: ResolveInput): number | null {
  const from = input.previousSentenceStart;
  if (from === undefined || input.paragraphs === undefined || sentenceIndexAt(input.paragraphs, from) !== input.paragraph) return null;
  return from;
}

/** The end of a sentence, then spaces: a he/she right after it opens its sentence. */
const OPENS_SENTENCE = /(?:^|[.!?]["”’)]*)\s*$/;

/**
 * "That prospect worries Kamariah binti Osman, who chairs a cooperative. She said ...": a he/she
 * opening the sentence right after one whose subject is no person, in the same paragraph, stands
 * for the one person of fitting gender that sentence names (not as a possessor), even when that
 * person is its object and someone else was quoted before.
 */
function introducedInObject(input: ResolveInput, want: Gender): ResolvedSpeaker | null {
  const from = previousSentenceInParagraph(input);
  if (from === null || input.masked === undefined || !OPENS_SENTENCE.test(input.masked.slice(Math.max(from, input.phrase.start - 4), input.phrase.start))) return null;
  let found: Person | null = null;
  for (const mention of input.people.mentions) {
    if (mention.start < from) continue;
    if (mention.start >= input.phrase.start) break;
    if (mention.subject) return null;
    const person = input.people.byName.get(mention.name);
    if (person === undefined || !compatible(want, person.gender) || POSSESSOR.test(input.masked.slice(mention.end, mention.end + 2))) continue;
    if (found !== null && found !== person) return null;
    found = person;
  }
  return found === null ? null : personResult(found, 'pronoun', null);
}
/** A possessive right after a name: "Azman's fruit" names a possessor, not a topic. */
const POSSESSOR = /^['’]s?/;

/** "The detective inspector said", "The minister told": a definite role of one to three lower-case words opening a sentence with a reporting verb. */
const ROLE_REPORTS = /^\s*[Tt]he\s+((?:\p{Ll}+[ \t]+){0,2}\p{Ll}+)\s+(?:said|says|told|tells|added|adds|explained|confirmed|noted|warned|insisted)\s/u;

/**
 * The person a definite role opening the sentence before the pronoun's stands for, when that sentence
 * lies in the pronoun's paragraph and the person's gender fits; null otherwise.
 */
function definiteRoleReporter(input: ResolveInput, want: Gender): ResolvedSpeaker | null {
  const from = previousSentenceInParagraph(input);
  if (from === null || input.masked === undefined) return null;
  const m = ROLE_REPORTS.exec(input.masked.slice(from, Math.min(from + 80, input.phrase.start)));
  if (m === null || !isPersonRoleNoun(roleHead(m[1] as string))) return null;
  const role = `the ${m[1] as string}`;
  // Where "The" opens the sentence (the match starts with the space before it).
  const start = from + m[0].length - m[0].trimStart().length;
  const resolved = resolveRole({ ...input, phrase: { start, end: start + role.length, text: role, kind: 'role', name: null, role: null }, previousSentenceStart: undefined, earlierSentenceStart: undefined }, role);
  if (resolved.name === null || !compatible(want, resolved.gender)) return null;
  return { ...resolved, resolution: 'pronoun' };
}

/** The last person, of a compatible gender, whose mention opens a sentence before the pronoun. */
function lastSubjectMention(input: ResolveInput, want: Gender, excluded: (name: string) => boolean = () => false): { start: number; person: Person } | null {
  const mentions = input.people.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= input.phrase.start || !mention.subject) continue;
    const person = input.people.byName.get(mention.name);
    if (person && compatible(want, person.gender) && !excluded(person.name)) return { start: mention.start, person };
  }
  return null;
}

/** The head noun of a role phrase: "the former president of Russia" -> "president". */
export function roleHead(role: string): string {
  // "a senior diplomat involved in the talks" -> "diplomat": a participle and its preposition end the head too.
  // "a person familiar with the matter", "a source close to the talks" -> "person", "source": an adjective and its preposition end it as well.
  const core = role.toLowerCase().split(/\s+(?:(?:\p{Ll}+ed\s+|(?:familiar|close|privy|knowledgeable|aware)\s+)?(?:of|for|at|from|with|in|on|to|by|inside|outside|near)|who|which|that)\s+/u)[0] as string;
  const words = core.split(/\s+/);
  return (words[words.length - 1] as string).replace(/[^\p{L}-]/gu, '');
}

/** Role nouns that name the same job: "his lawyer" for "Pike's attorney, Laura Brandt". */
const SAME_JOB: ReadonlyMap<string, string> = new Map([
  ['attorney', 'lawyer'],
  ['counsel', 'lawyer'],
  ['solicitor', 'lawyer'],
  ['barrister', 'lawyer'],
  ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'],
]);

function jobOf(head: string): string {
  return SAME_JOB.get(head) ?? head;
}

function sameRole(wanted: string, role: string | null): boolean {
  if (role === null || FORMER.test(role) !== FORMER.test(wanted)) return false;
  const head = roleHead(wanted);
  if (jobOf(roleHead(role)) === jobOf(head)) return true;
  // "the detective" for "Detective Chief Inspector Okonjo": any word of a capitalised title.
  const words = role.split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && words.every((w) => /^\p{Lu}/u.test(w)) && words.some((w) => w.toLowerCase() === head);
}

/** The longest capitalised title whose every word a definite role may name. */
const MAX_TITLE_WORDS = 4;

/** True when the article gave `name`'s age (then a different age is someone else). */
function hasStatedAge(input: ResolveInput, name: string): boolean {
  return input.people.byName.get(name)?.age !== undefined;
}

/** The person of that age mentioned last before the phrase ("Mateo Ferreira, 29,"). */
function personOfAge(input: ResolveInput, age: number): Person | null {
  const mentions = input.people.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= input.phrase.start) continue;
    const person = input.people.byName.get(mention.name);
    if (person?.age === age) return person;
  }
  return null;
}

/**
 * "Okonjo-Hart, who came on late, said he barely saw the cross. “...,” the 19-year-old said.": the
 * person who is the subject of the sentence before (or of this one, before the phrase), when `fits`.
 */
function subjectOfPreviousSentence(input: ResolveInput, fits: (person: Person) => boolean): Person | null {
  if (input.previousSentenceStart === undefined) return null;
  const mentions = input.people.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= input.phrase.start) continue;
    if (mention.start < input.previousSentenceStart) break;
    if (!mention.subject) continue;
    const person = input.people.byName.get(mention.name);
    return person !== undefined && fits(person) ? person : null;
  }
  return null;
}

/** The most recent anonymous speaker introduced with the same role noun ("one dock worker" for "the dock worker"). */
function anonymousWithRole(input: ResolveInput, role: string): SpeakerMemory | null {
  for (let i = input.speakers.length - 1; i >= 0; i--) {
    const s = input.speakers[i] as SpeakerMemory;
    if (s.name === null && sameRole(role, s.role)) return s;
  }
  return null;
}

/** "her daughter", "his wife": a role owned by a he/she. */
const OWNED_ROLE = /^(?:his|her|their)\s/i;
/** A role that speaks for someone named after it: "a spokeswoman for the operator", "a lawyer for the family". */
const ROLE_FOR_SOMEONE = /^(?:an?|one|the)\s(?:[\p{L}-]+\s){0,2}?[\p{L}-]+\s(?:for|of|at|with)\s/iu;

/**
 * "Her death was confirmed by her daughter, Lucia Tamm. “...,” her daughter said.": the person last
 * introduced with that role before the phrase; an owned role goes to no one else.
 */
function personIntroducedAs(input: ResolveInput, role: string): ResolvedSpeaker | null {
  if (!isPersonRoleNoun(roleHead(role))) return null;
  const mentions = input.people.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= input.phrase.start) continue;
    const person = input.people.byName.get(mention.name);
    if (person && sameRole(role, mention.role ?? person.role)) return personResult(person, 'role', role);
  }
  return null;
}

/** "his family", "her family", "their family": a family speaking as one. */
const OWNED_FAMILY = /^(his|her|their)\s+family$/i;

/**
 * "In a statement released on Monday, his family said: “…”": the family is named by whom the
 * his/her stands for ("Zbigniew Hałasiński's family"), as a role with no name of its own.
 */
function familyOf(input: ResolveInput, role: string): ResolvedSpeaker | null {
  const owned = OWNED_FAMILY.exec(role.trim());
  if (owned === null) return null;
  const pronoun = (owned[1] as string).toLowerCase() === 'her' ? 'she' : 'he';
  // The person the story is about (an obituary's subject) before whoever was named last ("survived by a son, Piotr").
  const subject = storySubject(input);
  const owner = subject !== null && pronounAccepts(pronoun, subject.gender) ? subject.name : resolvePronoun(input, pronoun).name;
  return owner === null ? null : { name: null, role: `${owner}'s family`, resolution: 'role', gender: null };
}

function resolveRole(input: ResolveInput, role: string): ResolvedSpeaker {
  const unresolved: ResolvedSpeaker = { name: null, role, resolution: 'unresolved', gender: null };
  // The person the story opens with, when nobody is quoted yet: asked by the age branch and at the end, worked out once.
  let storySubjectOnce: Person | null | undefined;
  const storyTopic = (): Person | null => (storySubjectOnce === undefined ? (storySubjectOnce = input.speakers.length === 0 ? storySubject(input) : null) : storySubjectOnce);
  // "the 2016 through 2019 weighed more heavily on the “it'll do”": a number heads no speaker.
  if (roleHead(role) === '') return { ...unresolved, role: null };
  // "“...,” Doctor says" after "analyst Ken Doctor": a title word alone that is a known person's surname.
  const surnamed = CAPITALISED_WORD.test(role) ? input.people.byShortName?.get(role) : undefined;
  if (surnamed !== undefined) return personResult(surnamed, 'surname', null);
  // "according to the DOH": an acronym after "the" is a name.
  const acronym = /^the\s+(\p{Lu}{2,6})$/u.exec(role);
  if (acronym !== null) {
    const named = resolveName(input, acronym[1] as string);
    if (named.name !== null && named.name !== acronym[1]) return named;
  }
  const definite = /^the\s/i.test(role);
  if (!definite) return OWNED_ROLE.test(role) ? (personIntroducedAs(input, role) ?? familyOf(input, role) ?? unresolved) : unresolved;
  // "said the Sri Lankan": a nationality noun stands for the person the story is about.
  if (NATIONALITY_NOUN.test(role)) return nationalityTopic(input, role) ?? unresolved;
  // "the court said": the organisation last named with that head noun ("The Supreme Court of Marovia").
  const orgHead = organizationRoleHead(role);
  if (orgHead !== null && !isPersonRoleNoun(orgHead) && input.organizations !== undefined) {
    const mentions = input.organizations();
    const org = latestOrganization(mentions, orgHead, input.phrase.start) ?? latestAnyOrganization(mentions, orgHead, input.phrase.start, role);
    if (org !== null) return { name: org.name, role, resolution: 'role', gender: null };
  }
  const anonymous = anonymousWithRole(input, role);
  const anonymousResult: ResolvedSpeaker | null = anonymous === null ? null : { name: null, role: anonymous.role, resolution: 'role', gender: anonymous.gender };
  // "the Frenchwoman", "the Dutchman": read like a she or a he.
  // Lazy, so that "Frenchwoman" ends in "woman", not "man".
  const nationality = /^the\s+\p{Lu}\p{Ll}+?(woman|man)$/u.exec(role);
  if (nationality !== null && anonymousResult === null) {
    const asPronoun = resolvePronoun(input, nationality[1] === 'woman' ? 'she' : 'he');
    return asPronoun.name === null ? unresolved : { ...asPronoun, role, resolution: 'role' };
  }
  // "the 29-year-old": the person whose age the article gave.
  const age = AGE_ROLE.exec(role);
  if (age !== null) {
    const person = personOfAge(input, Number(age[1])) ?? subjectOfPreviousSentence(input, (p) => p.age === undefined);
    if (person !== null) return personResult(person, 'role', role);
    // No age given anywhere: the named speaker just quoted ("“...,” she said. Asked why, the 51-year-old was blunt:").
    const last = input.speakers[input.speakers.length - 1];
    if (last !== undefined && last.name !== null && input.paragraph - last.paragraph <= 1 && !hasStatedAge(input, last.name)) return { name: last.name, role, resolution: 'role', gender: last.gender };
    const opener = storyTopic();
    if (opener !== null && opener.age === undefined) return personResult(opener, 'role', role);
  }
  if (!isPersonRoleNoun(roleHead(role))) return anonymousResult ?? unresolved;
  const mentions = input.people.mentions;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= input.phrase.start) continue;
    // The newer of the two wins: a named person with that role, or the anonymous speaker.
    if (anonymous !== null && anonymous.offset > mention.start) return anonymousResult ?? unresolved;
    const person = input.people.byName.get(mention.name);
    if (person && sameRole(role, mention.role ?? person.role)) return personResult(person, 'role', role);
  }
  if (anonymousResult !== null) return anonymousResult;
  // "the Frenchwoman's coach", "the boy's father": someone else's relation is not a speaker already quoted.
  if (POSSESSIVE_IN_ROLE.test(role)) return unresolved;
  for (let i = input.speakers.length - 1; i >= 0; i--) {
    const s = input.speakers[i] as SpeakerMemory;
    if (input.paragraph - s.paragraph > ROLE_FALLBACK_PARAGRAPHS) break;
    // "the doctor" is a person: not the trust quoted before.
    if (s.name === null || isKnownOrganization(input, s.name)) continue;
    const conflicting = s.role !== null && isPersonRoleNoun(roleHead(s.role)) && !sameRole(role, s.role);
    if (!conflicting) return { name: s.name, role, resolution: 'role', gender: s.gender };
  }
  // No speaker fits: "Tomasz Wrobel won his third title. “...,” the three-time champion said" is the
  // subject of the sentence before, when their own role does not conflict.
  // Two sentences back when no one at all is named in between ("Fergal Oakshott did not hide his
  // anger. Carrowmore led 2-0 and lost. ‘...’, the Carrowmore manager said.").
  // With speakers quoted before whose roles conflict, the same holds for a subject named after the
  // last of them ("‘...’, the manager said. Culleenan headed in a corner. ‘...’, the striker said").
  if (input.previousSentenceStart !== undefined) {
    const lastSpoken = input.speakers[input.speakers.length - 1]?.offset ?? -1;
    const reach = Math.max(input.earlierSentenceStart ?? input.previousSentenceStart, lastSpoken + 1);
    let namedBetween = false;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const mention = mentions[i];
      if (mention === undefined || mention.start >= input.phrase.start) continue;
      if (mention.start < reach || (mention.start < input.previousSentenceStart && namedBetween)) break;
      if (!mention.subject) {
        namedBetween = true;
        continue;
      }
      const person = input.people.byName.get(mention.name);
      const own = mention.role ?? person?.role ?? null;
      if (person && !(own !== null && isPersonRoleNoun(roleHead(own)) && !sameRole(role, own))) return personResult(person, 'role', role);
      break;
    }
  }
  // Nobody quoted yet: "Jose Mourinho has agreed a deal... The Portuguese boss had been out of work...
  // The 56-year-old said": an epithet stands for the person the story opens with.
  const opener = storyTopic();
  if (opener !== null) return personResult(opener, 'role', role);
  // "the Facebook founder said" in a story that keeps naming Zuckerberg: the person the text is
  // about, far ahead of anyone else by mentions so far.
  const dominant = dominantPerson(input);
  if (dominant !== null) return personResult(dominant, 'role', role);
  return unresolved;
}

/** The fewest mentions, and how many times the runner-up's, that make a person the one the text is about. */
const DOMINANT_MENTIONS = 3;
const DOMINANT_LEAD = 2;

/** The person mentioned most before the phrase, when at least DOMINANT_MENTIONS times and more than DOMINANT_LEAD times anyone else. */
function dominantPerson(input: ResolveInput): Person | null {
  const before = input.people.mentions.filter((mention) => mention.start < input.phrase.start);
  const leader = leaderOf(before.map((mention) => mention.name));
  if (leader === null || leader.count < DOMINANT_MENTIONS || leader.count <= DOMINANT_LEAD * leader.runnerUp) return null;
  return input.people.byName.get(leader.name) ?? null;
}

/** How many mentions make the person the first sentence opens with the story's subject. */
const STORY_SUBJECT_MENTIONS = 2;

/** The person the text's first sentence opens with, when named again before the phrase; else null. */
function storySubject(input: ResolveInput): Person | null {
  const first = input.people.mentions[0];
  if (first === undefined || first.start >= input.phrase.start || first.start > 0 || !first.subject) return null;
  let count = 0;
  for (const mention of input.people.mentions) {
    if (mention.start >= input.phrase.start) break;
    if (mention.name === first.name) count++;
  }
  return count >= STORY_SUBJECT_MENTIONS ? (input.people.byName.get(first.name) ?? null) : null;
}
