/**
 * People mentioned in the text, found without an entity annotator: capitalised word sequences read
 * against a list of titles (kept apart as the role: "Prime Minister Fumio Kishida") and a list of
 * words that mark places and organisations ("Security Council", "Kuril Islands").
 *
 * A sequence is a person when its name part has two or more words, or one word after a title
 * ("Mr. Smith"), or one word set off after a family or job role ("her husband, Pablo,"); a single
 * word is otherwise a mention of a person already known by that surname. Gender comes from gendered
 * titles and roles (Mr, Ms, Queen, mother...), then from a given name of one gender
 * (data/lexicons/given-names.json), then from the he/she pronouns that follow the person's mentions
 * before anyone else is mentioned. Each mention says whether it is its sentence's subject, which
 * pronoun resolution and verbless quotations read.
 *
 * Relatives sharing a surname ("Margit Solberg" and her son "Erlend Solberg", "Morten and Arne
 * Kjaer"): the surname alone stays with the person introduced first (news style calls the subject
 * by surname and relatives by given name), and each is known by their given name too. An
 * occupation opening a full name ("Cellist Adaeze Okwuosa", "Runner-up Elif Sahin") is a role, and
 * an age written next to a name (", 29," / "29-year-old") is kept for "the 29-year-old".
 */
import { execAtNextCapital } from '../../nlp/capital-scan.js';
import { type SentenceSpan, sentenceIndexAt } from '../../nlp/sentences.js';
import { readLexicon, readLexiconJson } from '../../nlp/lexicons.js';
import { type GenderLists, byGender, genderOfWord } from '../../nlp/gendered-words.js';
import { HONORIFICS } from '../../nlp/honorifics.js';
import { NAME_PARTICLES, NAME_PARTICLE_ALTERNATION, surnameOf } from '../../nlp/name-particles.js';
import { FEMALE, MALE, isListedGivenName, personNames } from '../../nlp/tagger/person-names.js';
import { loadTruecaseLexicon } from '../../nlp/truecase.js';
import { TITLE_OF_BEFORE } from '../../nlp/title-of.js';

export type Gender = 'male' | 'female' | null;

export interface PersonMention {
  start: number;
  end: number;
  /** The full name as first introduced ("Dmitry Medvedev"), also for a surname-only mention. */
  name: string;
  /** The title or role written with the name ("Prime Minister", "former President"), if any. */
  role: string | null;
  /**
   * True when the mention is its sentence's subject: it opens the sentence, or only a leading
   * circumstance, a role in apposition or a title comes before it ("In a statement, the club's
   * owner, Helen Mackie, thanked..." / "Chief executive Priya Natarajan said").
   */
  readonly subject: boolean;
}

/** The text a mention was read from, for its subject flag, which is worked out only when read. */
interface MentionSource {
  text: string;
  sentences: readonly SentenceSpan[] | undefined;
}

/** A mention whose `subject` flag is computed on first read: most mentions are never asked. */
class LazyMention implements PersonMention {
  #subject: boolean | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly name: string,
    readonly role: string | null,
    private readonly source: MentionSource,
  ) {}

  get subject(): boolean {
    this.#subject ??= isSubject(this.source.text, this.start, this.source.sentences);
    return this.#subject;
  }
}

export interface Person {
  name: string;
  surname: string;
  role: string | null;
  gender: Gender;
  /** True when `gender` comes from the built list of given names only: the he/she of the article may overrule it. */
  weakGender?: boolean;
  /** The age written next to a name ("Mateo Ferreira, 29," / "29-year-old Mateo Ferreira"), for "the 29-year-old". */
  age?: number;
  /** Where the full name was first read, when it was read in running text. */
  introducedAt?: number;
}

export interface PeopleIndex {
  /** Every mention of a known person, in text order. */
  mentions: PersonMention[];
  /** Known people by full name. */
  byName: Map<string, Person>;
  /**
   * Known people by one word: the surname (the first person introduced with it, when a family
   * shares it) and, for people sharing a surname, the given name ("Jomo" for Jomo Tambe).
   */
  byShortName?: ReadonlyMap<string, Person>;
}

const TITLES = HONORIFICS;
const NON_PERSON = new Set(readLexicon('non-person-words.txt'));
/** Family names written first (data/lexicons/family-name-first.txt): "Xi" for Xi Jinping. */
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(readLexicon('family-name-first.txt'));
/** Given names usually given to one gender (data/lexicons/given-names.json); names given to both are left out. */
const GIVEN_NAMES: ReadonlyMap<string, Gender> = byGender(readLexiconJson('given-names.json') as GenderLists);

/** The gender the built person-name list gives a given name, or null. */
function builtGender(word: string): Gender {
  const flags = personNames().get(word) ?? 0;
  if (flags & FEMALE) return 'female';
  if (flags & MALE) return 'male';
  return null;
}

const ROLE_LEXICON = new Set(readLexicon('person-roles.txt'));
/** Capitalised words that open sentences or phrases and never start a name. */
const NOT_NAME_START = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'This',
  'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Our', 'Its', 'For',
  'From', 'With', 'By', 'To', 'Of', 'Then', 'Now', 'So', 'Yet', 'Still', 'Also', 'However', 'Meanwhile',
  'According', 'Following', 'Speaking', 'Asked', 'Writing', 'During', 'Since', 'Under', 'Over', 'About',
  'Among', 'Amid', 'Between', 'Against', 'Without', 'Despite', 'Throughout', 'Upon', 'Unlike', 'Like', 'Beside',
  'Behind', 'Beyond', 'Inside', 'Outside', 'Near', 'Through', 'Toward', 'Towards', 'Across', 'Along', 'Around',
  'Alongside', 'Until', 'Unless', 'Although', 'Though', 'Because', 'Where', 'Whether', 'Why', 'What', 'Which',
  'Who', 'How', 'Once', 'Even', 'Only', 'Not', 'No', 'Every', 'Each', 'Some', 'Many', 'Most', 'Both', 'Such',
  'Last', 'Next', 'Earlier', 'Later', 'Perhaps', 'Indeed', 'Instead', 'Thus', 'Today', 'Yesterday', 'Tonight',
  'Here', 'There', 'My', 'Your', 'You', 'Us', 'Them', 'Did', 'Does', 'Do', 'Is', 'Was', 'Were', 'Are', 'Has', 'Had',
  'Would', 'Could', 'Should', 'Might', 'Must',
]);

/** True when a capitalised word opening a sentence is a function word, never the start of a name ("The", "Once", "Would"). */
export function isNotNameStart(word: string): boolean {
  return NOT_NAME_START.has(word);
}
/** "the sports minister, Efua Asante": a role phrase just before the name, set off by a comma. */
// A possessive may sit inside the role: "The captain's son, Leofric,".
// "Pike's attorney, Laura Brandt,": a possessive name may own the role too.
const ROLE_BEFORE_NAME = /(?:^|[\s,;:])((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]+['’]s)\s+[\p{Ll}\s'’-]{2,40}?),\s*$/u;
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
const CAP_WORD = String.raw`\p{Lu}(?:\.\p{Lu})*[\p{L}\p{M}'’\-]*\.?`;
/**
 * A run of capitalised words, with the particles that sit inside names (data/lexicons/name-particles.txt) between them.
 * Sticky: indexPeople runs it at each capital only (capital-scan.ts).
 */
// Up to two particles between capitalised words: "Anouk van der Heijden", "Annelie de la Harpe".
const CAP_SEQUENCE = new RegExp(`${CAP_WORD}(?:[ \\t]+(?:${NAME_PARTICLE_ALTERNATION}[ \\t]+){0,2}${CAP_WORD})*`, 'uy');
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
    // "Ken Doctor", "Tom Judge": a title word right after a given name is a surname.
    if (TITLES.has(stripPeriod(words[i] as string).toLowerCase()) && !(i > 0 && GIVEN_NAMES.has(words[i - 1] as string) && !TITLES.has((words[i - 1] as string).toLowerCase()))) lastTitle = i;
  }
  // "Cellist Adaeze Okwuosa" opening a sentence: an occupation written before a full name;
  // "Runner-up Elif Sahin", "Co-founder Ana Ruiz": a hyphenated role, lower case after its hyphen.
  if (lastTitle < 0 && words.length >= 3 && (isLeadingOccupation(words[0] as string) || HYPHENATED_ROLE.test(words[0] as string))) lastTitle = 0;
  const nameWords = words.slice(lastTitle + 1);
  const role = lastTitle >= 0 ? words.slice(0, lastTitle + 1).join(' ') : null;
  const name = nameWords.length > 0 ? nameWords.join(' ').replace(POSSESSIVE, '') : null;
  const nameOffset = name === null ? sequence.length : sequence.lastIndexOf(nameWords[0] as string);
  return { name, role, nameOffset };
}

/** The role a capitalised run gives up to the title before it, and where the name starts in the run. */
export interface TitleComplement {
  /** Offset in the run of the name's first word (a given name). */
  nameOffset: number;
  /** The title, "of" and the words before the name: "Governor of Washington". */
  role: string;
  /** How many characters before the run the title starts. */
  titleBack: number;
}

/** A word of a run, with its offset: what titleComplement walks. */
const RUN_WORD = /\S+/g;

/**
 * "Governor of Washington Chris Gregoire", "Minister of Foreign Affairs Sergei Lavrov": a capitalised
 * run after a title and "of" (`before` is the text before the run) is the title's complement, then a
 * name that opens with a given name (data/models/person-names.txt). Null when the run is not read so: no title before it, or no
 * given name after its first word with a surname after it.
 */
export function titleComplement(before: string, run: string): TitleComplement | null {
  // Most runs have no "of " before them: a cheap test first, before the run is split.
  if (!(before.endsWith('of ') || before.endsWith('the '))) return null;
  const near = before.slice(-40);
  const title = TITLE_OF_BEFORE.exec(near);
  if (title === null || !isTitleWord(title[1] as string)) return null;
  const words = [...run.matchAll(RUN_WORD)];
  for (let k = 1; k <= words.length - 2; k++) {
    const word = words[k] as RegExpMatchArray;
    if (isListedGivenName(word[0])) {
      const complement = words.slice(0, k).map((w) => w[0]).join(' ');
      return { nameOffset: word.index as number, role: `${title[0].trim()} ${complement}`, titleBack: near.length - title.index };
    }
  }
  return null;
}

/** True when `word` is a given name of either gender in data/lexicons/given-names.json ("Priya", "Mark"): a name, never an occupation. */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word);
}
const HYPHENATED_ROLE = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** Occupation endings safe on a capitalised word before a full name ("Cellist", "Novelist", "Engineer"). */
const OCCUPATION_ENDING = /(?:ist|eer)$/;

/** True when a capitalised word opening a name of three words or more is an occupation, not a given name. */
function isLeadingOccupation(word: string): boolean {
  if (isGivenName(word)) return false;
  const lower = word.toLowerCase();
  return ROLE_LEXICON.has(lower) || OCCUPATION_ENDING.test(lower);
}

function stripPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Titles written short, with a period: "Dr.", "Gen.", "Sgt." ("Doctor." and "King." end a sentence); data/lexicons/title-abbreviations.txt. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(readLexicon('title-abbreviations.txt'));

/** True when `word` (without its period) is a title written short: "Dr", "Gen", "Sgt". */
export function isTitleAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word.toLowerCase());
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

/** True when every word of `name` is in the truecase lexicon of common lower-case words and none is on the person-name list. */
export function isCommonWordsOnly(name: string): boolean {
  const common = loadTruecaseLexicon();
  const names = personNames();
  return name.split(' ').every((word) => common.has(word.toLowerCase()) && !names.has(word));
}

/**
 * The gender of a name's first word when it is a given name of one gender ("Priya Natarajan" ->
 * female): the curated list first, else the person-name list built from faker's lists by gender
 * (data/models/person-names.txt; 13,900 names, none where the sources disagree or the name is
 * commonly given to both). `weak` when only the built list says so ("Ilhan Omar": the list says
 * male; the article's she says otherwise).
 */
function givenNameGender(name: string): { gender: Gender; weak: boolean } {
  const space = name.indexOf(' ');
  if (space < 0) return { gender: null, weak: false };
  const first = stripPeriod(name.slice(0, space));
  const curated = GIVEN_NAMES.get(first);
  if (curated !== undefined) return { gender: curated, weak: false };
  const built = builtGender(first);
  return { gender: built, weak: built !== null };
}

/** The gender a title or role word gives ("Mrs", "King", "the boy's mother"); a possessive word is someone else's. */
export function genderFromRole(role: string | null): Gender {
  if (role === null) return null;
  for (const word of role.toLowerCase().split(/\s+/)) {
    if (POSSESSIVE.test(word)) continue;
    const gender = genderOfWord(word);
    if (gender !== null) return gender;
  }
  return null;
}

/**
 * What may come before a sentence's subject, inside the sentence: a conjunction, a leading
 * circumstance ended by a comma ("In a message to supporters, "), a role phrase in apposition
 * ("Fiji's coach, " / "The report's author, ") and title words ("Chief executive ", "retired judge ").
 */
const SUBJECT_LEAD = new RegExp(
  // A live blog's time stamp ("00:17 — ") may open the sentence.
  // So may a wire dateline: "SAN FRANCISCO (AP) -- ", "WASHINGTON, D.C. — ", "LONDON (Reuters) - ".
  String.raw`^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[—–-]\s*|\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*\p{Lu}[\p{L}.]{0,12})?\s*(?:\([^()]{1,24}\)\s*)?(?:--|[—–-])\s*|\([^()]{1,24}\)\s*(?:--|[—–-])\s*)?(?:(?:But|And|Yet|So|Still|Meanwhile|Now|Then)\s+)?` +
    // At most two leading circumstances, of time or place: "Up the hill, in the harbour office, ", "Back on the quay, ";
    // the first may end with a quoted title whose comma sits inside the marks ("Following their jam “Black Water,” ").
    // A subordinate clause may run longer than a circumstance: "While the lineup is light on exclusive titles (only three ... announced), ".
    String.raw`(?<lead>(?<circumstance>(?:(?:As|When|While|Whilst|Although|Though|Because|Unless|Whether)\b[^,\uE000.;:!?]{81,160},\s*|(?:In|On|At|As|When|While|Whilst|Although|Though|If|Because|Unless|Whether|During|After|Before|Later|Earlier|Meanwhile|However|Finally|Eventually|Ultimately|Initially|Recently|Previously|Suddenly|Asked|Speaking|Writing|Since|For|With|By|From|Under|Over|Last|This|Yesterday|Today|Separately|Elsewhere|Instead|Born|Raised|Educated|Trained|Elected|Appointed|Up|Down|Back|Across|Outside|Inside|Along|Near|Around|Through|Behind|Beyond|Out|Off|Once|Until|Within|Despite|Among|Alongside|Nearby|Downstairs|Upstairs|Overnight|Following|Amid|Ahead|Upon|Throughout|Beneath|Against)\b[^,\uE000.;:!?]{0,80}(?:,|\uE000+)\s*)(?:(?:in|on|at|near|outside|inside|by|under|behind|across|along|during|after|before)\b[^,\uE000.;:!?]{0,80},\s*)?)?` +
    String.raw`(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|\p{Lu}[\p{L}\p{M}.-]*['’]s)\s+[^,\uE000.;:!?]{1,70},\s*)?)` +
    String.raw`(?<titles>(?:[\p{L}\p{M}'’.-]+\s+){0,4})$`,
  'u',
);
/** Finite verbs and relatives: a lead holding one is a clause of its own, not what precedes a subject. */
const VERB_IN_LEAD = /(?<![\p{L}])(?:is|was|were|are|has|had|have|said|says|told|will|would|who|which|that)(?![\p{L}])/iu;
/** A leading participle clause ("Asked what she would miss most, ", "Speaking after the vote was lost, "). */
const PARTICIPLE_CLAUSE = /^(?:(?:But|And|Yet|So|Still|Meanwhile|Now|Then)\s+)?(?:Asked|Speaking|Writing|Born|Raised|Educated|Trained|Elected|Appointed|As|When|While|Whilst|Although|Though|If|Because|Unless|Whether|After|Before|Since|Until|Once)\s/u;
/** Function words that cannot be the title words right before a name ("thanked Alvarez for"). */
const NOT_A_TITLE = /^(?:and|or|to|of|for|with|by|from|against|on|in|at|as|than|about|like|after|before|whether|if|that|how|why|what|when|where|whom|whose|which|who|over|under|whatever|whenever|however)$/i;
/** Endings of role nouns written before a name ("meteorologist", "executive", "secretary", "coach"). */
const ROLE_NOUN_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|person|ive|ary|ef|ge|ain|ch|ess|eur|ee)$/;

/** A subject after its verb: "Among the old boys was ", "Also in court were ", "Leading the march was ". */
const INVERTED_SUBJECT_LEAD = /^(?:Among|Amongst|Alongside|Also|Joining|Leading|Behind)\b[^,.;:!?\uE000]{0,60}\s(?:was|were)\s+$/u;

/** A second clause's subject: "At six the flags come down, and Amankwah walks the line" (a clause of three words or more before). */
const COORDINATED_CLAUSE_LEAD = /^\S+\s+\S+\s+[^,\uE000]*\S,\s+(?:and|but|yet|so|while|whereas)\s+$/u;

/** True when `lead` (the sentence up to a mention, titles included) leaves the mention as the subject. */
export function isSubjectLead(lead: string): boolean {
  if (INVERTED_SUBJECT_LEAD.test(lead) || COORDINATED_CLAUSE_LEAD.test(lead)) return true;
  const m = SUBJECT_LEAD.exec(lead);
  // A participle clause may hold a verb of its own: "Asked what she would miss most, Mrs. Abernathy".
  const circumstance = m?.groups?.circumstance ?? '';
  if (m === null || VERB_IN_LEAD.test(PARTICIPLE_CLAUSE.test(circumstance) ? lead.slice(circumstance.length) : lead)) return false;
  const titles = (m.groups?.titles ?? '').trim();
  if (titles === '') return true;
  const words = titles.split(/\s+/);
  if (words.some((w) => NOT_A_TITLE.test(w))) return false;
  return isRoleWord(words[words.length - 1] as string);
}

/** True when `word` is a noun of data/lexicons/person-roles.txt ("minister", "officer"), any case. */
export function isPersonRoleNoun(word: string): boolean {
  return ROLE_LEXICON.has(word.toLowerCase());
}

/** True when `word` reads as a title or a role noun: "Dr.", "judge", "meteorologist", "chief". */
export function isRoleWord(word: string): boolean {
  const w = stripPeriod(word).toLowerCase();
  return TITLES.has(w) || ROLE_LEXICON.has(w) || ROLE_NOUN_ENDING.test(w);
}

/** How far back a sentence start is looked for when no sentence spans are given. */
const SENTENCE_LOOKBACK = 200;

/** Where the sentence holding `at` starts: from the sentence spans, else the last sentence end before it. */
function sentenceStartOf(text: string, at: number, sentences: readonly SentenceSpan[] | undefined): number {
  if (sentences !== undefined) {
    const sentence = sentences[sentenceIndexAt(sentences, at)];
    if (sentence !== undefined && sentence.start <= at) return sentence.start;
  }
  const from = Math.max(0, at - SENTENCE_LOOKBACK);
  const window = text.slice(from, at);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    const c = window.charAt(i);
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(window.charAt(i + 1)))) {
      cut = i + 1;
      break;
    }
  }
  return cut < 0 ? (from === 0 ? 0 : at) : from + cut;
}

/**
 * The longest lead a subject may have ("In a message to supporters on Tuesday, the club's owner, "
 * is 60): a longer one is not read, which keeps the cost per mention bounded in a huge sentence.
 */
const MAX_SUBJECT_LEAD = 200;
/** The most title words between a lead's last comma (or its start) and the subject's name ("But retired Chief Inspector "). */
const MAX_TITLE_WORDS = 5;
/** The most characters between a lead's last comma and the name: title words are short. */
const MAX_TITLES_TAIL = 80;
/** No mention further than this from its sentence's start is a subject. */
export const SUBJECT_REACH = MAX_SUBJECT_LEAD * 2;

function isSubject(text: string, at: number, sentences: readonly SentenceSpan[] | undefined): boolean {
  const start = sentenceStartOf(text, at, sentences);
  if (at - start > SUBJECT_REACH) return false;
  const lead = text.slice(start, at).trimStart();
  if (lead.length > MAX_SUBJECT_LEAD) return false;
  // Fast rejection of most mentions: after the last comma there is room for a conjunction and a few title words only.
  // A quotation's closing comma is masked: its last character counts as one ("jam “Black Water,” Simmons").
  const tail = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf('\uE000')) + 1);
  if (tail.length > MAX_TITLES_TAIL || (tail.match(/\s+/g)?.length ?? 0) > MAX_TITLE_WORDS + 2) return false;
  return isSubjectLead(lead);
}

/** A lower-case "the" right before a capitalised sequence. */
const THE_BEFORE = /(?:^|[^\p{L}])the\s$/u;
/** A lower-case word after it that is no verb or clause word: the sequence is a noun's modifier ("band", "club"). */
const NOUN_AFTER = /^\s(?!(?:said|says|was|is|has|had|have|were|are|will|would|who|which|that|and|or|of|in|on|at|to|for|with|from|by|as)\b)\p{Ll}+(?<!ed)\b/u;

/** Builds the index of people mentioned in `text` (one pass over capitalised sequences, one over pronouns). */
export function indexPeople(text: string, sentences?: readonly SentenceSpan[]): PeopleIndex {
  const byName = new Map<string, Person>();
  const bySurname = new Map<string, Person>();
  const mentions: PersonMention[] = [];
  const source: MentionSource = { text, sentences };
  for (let m = execAtNextCapital(CAP_SEQUENCE, text, 0); m !== null; m = execAtNextCapital(CAP_SEQUENCE, text, CAP_SEQUENCE.lastIndex)) {
    const raw = m[0];
    // Fast path for the common case, one capitalised word: only a known surname makes it a mention.
    if (!raw.includes(' ') && !raw.includes('\t')) {
      const bare = bareWord(raw);
      if (!TITLES.has(bare.toLowerCase())) {
        const known = bySurname.get(bare);
        if (known !== undefined) {
          mentions.push(new LazyMention(m.index, m.index + bare.length, known.name, known.role, source));
        } else {
          const named = appositiveFirstName(source, m.index, bare, byName, bySurname) ?? givenNameSubject(source, m.index, bare, byName, bySurname);
          if (named !== null) mentions.push(named);
        }
        continue;
      }
    }
    // "joined the Blue Lantern band", "at the Harbour View hotel": a name between "the" and a noun modifies the noun.
    // "an interview with the Harrowden Echo, she said": no person's name follows a lower-case "the" either.
    if (THE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) && (NOUN_AFTER.test(text.slice(m.index + raw.length, m.index + raw.length + 24)) || raw.includes(' '))) continue;
    for (const chunk of raw.includes('.') ? splitAtSentencePeriods(raw, m.index) : [{ raw, at: m.index }]) {
      const mention = readMention(source, chunk.at, chunk.raw, byName, bySurname);
      if (mention === null) continue;
      const sibling = conjoinedGivenName(source, mention, byName, bySurname);
      if (sibling !== null) mentions.push(sibling);
      mentions.push(mention);
    }
  }
  preferCommonSpelling(source, mentions, byName);
  inferGenders(text, mentions, byName);
  return { mentions, byName, byShortName: bySurname };
}

/**
 * The index without the people that are organisations the entities annotator knows ("Big Machine"
 * read as a name, then given a gender by the pronouns after it): a name is dropped when one of its
 * mentions lies on an organisation mention and none lies on a person mention, and all its mentions
 * with it. (Dropping also the names the entities annotator read as no one, "Iceberg Passages", was
 * tried in session 9 and dropped: a person the tagger misses, "Padraig Toome", went with them.)
 */
export function withoutOrganizations(
  index: PeopleIndex,
  organizations: readonly { start: number; end: number }[],
  people: readonly { start: number; end: number }[],
): PeopleIndex {
  if (organizations.length === 0) return index;
  const on = (spans: readonly { start: number; end: number }[], m: PersonMention): boolean => spans.some((o) => o.start < m.end && m.start < o.end);
  const dropped = new Set<string>();
  const kept = new Set<string>();
  for (const m of index.mentions) {
    if (on(people, m)) kept.add(m.name);
    else if (on(organizations, m)) dropped.add(m.name);
  }
  for (const name of kept) dropped.delete(name);
  if (dropped.size === 0) return index;
  const byName = new Map([...index.byName].filter(([name]) => !dropped.has(name)));
  const byShortName = index.byShortName === undefined ? undefined : new Map([...index.byShortName].filter(([, person]) => !dropped.has(person.name)));
  const result: PeopleIndex = { ...index, mentions: index.mentions.filter((m) => !dropped.has(m.name)), byName };
  if (byShortName !== undefined) result.byShortName = byShortName;
  return result;
}

/** "Morten and Arne Kjaer": a given name joined by "and" to a two-word name shares its surname. */
const CONJOINED_GIVEN = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+and\s+$/u;
/** How far before "and" a given name is looked for. */
const CONJOINED_WINDOW = 32;
/** Words before "X and Y Z" that make X a place or a thing ("in Oslo and Karl Berg's..."). */
const NOT_BEFORE_CONJOINED = /(?:^|[^\p{L}])(?:in|at|from|to|near|of|for|by|with|between|on|into)\s+$/iu;

function conjoinedGivenName(source: MentionSource, mention: PersonMention, byName: Map<string, Person>, bySurname: Map<string, Person>): PersonMention | null {
  // Most mentions have no "and " before them: a cheap test first.
  if (mention.role !== null || !source.text.startsWith('and ', mention.start - 4)) return null;
  const words = mention.name.split(' ');
  if (words.length !== 2) return null;
  const before = source.text.slice(Math.max(0, mention.start - CONJOINED_WINDOW), mention.start);
  const m = CONJOINED_GIVEN.exec(before);
  if (m === null) return null;
  const given = m[1] as string;
  const givenAt = mention.start - before.length + m.index + m[0].length - m[0].trimStart().length;
  if (NOT_NAME_START.has(given) || TITLES.has(given.toLowerCase()) || bySurname.has(given) || !looksLikePersonName(given)) return null;
  if (NOT_BEFORE_CONJOINED.test(source.text.slice(Math.max(0, givenAt - 12), givenAt))) return null;
  const name = `${given} ${words[1] as string}`;
  if (byName.has(name)) return null;
  const person = registerPerson(name, null, byName, bySurname);
  return new LazyMention(givenAt, givenAt + given.length, person.name, null, source);
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
    // "Dr. Ruiz" goes on; "analyst Ken Doctor. That’s" ends: a title written out takes no period of its own.
    // "P.J. Crowley", "J.R.R. Tolkien": initials go on too.
    if (isTitleAbbreviation(bare) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(bare)) continue;
    chunks.push({ raw: raw.slice(chunkStart, m.index + bare.length), at: at + chunkStart });
    chunkStart = m.index + w.length;
    while (chunkStart < raw.length && /\s/.test(raw.charAt(chunkStart))) chunkStart++;
  }
  if (chunkStart < raw.length) chunks.push({ raw: raw.slice(chunkStart), at: at + chunkStart });
  return chunks;
}

/** An indefinite article right before a capitalised run: the run names a thing or a kind. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an)\s+$/iu;

function readMention(
  source: MentionSource,
  at: number,
  raw: string,
  byName: Map<string, Person>,
  bySurname: Map<string, Person>,
): PersonMention | null {
  const { text } = source;
  let sequence = raw;
  let start = at;
  const firstWord = sequence.split(/\s+/)[0] as string;
  // A capitalised word that opens a sentence and is not a name: "The", "While", "Hosting".
  // "He Jianxiong": the surname He before a given name stays ("He said" is no capitalised run).
  const surnameHe = firstWord === 'He' && /^He\s+\p{Lu}\p{Ll}/u.test(sequence);
  if ((NOT_NAME_START.has(firstWord) && !surnameHe) || (firstWord.length > MAX_NAME_WORD_ENDING_ING && firstWord.endsWith('ing') && !TITLES.has(firstWord.toLowerCase()))) {
    const rest = sequence.slice(firstWord.length).trimStart();
    start += sequence.length - rest.length;
    sequence = rest;
  }
  if (sequence.length === 0) return null;
  // "St. Aldric's Brennan Whitcombe", "Kerrow's Tobiah Carvel": a team or a place in the possessive is not part of the name.
  const owner = POSSESSIVE_PREFIX.exec(sequence);
  if (owner !== null) {
    start += owner[0].length;
    sequence = sequence.slice(owner[0].length);
  }
  // "Governor of Washington Chris Gregoire": the place belongs to the title, not to the name.
  const complement = titleComplement(text.slice(Math.max(0, start - 40), start), sequence);
  if (complement !== null) {
    start += complement.nameOffset;
    sequence = sequence.slice(complement.nameOffset);
  }
  // "Ter Brugge said" after "Sjoerd ter Brugge": a surname with its particle, capitalised to open a sentence.
  const particleSurname = surnameWithParticle(sequence, byName);
  if (particleSurname !== null) return new LazyMention(start, start + sequence.length, particleSurname.name, particleSurname.role, source);
  const split = splitTitle(sequence);
  const parts = complement !== null && split.role === null ? { ...split, role: complement.role } : split;
  if (parts.name === null || !looksLikePersonName(parts.name)) return null;
  // "masquerading as a Tax Preparation Service and a Go-Kart Track": no one is introduced as "a Name".
  if (parts.role === null && INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return null;
  const nameStart = start + parts.nameOffset;
  const end = nameStart + parts.name.length;
  const modifier = parts.role !== null ? ROLE_MODIFIERS.exec(text.slice(Math.max(0, start - 20), start))?.[1] : undefined;
  const role = parts.role !== null && modifier !== undefined ? `${modifier} ${parts.role}` : parts.role;
  const words = parts.name.split(/\s+/);
  if (words.length >= 2 || parts.role !== null) {
    const person = registerPerson(parts.name, role ?? appositiveRole(text, start, end), byName, bySurname, { source, at: nameStart });
    person.age ??= ageNextTo(text, start, end);
    return new LazyMention(nameStart, end, person.name, role ?? person.role, source);
  }
  const known = bySurname.get(parts.name);
  return known ? new LazyMention(nameStart, end, known.name, known.role, source) : null;
}

/** The known person whose name ends with `sequence` read with its first word (a particle: "Ter", "Van der") in lower case, or null. */
export function surnameWithParticle(sequence: string, byName: ReadonlyMap<string, Person>): Person | null {
  const space = sequence.indexOf(' ');
  if (space < 0 || !NAME_PARTICLES.has(sequence.slice(0, space).toLowerCase())) return null;
  const tail = ` ${sequence.charAt(0).toLowerCase()}${sequence.slice(1)}`;
  for (const person of byName.values()) if (person.name.endsWith(tail)) return person;
  return null;
}

/** Words up to the last possessive word followed by another capitalised word: "St. Aldric's " in "St. Aldric's Brennan Whitcombe". */
const POSSESSIVE_PREFIX = /^(?:\S+\s+)*?\p{Lu}[\p{L}\p{M}.-]*['’]s\s+(?=\p{Lu})/u;

const AGE_AFTER_NAME = /^,\s*(\d{1,3}),/;
const AGE_BEFORE_NAME = /(?:^|\s)(\d{1,3})-year-old\s+$/;

/** The age written right after a name (", 29,") or before it ("29-year-old "), if any. */
function ageNextTo(text: string, start: number, end: number): number | undefined {
  // Most names have neither: a comma after or "-year-old " before is checked without slicing first.
  if (text.charAt(end) !== ',' && !text.startsWith('-year-old', start - 10) && !text.startsWith('-year-old', start - 11)) return undefined;
  const age = AGE_AFTER_NAME.exec(text.slice(end, end + 8))?.[1] ?? AGE_BEFORE_NAME.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  return age === undefined ? undefined : Number(age);
}

/** A comma then a capital: where a one-word name in apposition may start. */
const COMMA_BEFORE = /,\s$/;
/** A one-word name in apposition closes with a comma or the end of its sentence. */
const APPOSITION_CLOSE = /^[,.;:]/;

/**
 * "her husband, Pablo," / "his daughter, Maya.": a one-word name set off by commas after a role that
 * names a person is a person, known by that one name from here on.
 */
function appositiveFirstName(
  source: MentionSource,
  at: number,
  bare: string,
  byName: Map<string, Person>,
  bySurname: Map<string, Person>,
): PersonMention | null {
  const { text } = source;
  if (!COMMA_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || !APPOSITION_CLOSE.test(text.charAt(at + bare.length))) return null;
  const role = ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, at - APPOSITIVE_WINDOW), at))?.[1];
  if (role === undefined || !looksLikePersonName(bare)) return null;
  const head = role.split(/\s+/).pop() as string;
  if (!isRoleWord(head) && genderFromRole(head) === null) return null;
  const person = registerPerson(bare, role, byName, bySurname);
  return new LazyMention(at, at + bare.length, person.name, person.role, source);
}

/** What follows a person known by a given name alone opening a sentence: an age or a relative clause. */
const AGE_OR_RELATIVE_AFTER = /^(?:,\s*\d{1,3},|\s*[,—–]\s*who\s)/u;
/** An age, then a role phrase in apposition: ", 21, a ", ", 64, the ". */
const AGE_THEN_ROLE = /^,\s*\d{1,3},\s*(?:a|an|the|who)\s/u;
/** The end of the sentence before (or the start of the text): only space after it. */
const SENTENCE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/**
 * "Tommy — who only goes by his first name online — retired...", "Sarah, 34, retired last year": a
 * usual given name alone opening a sentence, with an age or a relative clause after it, is a person
 * known by that name.
 */
function givenNameSubject(source: MentionSource, at: number, bare: string, byName: Map<string, Person>, bySurname: Map<string, Person>): PersonMention | null {
  const { text } = source;
  const after = text.slice(at + bare.length, at + bare.length + 16);
  // "Curie, 21, a Korean exchange student, came second": an age and a role after it make any name a person's.
  const aged = AGE_THEN_ROLE.test(after) && looksLikePersonName(bare);
  if ((!GIVEN_NAMES.has(bare) && builtGender(bare) === null && !aged) || !AGE_OR_RELATIVE_AFTER.test(after)) return null;
  if (!SENTENCE_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return null;
  // "Castillo, 39, a physiotherapist" after "María José Castillo Ferrer": one word of a known full name is that person.
  const person = (aged ? onlyPerson(byName, (name) => name.split(' ').includes(bare)) : undefined) ?? registerPerson(bare, null, byName, bySurname);
  return new LazyMention(at, at + bare.length, person.name, person.role, source);
}

/** A word of a clause, not of a role: "was", "by" in "Her death was confirmed by her daughter". */
const CLAUSE_IN_ROLE = /\s(?:was|is|were|are|has|had|by|and|who|that|said|says)\s/g;
const DETERMINER_OPENING = /^(?:the|a|an|its|his|her|their)\s/i;

/** "Her death was confirmed by her daughter" -> "her daughter": the role phrase after the last clause word. */
function roleAfterClause(role: string): string | null {
  let cut = -1;
  CLAUSE_IN_ROLE.lastIndex = 0;
  for (let m = CLAUSE_IN_ROLE.exec(role); m !== null; m = CLAUSE_IN_ROLE.exec(role)) {
    cut = m.index + m[0].length;
    CLAUSE_IN_ROLE.lastIndex = cut - 1;
  }
  if (cut < 0) return role;
  const tail = role.slice(cut);
  return DETERMINER_OPENING.test(tail) ? tail : null;
}

/** The role phrase set off by commas next to a name, if any. */
function appositiveRole(text: string, start: number, end: number): string | null {
  const before = ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, start - APPOSITIVE_WINDOW), start))?.[1];
  if (before !== undefined) return roleAfterClause(before);
  return ROLE_AFTER_NAME.exec(text.slice(end, end + APPOSITIVE_WINDOW))?.[1] ?? null;
}

/**
 * "Kristin Wilkins" once in a caption, "Kristen Wilkins" twice in the story: a person known by two
 * spellings (spellingVariantOf) is known by the one the text writes more often, the first on a tie.
 */
function preferCommonSpelling(source: MentionSource, mentions: PersonMention[], byName: Map<string, Person>): void {
  for (const [spelling, person] of byName) {
    if (spelling === person.name || !isVariantSpelling(spelling, person.name)) continue;
    if (occurrences(source.text, spelling) <= occurrences(source.text, person.name)) continue;
    const old = person.name;
    person.name = spelling;
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i] as PersonMention;
      if (mention.name === old) mentions[i] = new LazyMention(mention.start, mention.end, spelling, mention.role, source);
    }
  }
}

/** Two two-word names with one surname and given names spelt one letter apart ("Kristin Wilkins", "Kristen Wilkins"). */
function isVariantSpelling(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.length === 2 && y.length === 2 && x[1] === y[1] && isSpellingVariant(x[0] as string, y[0] as string);
}

function occurrences(text: string, words: string): number {
  let count = 0;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) count++;
  return count;
}

/** " bin ", " binti ", " bint ": a Malay or Arabic patronymic inside a name. */
const PATRONYMIC = / (?:bin|binti|bint) /;

/** Where a name is read: the text and the name's offset in it. */
interface Introduction {
  source: MentionSource;
  at: number;
}

function registerPerson(name: string, role: string | null, byName: Map<string, Person>, bySurname: Map<string, Person>, intro?: Introduction): Person {
  // "Caio, who scored 14 goals, said" after "Caio Henrique Batista": a given name alone is the one person named in full with it.
  // "Etcheverry Paz said" after "Lucía Etcheverry Paz": two surnames are the one person named in full with them.
  const existing =
    byName.get(name) ?? (name.includes(' ') ? (onlyPersonEndingWith(name, byName) ?? spellingVariantOf(name, bySurname)) : (bySurname.get(name) ?? onlyPersonWithGivenName(name, byName)));
  if (existing) {
    // A spelling variant is known by the first spelling from now on, also when written in full.
    if (existing.name !== name && name.includes(' ') && !byName.has(name) && existing.surname === surnameOf(name)) byName.set(name, existing);
    if (existing.role === null && role !== null) existing.role = role;
    existing.gender ??= genderFromRole(role) ?? givenNameGender(existing.name).gender;
    return existing;
  }
  // "Rosario Villaseñor" in a headline, then "Rosario Villaseñor Treviño": the short form was the
  // given name and first surname; the person is known from now on by the full name.
  // Also "Pauline" or "Caio" alone first (a standfirst, a headline), then "Pauline Birtwistle".
  const shorter = shorterFormOf(name, byName);
  if (shorter !== undefined) {
    shorter.name = name;
    byName.set(name, shorter);
    const last = surnameOf(name);
    if (!bySurname.has(last)) bySurname.set(last, shorter);
    if (shorter.role === null && role !== null) shorter.role = role;
    return shorter;
  }
  const surname = surnameOf(name);
  const fromRole = genderFromRole(role);
  const given = givenNameGender(name);
  const person: Person = { name, surname, role, gender: fromRole ?? given.gender };
  if (intro !== undefined) person.introducedAt = intro.at;
  if (fromRole === null && given.weak) person.weakGender = true;
  byName.set(name, person);
  // "Xi Jinping", "Kim Jong Un": the family name comes first, and news uses it alone ("Xi said").
  const space = name.indexOf(' ');
  const first = space > 0 ? name.slice(0, space) : null;
  if (first !== null && FAMILY_NAME_FIRST.has(first) && !bySurname.has(first)) bySurname.set(first, person);
  // "Esther Kyomuhendo Akiiki", "Rodrigo Fuentes Alarcón": a middle word that is no given name is a
  // first surname, and news uses it alone ("Fuentes said").
  const words = name.split(' ');
  const middle = words.length === 3 ? (words[1] as string) : null;
  if (middle !== null && /^\p{Lu}\p{Ll}{2,}$/u.test(middle) && !isListedGivenName(middle) && !bySurname.has(middle)) bySurname.set(middle, person);
  // "Kamariah binti Osman", "Azman bin Yusof": a patronymic follows the given name, which news uses alone.
  if (first !== null && PATRONYMIC.test(name) && !bySurname.has(first)) bySurname.set(first, person);
  const holder = bySurname.get(surname);
  if (holder === undefined) bySurname.set(surname, person);
  else if (holder.surname === surname && holder.name !== name && name.includes(' ')) {
    // A family ("Margit Solberg" and her son "Erlend Solberg"): the surname alone stays with the
    // person introduced first, the article's subject, and each is known by their given name.
    // "signed by President Franklin Roosevelt" in passing, then "James Roosevelt Jr., the grandson of
    // FDR, spoke": the surname alone goes to the first of them introduced as a sentence's subject.
    if (intro !== undefined && holder.introducedAt !== undefined && isSubject(intro.source.text, intro.at, intro.source.sentences) && !isSubject(intro.source.text, holder.introducedAt, intro.source.sentences)) {
      bySurname.set(surname, person);
    }
    knowByGivenName(holder, bySurname);
    knowByGivenName(person, bySurname);
  }
  return person;
}

/** The one person whose full name passes `test`, or undefined (none, or several). */
function onlyPerson(byName: ReadonlyMap<string, Person>, test: (name: string) => boolean): Person | undefined {
  let found: Person | undefined;
  for (const person of byName.values()) {
    if (!test(person.name)) continue;
    if (found !== undefined && found !== person) return undefined;
    found = person;
  }
  return found;
}

/**
 * "Stacy Sullivan" after "Stacey Sullivan", "Kristin Wilkins" beside "Kristen Wilkins": the same
 * surname and a given name spelt one letter apart (one letter more or less, or one vowel for
 * another after the first letter) is the person already known, a spelling slip of the article.
 * "Mark" and "Mary" stay two people.
 */
function spellingVariantOf(name: string, bySurname: ReadonlyMap<string, Person>): Person | undefined {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  const holder = bySurname.get(surname);
  return holder !== undefined && holder.surname === surname && isVariantSpelling(name, holder.name) ? holder : undefined;
}

const VOWEL = /^[aeiouy]$/;

/** One letter inserted or dropped, or one vowel for another after the first letter; both four letters or more. */
function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  if (a.length === b.length) {
    let differences = 0;
    for (let i = 1; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (++differences > 1 || !VOWEL.test(a[i] as string) || !VOWEL.test(b[i] as string)) return false;
    }
    return differences === 1;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** The one person whose full name ends with the words `tail` and holds more ("Lucía Etcheverry Paz" for "Etcheverry Paz"). */
export function onlyPersonEndingWith(tail: string, byName: ReadonlyMap<string, Person>): Person | undefined {
  return onlyPerson(byName, (name) => name.endsWith(` ${tail}`));
}

/** The one person whose full name opens with the given name `word` ("Caio Henrique Batista" for "Caio"). */
function onlyPersonWithGivenName(word: string, byName: ReadonlyMap<string, Person>): Person | undefined {
  return onlyPerson(byName, (name) => name.startsWith(`${word} `));
}

/**
 * The person registered under the first words of `name` (all but its last, or its first word
 * alone, a given name), whose name is still exactly those words; undefined when none.
 */
function shorterFormOf(name: string, byName: Map<string, Person>): Person | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  if (words.length >= 3) {
    const withoutLast = byName.get(words.slice(0, -1).join(' '));
    if (withoutLast !== undefined && withoutLast.name === words.slice(0, -1).join(' ')) return withoutLast;
  }
  const first = words[0] as string;
  const alone = byName.get(first);
  return alone !== undefined && alone.name === first && (isGivenName(first) || isListedGivenName(first)) ? alone : undefined;
}

function knowByGivenName(person: Person, bySurname: Map<string, Person>): void {
  const space = person.name.indexOf(' ');
  if (space < 0) return;
  const given = person.name.slice(0, space);
  if (!bySurname.has(given)) bySurname.set(given, person);
}

/**
 * A short leading phrase of time or place and its comma, before an anonymous subject ("Outside the
 * gates, one worker", "Afterwards, one fan"): a regular-expression source, shared with quotes.ts.
 */
export const LEADING_ADVERBIAL = String.raw`(?:In|On|At|Outside|Inside|Near|Nearby|Elsewhere|Later|Earlier|Meanwhile|Across|Back|Behind|During|After|Before|Afterwards?|Today|Tonight|Yesterday|Overnight|Downstairs|Upstairs|Then|Now|There|Here)\b[^,.;:!?\uE000]{0,60},\s*`;

/** A sentence opening with "A", "An" or "One" and a lower-case word: someone introduced by role ("A nurse who..."). */
// Also after a reporting verb that follows a quotation: "“...,” said one mother, who ... her son".
const ANONYMOUS_SUBJECT = new RegExp(
  String.raw`(?:(?:^|[.!?][)'"”’]{0,2}\s+|\n\d{1,2}[:.]\d{2}\s+)(?:${LEADING_ADVERBIAL}(?:a|an|one)|A|An|One)|(?:[,!?]['"”’]|\uE000)\s+(?:said|says|added|explained|replied|told\s+\p{Ll}+)\s+(?:a|an|one))\s+\p{Ll}`,
  'gu',
);


/** Where the sentences that open with an anonymous subject start, in text order. */
function anonymousSubjectStarts(text: string): number[] {
  const out: number[] = [];
  ANONYMOUS_SUBJECT.lastIndex = 0;
  for (let m = ANONYMOUS_SUBJECT.exec(text); m !== null; m = ANONYMOUS_SUBJECT.exec(text)) out.push(m.index + m[0].length - 1);
  return out;
}

/** How far back (characters) a sentence's subject takes a pronoun's vote from a possessor or object. */
const SUBJECT_VOTE_REACH = 250;
/** How far back (characters) a possessor or object takes a pronoun's vote when no subject is close. */
const OBJECT_VOTE_REACH = 100;
/** A copula after a name and the words of its complement up to punctuation: "is one of the first two Muslim women elected". */
// "Cristian Gonzalez, an immigrant from Mexico, is a stay-at-home mother": an appositive may stand between.
const COPULA_PHRASE = /^(?:\s*,[^,.;:!?()\uE000]{1,60},)?\s+(?:is|was)\s+(?:one\s+of\s+)?([^,.;:!?()\uE000]+)/u;
const COPULA_WINDOW = 80;
/** The most words read for the gendered noun. */
const COPULA_WORDS = 6;
/** Words that end the noun phrase of the complement: "is married to a woman" says nothing of the subject. */
const COMPLEMENT_END = /^(?:who|that|which|and|or|but|to|in|at|for|with|by|from|on|of|as|than)$/;

/** The gender of the noun a copula gives a name ("is one of the first two Muslim women" -> female), or null. */
function copulaGender(after: string): 'female' | 'male' | null {
  const phrase = COPULA_PHRASE.exec(after)?.[1];
  if (phrase === undefined) return null;
  for (const word of phrase.split(/\s+/).slice(0, COPULA_WORDS)) {
    const lower = word.toLowerCase();
    if (COMPLEMENT_END.test(lower)) return null;
    const gender = PLURAL_GENDER[lower] ?? genderOfWord(lower);
    if (gender === 'female' || gender === 'male') return gender;
  }
  return null;
}
/** The votes a copula with a gendered noun casts. */
const COPULA_VOTE = 3;
/** Plural nouns of gender the gendered-word lexicon lists in the singular. */
const PLURAL_GENDER: Readonly<Record<string, 'female' | 'male'>> = { women: 'female', men: 'male', mothers: 'female', fathers: 'male', sisters: 'female', brothers: 'male' };

/** Net he/she votes that overrule a given name's usual gender from the built list. */
const WEAK_GENDER_OVERRULE = 2;
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;
const PREPOSITION_BEFORE = /(?:^|\s)(?:to|of|for|with|at|from|by|against|about|on|called|told|asked|met|thanked|criticised|criticized|threatened)\s+$/i;

/** The closest mention before index `from` (inclusive) that is its sentence's subject and ends within SUBJECT_VOTE_REACH of `at`. */
function nearbySubjectMention(mentions: readonly PersonMention[], from: number, at: number): PersonMention | null {
  for (let i = from; i >= 0; i--) {
    const mention = mentions[i] as PersonMention;
    if (at - mention.end >= SUBJECT_VOTE_REACH) return null;
    if (mention.subject) return mention;
  }
  return null;
}

const OBJECT_PRONOUN = /^(?:him|her)$/;
/** A verb or preposition right before an object pronoun: "put it to her", "told him", "thanked her". */
const OBJECT_POSITION = /(?:^|\s)(?:to|for|with|at|from|about|against|ask(?:s|ed)|tell|tells|told|thank(?:s|ed)|gave|gives|sent|sends|call(?:s|ed)|urge[sd]|press(?:es|ed)|show(?:s|ed)|offer(?:s|ed)|pa(?:ys|id)|hire[sd]|fire[sd]|met|meets|sue[sd]|accuse[sd]|blame[sd]|warn(?:s|ed)|praise[sd]|describe[sd])\s+$/;

/** True when a mention is a possessor ("Omar’s office") or the object of a preposition or verb ("to Omar", "called Omar"). */
function isOwnerOrObject(text: string, mention: PersonMention): boolean {
  return POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3)) || PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 14), mention.start));
}

/** Between a name and a his/her: the opening of an apposition ("Jane Starner, his aunt", "Beth Meacham, one of his editors"). */
const APPOSITIVE_POSSESSIVE = /^,\s+(?:(?:one|some|two|three|both|each|all|many|most|none|several|another) of\s+)?$/;

/**
 * Each he/she pronoun votes for the person mentioned last before it (for the sentence's subject
 * instead when that person is only a possessor or an object); a person's gender is the
 * majority of their votes (a title's gender, when known, is kept).
 */
function inferGenders(text: string, mentions: readonly PersonMention[], byName: Map<string, Person>): void {
  if (mentions.length === 0) return;
  const votes = new Map<string, number>();
  const anonymous = anonymousSubjectStarts(text);
  let next = 0;
  let nextAnonymous = 0;
  let last: PersonMention | null = null;
  // End of the sentence in which an object pronoun showed someone other than `last` (see below).
  let otherUntil = -1;
  // "Omar is one of the first two Muslim women elected": a copula and a gendered noun weigh as much as several pronouns.
  // What a copula says of a person ("is a stay-at-home mother of four") outweighs the usual gender of their given name.
  const stated = new Map<string, Gender>();
  for (const mention of mentions) {
    const gender = copulaGender(text.slice(mention.end, mention.end + COPULA_WINDOW));
    if (gender !== null) {
      votes.set(mention.name, (votes.get(mention.name) ?? 0) + (gender === 'male' ? COPULA_VOTE : -COPULA_VOTE));
      stated.set(mention.name, stated.has(mention.name) && stated.get(mention.name) !== gender ? null : gender);
    }
  }
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m !== null; m = PRONOUN.exec(text)) {
    while (next < mentions.length && (mentions[next] as PersonMention).end <= m.index) last = mentions[next++] as PersonMention;
    if (m.index < otherUntil) continue;
    // "A woman who rode to school said she...": a person introduced by role since takes the pronoun.
    while (nextAnonymous < anonymous.length && (anonymous[nextAnonymous] as number) < m.index) {
      if (last !== null && (anonymous[nextAnonymous] as number) > last.end) last = null;
      nextAnonymous++;
    }
    if (last === null) continue;
    // "Brannock-Sze put it to her that her shift...": him/her as the object in the subject's own
    // sentence is someone else (the subject would be "himself"/"herself"); so is the rest of it.
    if (OBJECT_PRONOUN.test(m[0]) && OBJECT_POSITION.test(text.slice(Math.max(0, m.index - 12), m.index)) && !/[.!?]/.test(text.slice(last.end, m.index)) && last.subject) {
      const end = text.slice(m.index).search(/[.!?](?:\s|$)/);
      otherUntil = end < 0 ? text.length : m.index + end;
      continue;
    }
    // "Carlineo called Omar’s office, in which he said": a possessor or a preposition's object is
    // not whom a he/she soon after stands for when the clause's subject is close by.
    // With no subject close by, an object is weak evidence: "clear of Joris Vantilborgh" three
    // sentences before "her sail" does not make him a she.
    // "said Beth Meacham, one of his editors": a possessive in the name's own apposition is someone else's.
    if (APPOSITIVE_POSSESSIVE.test(text.slice(last.end, m.index))) continue;
    const voted = isOwnerOrObject(text, last) ? (nearbySubjectMention(mentions, next - 2, m.index) ?? (m.index - last.end < OBJECT_VOTE_REACH ? last : null)) : last;
    if (voted === null) continue;
    const vote = HE.test(m[0]) ? 1 : -1;
    votes.set(voted.name, (votes.get(voted.name) ?? 0) + vote);
  }
  for (const [name, score] of votes) {
    const person = byName.get(name);
    if (person === undefined || score === 0) continue;
    const voted: Gender = score > 0 ? 'male' : 'female';
    // A given name's usual gender is a prior: two or more net votes the other way overrule it.
    if (person.gender === null || (person.weakGender === true && person.gender !== voted && Math.abs(score) >= WEAK_GENDER_OVERRULE)) person.gender = voted;
    else if (stated.get(name) === voted && person.gender !== voted && Math.abs(score) >= COPULA_VOTE) person.gender = voted;
  }
}

/**
 * The person a one-word name refers to: one whose surname it is (most recently mentioned before
 * `offset`, else first mentioned after), else one whose first name it is ("Amira" -> "Amira Saleh").
 */
export function resolveSurname(index: PeopleIndex, word: string, offset: number): Person | null {
  // A surname a family shares is the person introduced first with it; a given name, that person's.
  const short = index.byShortName?.get(word);
  if (short !== undefined && short.name !== word && isShared(index, short.surname)) return recentSubjectWithSurname(index, word, offset) ?? short;
  return findByWord(index, word, offset, (p) => p.surname === word) ?? findByWord(index, word, offset, (p) => p.name.split(/\s+/).includes(word));
}

/** How far back (characters) a family member who opened a sentence takes the shared surname. */
const SHARED_SURNAME_REACH = 400;

/**
 * "Her son, Teodor Brusk, ... told councillors ... “...,” Brusk said": of relatives who share a
 * surname, the one named in full as the subject of a sentence just before the phrase.
 */
function recentSubjectWithSurname(index: PeopleIndex, surname: string, offset: number): Person | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const mention = index.mentions[i] as PersonMention;
    if (mention.start >= offset) continue;
    if (offset - mention.end > SHARED_SURNAME_REACH) return null;
    const person = index.byName.get(mention.name);
    if (person !== undefined && person.surname === surname && person.name.includes(' ') && mention.subject && mention.end - mention.start > surname.length) return person;
  }
  return null;
}

/** True when two known people or more have this surname. */
function isShared(index: PeopleIndex, surname: string): boolean {
  let count = 0;
  for (const person of index.byName.values()) if (person.surname === surname && ++count > 1) return true;
  return false;
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
