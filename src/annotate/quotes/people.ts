/**
 * People mentioned in the text, found without an entity annotator: capitalised word sequences read
 * against a list of titles (kept apart as the role: "Prime Minister Fumio Kishida") and a list of
 * words that mark places and organisations ("Security Council", "Kuril Islands").
 *
 * A sequence is a person when its name part has two or more words, or one word after a title
 * ("Mr. Smith"); a single word is a mention of a person already known by that surname. Gender
 * comes from gendered titles (Mr, Ms, King, Queen...) and from the he/she pronouns that follow the
 * person's mentions before anyone else is mentioned: simple, and right for the usual news pattern.
 */
import { readLexicon } from './lexicons.js';

export type Gender = 'male' | 'female' | null;

export interface PersonMention {
  start: number;
  end: number;
  /** The full name as first introduced ("Dmitry Medvedev"), also for a surname-only mention. */
  name: string;
  /** The title or role written with the name ("Prime Minister", "former President"), if any. */
  role: string | null;
  /** True when the mention opens its sentence: the usual place of the subject. */
  opensSentence: boolean;
}

export interface Person {
  name: string;
  surname: string;
  role: string | null;
  gender: Gender;
}

export interface PeopleIndex {
  /** Every mention of a known person, in text order. */
  mentions: PersonMention[];
  /** Known people by full name. */
  byName: Map<string, Person>;
}

const TITLES = new Set(readLexicon('honorifics.txt').map((t) => t.toLowerCase()));
const NON_PERSON = new Set(readLexicon('non-person-words.txt'));
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'congressman', 'spokesman', 'chairman']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'sister', 'congresswoman', 'spokeswoman', 'chairwoman']);
/** Capitalised words that open sentences or phrases and never start a name. */
const NOT_NAME_START = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'This',
  'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Our', 'Its', 'For',
  'From', 'With', 'By', 'To', 'Of', 'Then', 'Now', 'So', 'Yet', 'Still', 'Also', 'However', 'Meanwhile',
  'According', 'Following', 'Speaking', 'Asked', 'Writing', 'During', 'Since', 'Under', 'Over', 'About',
]);
/** "the sports minister, Efua Asante": a role phrase just before the name, set off by a comma. */
const ROLE_BEFORE_NAME = /(?:^|[\s,;:])((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[\p{Ll}\s-]{2,40}?),\s*$/u;
/** "Efua Asante, the sports minister,": a role phrase just after the name. */
const ROLE_AFTER_NAME = /^,\s*((?:the|a|an|its|his|her|their)\s+[^,.;:]{2,60}?)[,.;:]/u;
/** How much text around a name is read for an appositive role. */
const APPOSITIVE_WINDOW = 64;

/** First words of place names that never start a person's name: "San Francisco", "New Delhi", "Hong Kong". */
const PLACE_FIRST_WORDS = new Set([
  'San', 'Santa', 'Santo', 'Los', 'Las', 'New', 'North', 'South', 'East', 'West', 'Saint', 'Fort', 'Port', 'Mount',
  'Cape', 'Hong', 'Sri', 'Costa', 'Puerto', 'Rio', 'Buenos', 'Abu', 'Tel', 'Kuala', 'Sao', 'São', 'Lower', 'Upper',
  'Greater', 'Central', 'Northern', 'Southern', 'Eastern', 'Western',
]);
/** Capitalised -ing words longer than this at the start of a sequence are gerunds ("Hosting"), not names ("Ming"). */
const MAX_NAME_WORD_ENDING_ING = 4;
/** Lower-case words written before a title that belong to the role ("former President"). */
const ROLE_MODIFIERS = /(?:^|\s)((?:former|current|then|ex|acting|outgoing|incoming|late|deputy|interim)(?:-\S+)?)\s+$/i;

/** A capitalised word (with inner apostrophes, hyphens and periods: O’Brien, Jean-Luc, U.S.). */
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*\.?`;
/** Particles that may sit inside a name: Ursula von der Leyen, Charles de Gaulle. */
const NAME_PARTICLE = String.raw`(?:von|van|der|den|de|da|di|du|la|le|bin|ibn|al|el)`;
const CAP_SEQUENCE = new RegExp(`${CAP_WORD}(?:[ \\t]+(?:${NAME_PARTICLE}[ \\t]+)?${CAP_WORD})*`, 'gu');
const POSSESSIVE = /['’]s?$/;
/** Gendered pronouns; \b is enough here because the words are ASCII. */
const PRONOUN = /\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/g;
const HE = /^[Hh](?:e|im|is|imself)$/;

export interface NameParts {
  /** The name without titles ("Fumio Kishida"), or null when only titles remain. */
  name: string | null;
  /** The titles before the name ("Japanese Prime Minister"), or null. */
  role: string | null;
  /** Offset of the name inside the sequence. */
  nameOffset: number;
}

/** Splits "Japanese Prime Minister Fumio Kishida" into role "Japanese Prime Minister" and name "Fumio Kishida". */
export function splitTitle(sequence: string): NameParts {
  const words = sequence.split(/\s+/);
  let lastTitle = -1;
  for (let i = 0; i < words.length; i++) {
    if (TITLES.has(stripPeriod(words[i] as string).toLowerCase())) lastTitle = i;
  }
  const nameWords = words.slice(lastTitle + 1);
  const role = lastTitle >= 0 ? words.slice(0, lastTitle + 1).join(' ') : null;
  const name = nameWords.length > 0 ? nameWords.join(' ').replace(POSSESSIVE, '') : null;
  const nameOffset = name === null ? sequence.length : sequence.lastIndexOf(nameWords[0] as string);
  return { name, role, nameOffset };
}

function stripPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** True when `word` (without its period) is a title or honorific: "Mr", "Gen", "President". */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

/** True when no word of the name marks a place, an organisation, a month or a weekday, and none is an acronym. */
export function looksLikePersonName(name: string): boolean {
  if (PLACE_FIRST_WORDS.has(name.split(' ')[0] as string) && name.includes(' ')) return false;
  for (const word of name.split(' ')) {
    const w = stripPeriod(word);
    if (NON_PERSON.has(w)) return false;
    // An acronym ("IJA", "NATO") is an organisation, not a name.
    if (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()) return false;
  }
  return true;
}

function genderFromRole(role: string | null): Gender {
  if (role === null) return null;
  for (const word of role.toLowerCase().split(/\s+/)) {
    const w = stripPeriod(word);
    if (MALE_TITLES.has(w)) return 'male';
    if (FEMALE_TITLES.has(w)) return 'female';
  }
  return null;
}

/** Builds the index of people mentioned in `text` (one pass over capitalised sequences, one over pronouns). */
export function indexPeople(text: string): PeopleIndex {
  const byName = new Map<string, Person>();
  const bySurname = new Map<string, Person>();
  const mentions: PersonMention[] = [];
  CAP_SEQUENCE.lastIndex = 0;
  for (let m = CAP_SEQUENCE.exec(text); m !== null; m = CAP_SEQUENCE.exec(text)) {
    const raw = m[0];
    // Fast path for the common case, one capitalised word: only a known surname makes it a mention.
    if (!raw.includes(' ') && !raw.includes('\t')) {
      const bare = bareWord(raw);
      if (!TITLES.has(bare.toLowerCase())) {
        const known = bySurname.get(bare);
        if (known !== undefined) {
          mentions.push({ start: m.index, end: m.index + bare.length, name: known.name, role: known.role, opensSentence: opensSentence(text, m.index) });
        }
        continue;
      }
    }
    for (const chunk of raw.includes('.') ? splitAtSentencePeriods(raw, m.index) : [{ raw, at: m.index }]) {
      const mention = readMention(text, chunk.at, chunk.raw, byName, bySurname);
      if (mention !== null) mentions.push(mention);
    }
  }
  inferGenders(text, mentions, byName);
  return { mentions, byName };
}

/** How far back a sentence boundary is looked for before a mention. */
const SENTENCE_BOUNDARY_LOOKBACK = 4;

/** True when only a sentence boundary (or the start of the text) comes before `at`. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - SENTENCE_BOUNDARY_LOOKBACK), at).trimEnd();
  return at === 0 || before === '' || /[.!?”"\n]$/.test(before);
}

/** A word without its trailing period and possessive ending: "Medvedev’s" -> "Medvedev". */
function bareWord(word: string): string {
  let w = word.endsWith('.') ? word.slice(0, -1) : word;
  if (w.endsWith('’s') || w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith('’') || w.endsWith("'")) w = w.slice(0, -1);
  return w;
}

/**
 * "World War II. Dmitry Medvedev" is two sequences: a period ends one unless it closes a title
 * ("Mr.") or an initial ("John F. Kennedy").
 */
function splitAtSentencePeriods(raw: string, at: number): { raw: string; at: number }[] {
  const chunks: { raw: string; at: number }[] = [];
  let chunkStart = 0;
  const word = /\S+/g;
  for (let m = word.exec(raw); m !== null; m = word.exec(raw)) {
    const w = m[0];
    if (!w.endsWith('.')) continue;
    const bare = w.slice(0, -1);
    if (TITLES.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare)) continue;
    chunks.push({ raw: raw.slice(chunkStart, m.index + bare.length), at: at + chunkStart });
    chunkStart = m.index + w.length;
    while (chunkStart < raw.length && /\s/.test(raw.charAt(chunkStart))) chunkStart++;
  }
  if (chunkStart < raw.length) chunks.push({ raw: raw.slice(chunkStart), at: at + chunkStart });
  return chunks;
}

function readMention(
  text: string,
  at: number,
  raw: string,
  byName: Map<string, Person>,
  bySurname: Map<string, Person>,
): PersonMention | null {
  let sequence = raw;
  let start = at;
  const firstWord = sequence.split(/\s+/)[0] as string;
  // A capitalised word that opens a sentence and is not a name: "The", "While", "Hosting".
  if (NOT_NAME_START.has(firstWord) || (firstWord.length > MAX_NAME_WORD_ENDING_ING && firstWord.endsWith('ing') && !TITLES.has(firstWord.toLowerCase()))) {
    const rest = sequence.slice(firstWord.length).trimStart();
    start += sequence.length - rest.length;
    sequence = rest;
  }
  if (sequence.length === 0) return null;
  const parts = splitTitle(sequence);
  if (parts.name === null || !looksLikePersonName(parts.name)) return null;
  const nameStart = start + parts.nameOffset;
  const end = nameStart + parts.name.length;
  const modifier = parts.role !== null ? ROLE_MODIFIERS.exec(text.slice(Math.max(0, start - 20), start))?.[1] : undefined;
  const role = parts.role !== null && modifier !== undefined ? `${modifier} ${parts.role}` : parts.role;
  const words = parts.name.split(/\s+/);
  if (words.length >= 2 || parts.role !== null) {
    const person = registerPerson(parts.name, role ?? appositiveRole(text, start, end), byName, bySurname);
    return { start: nameStart, end, name: person.name, role: role ?? person.role, opensSentence: opensSentence(text, at) };
  }
  const known = bySurname.get(parts.name);
  return known ? { start: nameStart, end, name: known.name, role: known.role, opensSentence: opensSentence(text, at) } : null;
}

/** The role phrase set off by commas next to a name, if any. */
function appositiveRole(text: string, start: number, end: number): string | null {
  const before = ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, start - APPOSITIVE_WINDOW), start))?.[1];
  if (before !== undefined) return before;
  return ROLE_AFTER_NAME.exec(text.slice(end, end + APPOSITIVE_WINDOW))?.[1] ?? null;
}

function registerPerson(name: string, role: string | null, byName: Map<string, Person>, bySurname: Map<string, Person>): Person {
  const existing = byName.get(name) ?? (name.includes(' ') ? undefined : bySurname.get(name));
  if (existing) {
    if (existing.role === null && role !== null) existing.role = role;
    existing.gender ??= genderFromRole(role);
    return existing;
  }
  const surname = name.split(/\s+/).pop() as string;
  const person: Person = { name, surname, role, gender: genderFromRole(role) };
  byName.set(name, person);
  bySurname.set(surname, person);
  return person;
}

/**
 * Each he/she pronoun votes for the person mentioned last before it; a person's gender is the
 * majority of their votes (a title's gender, when known, is kept).
 */
function inferGenders(text: string, mentions: readonly PersonMention[], byName: Map<string, Person>): void {
  if (mentions.length === 0) return;
  const votes = new Map<string, number>();
  let next = 0;
  let last: PersonMention | null = null;
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m !== null; m = PRONOUN.exec(text)) {
    while (next < mentions.length && (mentions[next] as PersonMention).end <= m.index) last = mentions[next++] as PersonMention;
    if (last === null) continue;
    const vote = HE.test(m[0]) ? 1 : -1;
    votes.set(last.name, (votes.get(last.name) ?? 0) + vote);
  }
  for (const [name, score] of votes) {
    const person = byName.get(name);
    if (person && person.gender === null && score !== 0) person.gender = score > 0 ? 'male' : 'female';
  }
}

/**
 * The person a one-word name refers to: one whose surname it is (most recently mentioned before
 * `offset`, else first mentioned after), else one whose first name it is ("Amira" -> "Amira Saleh").
 */
export function resolveSurname(index: PeopleIndex, word: string, offset: number): Person | null {
  return findByWord(index, word, offset, (p) => p.surname === word) ?? findByWord(index, word, offset, (p) => p.name.split(/\s+/).includes(word));
}

function findByWord(index: PeopleIndex, word: string, offset: number, fits: (p: Person) => boolean): Person | null {
  let found: Person | null = null;
  for (const mention of index.mentions) {
    const person = index.byName.get(mention.name);
    if (!person || person.name === word || !fits(person)) continue;
    if (mention.start < offset || found === null) found = person;
    if (mention.start >= offset) break;
  }
  return found;
}
