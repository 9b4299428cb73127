/**
 * Reads the phrase that names the speaker next to a reporting verb: the subject before it ("Dmitry
 * Medvedev said", "X, the minister, said", "Medvedev, who said", "the former president added",
 * "he said") or the inverted subject after it ("said Smith", "according to the ministry").
 *
 * Works on masked text, where quoted spans are replaced by BARRIER characters, so words inside a
 * quotation are never read as a speaker. Word by word, bounded: no regex runs over a whole sentence
 * anchored at its end.
 */
import { readLexicon } from '../../nlp/lexicons.js';
import { NAME_PARTICLES } from '../../nlp/name-particles.js';
import { isChannelNoun } from './circumstances.js';
import { isOrganizationName } from './organizations.js';
import { CONTROL_VERBS } from './speech-verbs.js';
import { isGivenName, isNotNameStart, isPersonRoleNoun, isRoleWord, isTitleAbbreviation, isTitleWord, splitTitle, titleComplement } from './people.js';

export type PhraseKind = 'name' | 'pronoun' | 'role';

export interface SpeakerPhrase {
  start: number;
  end: number;
  text: string;
  kind: PhraseKind;
  /** For a name: the name without titles; otherwise null. */
  name: string | null;
  /** The title, appositive or role phrase that goes with the speaker, if any. */
  role: string | null;
}

/** Stands in for every character of a quoted span in masked text. */
export const BARRIER = '\uE000';

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Words between the subject and the verb that are skipped ("Smith also said", "he has told"). */
const SKIPPABLE = new Set([
  'also', 'later', 'then', 'previously', 'has', 'have', 'had', 'would', 'will', 'once', 'again', 'repeatedly',
  'earlier', 'recently', 'further', 'simply', 'only', 'just', 'flatly', 'publicly', 'privately', 'reportedly',
  'separately', 'quickly', 'did', 'does', 'never', 'often', 'always', 'subsequently', 'initially', 'first',
  'finally', 'bluntly', 'angrily', 'calmly', 'all', 'both', 'himself', 'herself', 'themselves', 'has',
  'famously', 'memorably', 'might', 'could', 'should', 'can', 'last', 'yesterday', 'today',
  'instead', 'even', 'still', 'already', 'soon', 'now', 'too', 'tonight', 'afterwards', 'afterward', 'ultimately', 'since',
  'eventually', 'meanwhile', 'nonetheless', 'nevertheless', 'however', 'therefore', 'thus', 'may', 'must', 'shall',
  'flat-out', 'outright', 'swiftly', 'immediately',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another', 'our', 'my', 'this', 'that']);
/** Words that cannot sit inside a role phrase: when met, the phrase is not a subject. */
const NOT_IN_NOUN_PHRASE = new Set([
  'that', 'which', 'who', 'and', 'or', 'but', 'be', 'is', 'was', 'were', 'are', 'been', 'said', 'says', 'to',
  'not', 'can’t', "can't", 'would', 'will', 'has', 'had', 'have', 'by', 'in', 'on', 'at', 'as', 'if', 'when',
  'while', 'than', 'then', 'so', 'because', 'after', 'before', 'same',
]);
/** Bare plural subjects that name a group of speakers ("officials said"). */
const GROUP_SUBJECTS = new Set([
  'officials', 'police', 'analysts', 'experts', 'critics', 'residents', 'witnesses', 'sources', 'investigators',
  'prosecutors', 'authorities', 'researchers', 'lawmakers', 'protesters', 'scientists', 'doctors', 'diplomats',
  'organisers', 'organizers', 'officers', 'campaigners', 'economists', 'observers', 'others', 'some', 'many',
  'volunteers', 'parents', 'villagers', 'passengers', 'locals', 'members', 'supporters', 'customers', 'shoppers',
  'rescuers', 'survivors', 'neighbours', 'neighbors', 'workers', 'students', 'teachers', 'farmers', 'fans',
  'parties', 'unions', 'activists', 'councillors', 'councilors', 'nurses', 'families', 'ministries', 'governments',
  'leaders', 'executives', 'aides', 'advisers', 'advisors', 'spokesmen', 'spokespeople', 'representatives', 'negotiators',
  'regulators', 'senators', 'legislators', 'mps', 'ministers', 'managers', 'employees', 'traders', 'bankers', 'investors',
  'engineers', 'lawyers', 'attorneys', 'commanders', 'soldiers', 'voters', 'strategists', 'operatives', 'pollsters',
  'forecasters', 'insiders', 'historians', 'physicians', 'epidemiologists', 'agencies',
]);
/** A preposition right before a group noun makes it an object ("a letter to parents"). */
const GROUP_OBJECT_BEFORE = /^(?:to|of|for|from|with|by|in|on|at|about)$/;
/** The most words read before a group noun for its modifiers ("the Russian and Syrian defense ministries"). */
const MAX_GROUP_MODIFIERS = 5;
/** Prepositions after a group noun that keep its place or organisation in the phrase ("residents of Kikoni", "workers at the plant"). */
const GROUP_PREPOSITIONS = new Set(['of', 'in', 'at', 'from']);
/** Nouns of documents and messages (data/lexicons/channel-nouns.txt): "A report to councillors said". */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(readLexicon('channel-nouns.txt'));
/** Prepositions that join a role to an organisation inside one phrase ("a spokesman for the Kremlin"). */
const ROLE_PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with']);
/** Prepositions that join a participle to a role phrase ("involved in", "based in", "close to"). */
const PARTICIPLE_PREPOSITIONS = new Set(['in', 'on', 'by', 'to']);
/** Lower-case role words kept with a following title ("former President"). */
const ROLE_MODIFIERS = new Set(['former', 'current', 'then', 'acting', 'outgoing', 'incoming', 'late', 'interim', 'deputy']);
/** The most words of a role written before a name without a determiner ("senior Kremlin aide"). */
const MAX_TITLE_WORDS = 4;
/** The most words a role phrase is read over. */
const MAX_ROLE_WORDS = 8;
/** An inverted role subject longer than this ("said a spokesman for the ministry" is 6) is not one. */
const MAX_INVERTED_ROLE_WORDS = 9;
const INDEFINITE_DETERMINERS = new Set(['a', 'an', 'one', 'another']);
/** What opens the object of such a modifier: not a day ("on Monday") or a channel ("on X"). */
const OWNED_OR_DEFINITE = new Set(['the', 'her', 'his', 'their', 'its']);
/** Capitalised words after "in" that date or channel the saying rather than place the person. */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const NOT_A_PLACE_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Spanish|German|Russian)$/;

/**
 * True when the preposition at `at` opens a place or situation of an anonymous person: "an engineer
 * on the support team", "one shop manager in Tarlow", "one fan in a homemade jersey"; not "in a
 * statement", "in March", "on Monday".
 */
function opensPlaceModifier(words: readonly Word[], at: number): boolean {
  const preposition = (words[at] as Word).text;
  const next = words[at + 1]?.text ?? '';
  if (preposition === 'on') return OWNED_OR_DEFINITE.has(next.toLowerCase());
  if (preposition !== 'in') return false;
  // Channel nouns (data/lexicons/quote-channels.txt): "in a statement", "in an interview" say how, not where.
  if (/^(?:a|an)$/.test(next) || OWNED_OR_DEFINITE.has(next.toLowerCase())) return !isChannelNoun(words[at + 2]?.text ?? '') && !isChannelNoun(words[at + 3]?.text ?? '');
  return /^\p{Lu}\p{Ll}/u.test(next) && !NOT_A_PLACE_NAME.test(next);
}
/** Extra words a modifier of an anonymous person may add to an inverted role. */
const MODIFIER_WORDS = 4;
/** The most words an inverted subject is read over. */
const MAX_AFTER_WORDS = 10;
/** Starts a word: letters, digits, apostrophes and hyphens inside it, and a period after a capital's abbreviation. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*\.?|[,;:()–—]|\uE000+/gu;
const RELATIVE = /^(?:who|which)$/i;
/** "Frenchwoman", "Dutchman": a capitalised noun of nationality that names a person by gender. */
const NATIONALITY_NOUN = /^\p{Lu}\p{Ll}{2,}(?:man|woman)$/u;
/** Verbs of habit before "to say" ("used to say"), skipped between a subject and its verb. */
const HABIT_VERBS = new Set(['used', 'liked', 'likes', 'loved', 'loves']);
const POSSESSIVE_WORD = /['’]s$/;
/** "He Jianxiong, the former executive director": the surname He (written first) before a capitalised given name, not the pronoun. */
function isSurnameHe(words: readonly Word[], i: number): boolean {
  const next = words[i + 1]?.text;
  return words[i]?.text === 'He' && next !== undefined && next !== 'I' && /^\p{Lu}\p{Ll}/u.test(next);
}
/** "People’s Daily", "Women’s Aid", "Children’s Hospital": a plural noun's possessive inside a name, no owner. */
const GROUP_POSSESSIVE = /^(?:People|Women|Men|Children)['’]s$/;
/** "43-year-old": an age written before a name. */
const AGE = /^\d+-year-old$/;
/** An age written alone between commas: "Kettleridge, 61,". */
const AGE_NUMBER = /^\d{1,3}$/;
/** Words that end a noun phrase read forwards: a past tense or a common finite verb. */
// Common irregular past forms too: "a man in a cowboy hat held up a sign" ends at "held".
const VERB_LIKE = /^(?:\p{Ll}+ed|said|says|told|tells|is|was|are|were|has|had|have|will|would|who|which|that|held|took|stood|sat|came|went|made|gave|got|kept|left|ran|wore|brought|sent|spoke|began|saw|heard|felt|knew|thought|led|met|paid|won|lost|built|bought|caught|drove|fell|grew|rode|rose|sang|shook|threw|wrote)$/u;

/** A subject pronoun with a contracted auxiliary: "he’d", "she'll", "they've". */
const PRONOUN_CONTRACTION = /^(he|she|they|we|I|it|He|She|They|We|It)['’](?:d|ll|s|ve|re|m)$/;

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const region = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(region); m !== null; m = WORD.exec(region)) {
    let t = m[0];
    // A sentence period is not part of the word, but "Mr." and "U.S." keep theirs.
    if (t.endsWith('.') && !isAbbreviation(t.slice(0, -1))) t = t.slice(0, -1);
    // "he’d respond", "she'll say": the pronoun is the subject, its contracted auxiliary left out like "would".
    const contracted = PRONOUN_CONTRACTION.exec(t);
    if (contracted !== null) t = contracted[1] as string;
    out.push({ start: from + m.index, end: from + m.index + t.length, text: t });
  }
  return out;
}

/** An adverb or auxiliary between the subject and its verb: "also", "has", "tearfully". */
const isSkippable = (w: string): boolean => SKIPPABLE.has(w.toLowerCase()) || (/^\p{Ll}{3,}ly$/u.test(w) && !NOUNS_IN_LY.has(w));
/** Nouns ending in -ly that are no adverb: "the Okafor family said". */
const NOUNS_IN_LY = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'bully', 'belly']);
/** "Mr", "Gen", "J", "U.S": a word whose period is part of it ("Ward." ends a sentence). */
const isAbbreviation = (w: string): boolean => isTitleAbbreviation(w) || /^\p{Lu}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w);
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isPunct = (w: string): boolean => /^[,;:()–—]$/.test(w) || w.startsWith(BARRIER);

/** The subject that ends right before `to` (the verb), reading back no further than `from`. */
export function subjectBefore(masked: string, from: number, to: number): SpeakerPhrase | null {
  const words = withoutAcronymGlosses(wordsOf(masked, from, to));
  // "The consultation document seen by staff says": who saw the document did not say its words.
  const reader = readerParticiple(words);
  if (reader > 0) {
    const document = nounPhraseEndingAt(masked, words, reader, null);
    if (document !== null && document.kind === 'role') return document;
  }
  let end = words.length;
  // "Edith Brand used to say": the habit verb and its "to" sit between the subject and the verb.
  if (end > 1 && (words[end - 1] as Word).text === 'to' && HABIT_VERBS.has((words[end - 2] as Word).text.toLowerCase())) end -= 2;
  // "abandoning likes allowed Mosseri to claim": the object of a verb of letting or asking speaks.
  const controlled = controlledSubject(masked, words, end);
  if (controlled !== null) return controlled;
  while (end > 0 && isSkippable((words[end - 1] as Word).text)) end--;
  if (end > 0 && RELATIVE.test((words[end - 1] as Word).text)) {
    end--;
    if (end > 0 && (words[end - 1] as Word).text === ',') end--;
    return nounPhraseEndingAt(masked, words, end, null);
  }
  if (end > 0 && (words[end - 1] as Word).text === ',') return appositiveSubject(masked, words, end - 1);
  return leaderOfGroup(masked, words, end) ?? nounPhraseEndingAt(masked, words, end, null);
}

/** True when words[i] is an "and" between two capitalised words, both before `end`: "Russian and Syrian", "Lands and Natural Resources". */
function andJoinsCapitals(words: readonly Word[], i: number, end: number): boolean {
  return (words[i] as Word).text === 'and' && i > 0 && i + 1 < end && isCapitalised((words[i - 1] as Word).text) && isCapitalised((words[i + 1] as Word).text);
}

/** The index of "seen/obtained/reviewed/viewed" before "by" and up to three words at the end of `words`, or -1. */
function readerParticiple(words: readonly Word[]): number {
  for (let i = words.length - 2; i >= 1 && words.length - i <= 5; i--) {
    const w = (words[i] as Word).text;
    // "In a memo seen by Reuters, Ryu wrote": the reader's phrase must run to the verb.
    if (isPunct(w)) return -1;
    if (w === 'by' && /^(?:seen|obtained|reviewed|viewed)$/.test((words[i - 1] as Word).text)) return i - 1;
  }
  return -1;
}

/** "The Karachi Urban Transit Company (KUTC), which ...": an acronym in brackets after a name glosses it and is read past. */
function withoutAcronymGlosses(words: Word[]): Word[] {
  if (!words.some((w) => w.text === '(')) return words;
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.text === '(' && words[i + 2]?.text === ')' && /^\p{Lu}{2,8}$/u.test(words[i + 1]?.text ?? '') && i > 0 && isCapitalised((words[i - 1] as Word).text)) {
      i += 2;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** "CONTROL-VERB NAME to" right before the reporting verb: the name, a person or organisation, speaks. */
function controlledSubject(masked: string, words: readonly Word[], end: number): SpeakerPhrase | null {
  if (end < 3 || (words[end - 1] as Word).text !== 'to') return null;
  let start = end - 1;
  while (start > 0 && isCapitalised((words[start - 1] as Word).text) && !isPunct((words[start - 1] as Word).text)) start--;
  if (start === end - 1 || start === 0 || !CONTROL_VERBS.has((words[start - 1] as Word).text.toLowerCase())) return null;
  const name = namePhraseEndingAt(masked, words, end - 1, null);
  return name !== null && name.kind === 'name' ? name : null;
}

/** "his team", "her colleagues": a group owned by the name joined to it by "and". */
const OWNED_GROUP = /^(?:his|her|their)$/i;
const GROUP_NOUNS = new Set(['team', 'colleagues', 'co-authors', 'coauthors', 'collaborators', 'researchers', 'staff', 'lawyers', 'attorneys', 'aides', 'advisers', 'advisors', 'co-workers', 'partners', 'students', 'family']);

/**
 * "Paganini and his team wrote": the person who leads the group is the speaker the article names,
 * so the subject is the name before "and his/her/their GROUP".
 */
function leaderOfGroup(masked: string, words: readonly Word[], end: number): SpeakerPhrase | null {
  if (end < 4) return null;
  const group = (words[end - 1] as Word).text.toLowerCase();
  if (!GROUP_NOUNS.has(group) || !OWNED_GROUP.test((words[end - 2] as Word).text) || (words[end - 3] as Word).text !== 'and') return null;
  const name = nounPhraseEndingAt(masked, words, end - 3, null);
  return name !== null && name.kind === 'name' ? name : null;
}

/**
 * "Prince Andrew, the nearly 60-year-old younger brother of heir to the British throne, Charles, has
 * told": a name opening the clause, then an appositive that opens with a determiner and holds commas
 * (and names) of its own. The subject is the opening name, whatever the appositive holds.
 */
function openingNameSubject(masked: string, words: readonly Word[], closingComma: number): SpeakerPhrase | null {
  let first = -1;
  for (let i = 0; i < closingComma; i++) {
    const w = (words[i] as Word).text;
    if (w.startsWith(BARRIER) || w === ';' || w === ':') return null;
    if (w === ',') {
      first = i;
      break;
    }
  }
  // "Kettleridge, 61, a former water engineer, told": an age between the name and the appositive.
  const roleFirst = AGE_NUMBER.test(words[first + 1]?.text ?? '') && words[first + 2]?.text === ',' && first + 2 < closingComma ? first + 3 : first + 1;
  // "Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville,
  // said": a lower-case role noun may open the appositive too.
  const roleWord = words[roleFirst]?.text ?? '';
  if (first <= 0 || first === closingComma || !(DETERMINERS.has(roleWord.toLowerCase()) || (!isCapitalised(roleWord) && isRoleWord(roleWord)))) return null;
  // "Federal Reserve Bank of Kansas City President Thomas M. Hoenig, the Fed's longest-serving
  // policymaker and ..., said": an organisation's title may stand before the name, "of" and "the" in it.
  if (!words.slice(0, first).every((w) => isCapitalised(w.text) || NAME_PARTICLES.has(w.text) || TITLE_JOINERS.has(w.text))) return null;
  // "Dr Owen Pritchard, president of the branch, accused management of “…”, while the students’ union
  // president, Tobi Adesanya, said": a quotation or a new clause in between ends the opening name's reach.
  if (words.slice(first + 1, closingComma).some((w) => w.text.startsWith(BARRIER) || CLAUSE_OPENERS.has(w.text.toLowerCase()))) return null;
  const name = namePhraseEndingAt(masked, words, first, null);
  if (name === null || name.kind !== 'name') return null;
  if (name.start !== (words[0] as Word).start && !(words.slice(0, first).some((w) => TITLE_JOINERS.has(w.text)) && isCapitalised((words[0] as Word).text))) return null;
  const role = masked.slice((words[roleFirst] as Word).start, (words[closingComma - 1] as Word).end);
  return { ...name, role };
}

/** Lower-case words inside an organisation's title before a name ("Bank of Kansas City President"). */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'for']);
/** Conjunctions that open a new clause inside what would otherwise read as an appositive. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though']);
/** A company's legal suffix, written after a comma in its name ("Dräger, Inc."). */
const CORPORATE_SUFFIX = /^(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|plc|PLC|GmbH|AG|SA|S\.A|NV|N\.V|LP|L\.P|LLP)\.?$/;
/** The most words between a subject's ", who" and the comma closing the relative clause. */
const MAX_RELATIVE_WORDS = 32;

/** "X, the minister, said" / "X, 54, said" / "X, who chairs the board, said": the subject is before the first comma. */
function appositiveSubject(masked: string, words: readonly Word[], closingComma: number): SpeakerPhrase | null {
  const opening = openingNameSubject(masked, words, closingComma);
  if (opening !== null) return opening;
  let comma = -1;
  // A relative clause may run longer than an appositive ("who spoke on condition of anonymity because ...").
  for (let i = closingComma - 1; i >= 0 && closingComma - i <= MAX_RELATIVE_WORDS; i--) {
    const w = (words[i] as Word).text;
    if (w.startsWith(BARRIER) || w === ';' || w === ':') break;
    if (w !== ',') continue;
    const next = words[i + 1];
    // "for Dräger, Inc., says": the comma before a company's legal suffix is inside its name.
    if (next !== undefined && CORPORATE_SUFFIX.test(next.text)) continue;
    if (comma < 0 && closingComma - i <= MAX_ROLE_WORDS * 2) comma = i;
    // A relative clause may hold commas of its own: its ", who" marks where the subject ends.
    if (next !== undefined && RELATIVE.test(next.text)) {
      comma = i;
      break;
    }
  }
  if (comma < 0) return null;
  const appositive = words.slice(comma + 1, closingComma);
  const first = appositive[0];
  const lastOfAppositive = appositive[appositive.length - 1];
  if (first === undefined || lastOfAppositive === undefined) return null;
  const head = nounPhraseEndingAt(masked, words, comma, null);
  // "Its author, Jana Weiss, said" / "The report's author, retired judge Patricia Owusu, wrote": the
  // role comes first and the name is the appositive.
  if (head !== null && head.kind === 'role' && isNameAppositive(appositive)) {
    const name = namePhraseEndingAt(masked, words, closingComma, head.text);
    if (name !== null && name.kind === 'name') return name;
  }
  const role = DETERMINERS.has(first.text.toLowerCase()) ? masked.slice(first.start, lastOfAppositive.end) : null;
  if (head !== null && role !== null && head.kind === 'name') return { ...head, role };
  return head;
}

/** A name, or role words then a name ("retired judge Patricia Owusu"): what an appositive after a role holds. */
function isNameAppositive(appositive: readonly Word[]): boolean {
  const lastLower = lastLowerIndex(appositive, appositive.length);
  if (lastLower < 0) return appositive.every((w) => isCapitalised(w.text) || NAME_PARTICLES.has(w.text));
  return lastLower < appositive.length - 1 && isRolePrefix(appositive, lastLower);
}

/**
 * The index of the role word that ends a role written before a name at the start of `words`
 * ("senior Kremlin aide | Yuri Ushakov"), or -1: the last lowercase word followed by a capital
 * while the words so far can be a role, within MAX_TITLE_WORDS + 2 words.
 */
function lastRoleBeforeName(words: readonly Word[], end: number): number {
  let found = -1;
  const limit = Math.min(end - 1, MAX_TITLE_WORDS + 2);
  for (let i = 0; i < limit; i++) {
    const w = (words[i] as Word).text;
    if (isCapitalised(w)) continue;
    if (!canBeInRole(w)) break;
    if (isCapitalised((words[i + 1] as Word).text) && isRoleWord(w)) found = i;
  }
  return found;
}

/** A word that may sit in a role written before a name: no punctuation, clause word, preposition or finite verb. */
function canBeInRole(w: string): boolean {
  const lower = w.toLowerCase();
  // A participle is an adjective here ("retired judge", "newly elected mayor"); a finite verb is not.
  return !isPunct(w) && !NOT_IN_NOUN_PHRASE.has(lower) && !ROLE_PREPOSITIONS.has(lower) && !(VERB_LIKE.test(w) && !/ed$/.test(w));
}

/** The index of the last word before `end` that is neither capitalised nor a name particle, or -1. */
function lastLowerIndex(words: readonly Word[], end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    const w = (words[i] as Word).text;
    if (!isCapitalised(w) && !NAME_PARTICLES.has(w)) return i;
  }
  return -1;
}

/** Words 0..last are a short role written before a name: no clause word, a role noun last ("retired judge"). */
function isRolePrefix(words: readonly Word[], last: number): boolean {
  if (last + 1 > MAX_TITLE_WORDS) return false;
  for (let i = 0; i <= last; i++) {
    if (!canBeInRole((words[i] as Word).text)) return false;
  }
  return isRoleWord((words[last] as Word).text);
}

/** The noun phrase made of the words just before index `end`: a pronoun, a name, or a role phrase. */
function nounPhraseEndingAt(masked: string, words: readonly Word[], end: number, appositiveRole: string | null): SpeakerPhrase | null {
  const last = words[end - 1];
  if (last === undefined || isPunct(last.text)) return null;
  if (PRONOUNS.has(last.text.toLowerCase())) return phrase(masked, last.start, last.end, 'pronoun', null, appositiveRole);
  if (isCapitalised(last.text)) return namePhraseEndingAt(masked, words, end, appositiveRole);
  return rolePhraseEndingAt(masked, words, end);
}

function wordsText(words: readonly Word[], from: number, to: number): string {
  return words.slice(from, to).map((w) => w.text).join(' ');
}

function namePhraseEndingAt(masked: string, words: readonly Word[], end: number, appositiveRole: string | null): SpeakerPhrase | null {
  let start = end - 1;
  while (start > 0) {
    const prev = (words[start - 1] as Word).text;
    // "St. Aldric's Brennan Whitcombe said": the possessor (a team, a town) is not part of the name.
    if (isCapitalised(prev) && !isPunct(prev) && (!POSSESSIVE_WORD.test(prev) || GROUP_POSSESSIVE.test(prev))) start--;
    else if (NAME_PARTICLES.has(prev) && start > 1 && isCapitalised((words[start - 2] as Word).text)) start--;
    // "The Dunsford Fire and Rescue Service said": "and" inside an organisation's name.
    else if (prev === 'and' && start > 1 && isCapitalised((words[start - 2] as Word).text) && !isPunct((words[start - 2] as Word).text) && isOrganizationName(wordsText(words, start, end))) start -= 2;
    else break;
  }
  // "Governor of Washington Chris Gregoire said": the title's place, then the name.
  const runStart = (words[start] as Word).start;
  const run = masked.slice(runStart, (words[end - 1] as Word).end);
  const complement = titleComplement(masked.slice(Math.max(0, runStart - 40), runStart), run);
  if (complement !== null) {
    const name = run.slice(complement.nameOffset).replace(/\s+/g, ' ').replace(/['’]s?$/, '');
    return phrase(masked, runStart - complement.titleBack, runStart + run.length, 'name', name, appositiveRole ?? complement.role);
  }
  // "a spokesman for the Kremlin": the name belongs to a role phrase.
  const before = words[start - 1];
  const beforeThe = before !== undefined && before.text.toLowerCase() === 'the' ? start - 1 : start;
  const prep = words[beforeThe - 1];
  // "a junior official based in Geneva": a participle and its preposition join the name to the role too.
  if (prep !== undefined && (ROLE_PREPOSITIONS.has(prep.text.toLowerCase()) || isParticiplePreposition(words, beforeThe - 1))) {
    const role = rolePhraseEndingAt(masked, words, beforeThe - 1);
    if (role !== null) return phrase(masked, role.start, (words[end - 1] as Word).end, 'role', null, null);
    // "Priya Vantongeren of Callisto Securities wrote": a person's name before "of/from/at" is the speaker, the organisation theirs.
    if (personBeforeAffiliation(words, beforeThe - 1)) return namePhraseEndingAt(masked, words, beforeThe - 1, appositiveRole);
  }
  // "The economy ministry in Berlin said": the place says where the office is; the office speaks.
  if (prep !== undefined && /^(?:in|at)$/.test(prep.text) && beforeThe === start) {
    const office = words[beforeThe - 2];
    if (office !== undefined && /^\p{Ll}+$/u.test(office.text) && isOrganizationName(office.text)) {
      const role = rolePhraseEndingAt(masked, words, beforeThe - 1);
      // "A spokesman at the embassy in Kyiv said": an anonymous person's role keeps the place.
      if (role !== null) return /^the\s/i.test(role.text) ? role : phrase(masked, role.start, (words[end - 1] as Word).end, 'role', null, null);
    }
  }
  while (start < end - 1 && isNotNameStart((words[start] as Word).text) && !isSurnameHe(words, start)) start++;
  const first = words[start] as Word;
  const lastWord = words[end - 1] as Word;
  // "Forecasters warned": a group noun opening the sentence is a role, not a name.
  if (start === end - 1 && GROUP_SUBJECTS.has(first.text.toLowerCase())) return phrase(masked, first.start, first.end, 'role', null, null);
  // "the Frenchwoman said": a nationality noun after "the" is a role standing for a person.
  if (start === end - 1 && before !== undefined && before.text.toLowerCase() === 'the' && NATIONALITY_NOUN.test(first.text)) {
    return phrase(masked, before.start, first.end, 'role', null, null);
  }
  const sequence = masked.slice(first.start, lastWord.end);
  const parts = splitTitle(sequence);
  const modifier = words[start - 1];
  const role0 = parts.role !== null && modifier !== undefined && ROLE_MODIFIERS.has(modifier.text.toLowerCase()) ? `${modifier.text} ${parts.role}` : parts.role;
  const role = appositiveRole ?? role0;
  if (parts.name === null) {
    // Only titles: "President said" reads as a role ("the President").
    const roleStart = before !== undefined && DETERMINERS.has(before.text.toLowerCase()) ? before.start : first.start;
    return phrase(masked, roleStart, lastWord.end, 'role', null, null);
  }
  const prefixStart = role0 !== null && role0 !== parts.role && modifier !== undefined ? modifier.start : first.start;
  return phrase(masked, prefixStart, lastWord.end, 'name', parts.name, role);
}

/** Prepositions of affiliation between a person's name and an organisation's ("Ana Ruiz of Nordbank"). */
const AFFILIATION_PREPOSITIONS = new Set(['of', 'from', 'at']);

/**
 * True when words[prep] is "of/from/at" right after a person's name: a capitalised run of two words
 * or more opening with a given name or a title ("Priya Vantongeren of", "Dr. Ana Ruiz from").
 */
function personBeforeAffiliation(words: readonly Word[], prep: number): boolean {
  const p = words[prep];
  if (p === undefined || !AFFILIATION_PREPOSITIONS.has(p.text)) return false;
  let first = prep;
  while (first > 0 && isCapitalised((words[first - 1] as Word).text) && !isPunct((words[first - 1] as Word).text)) first--;
  if (prep - first < 2) return false;
  const opening = (words[first] as Word).text;
  if (isGivenName(opening) || isTitleWord(opening.replace(/\.$/, ''))) return true;
  // "Tobiah Greyling of Marlow Securities": two or three words, then an organisation's name.
  let after = prep + 1;
  while (after < words.length && isCapitalised((words[after] as Word).text) && !isPunct((words[after] as Word).text)) after++;
  return prep - first <= 3 && after > prep + 1 && isOrganizationName(wordsText(words, prep + 1, after)) && !isOrganizationName(wordsText(words, first, prep));
}

/** "the former president", "a spokesman for the ministry", "officials": a determiner-led or group phrase. */
function rolePhraseEndingAt(masked: string, words: readonly Word[], end: number): SpeakerPhrase | null {
  const last = words[end - 1];
  if (last === undefined) return null;
  // "A report to councillors": a group noun after a preposition is no subject of its own.
  if (GROUP_SUBJECTS.has(last.text.toLowerCase()) && !DETERMINERS.has((words[end - 2]?.text ?? '').toLowerCase()) && !GROUP_OBJECT_BEFORE.test(words[end - 2]?.text ?? '')) {
    // "Health officials", "opposition parties", "the Russian and Syrian defense ministries": the
    // modifiers before the group noun belong to it, and a determiner before them.
    let first = end - 1;
    for (let i = end - 2; i >= 0 && end - 1 - i <= MAX_GROUP_MODIFIERS; i--) {
      const w = (words[i] as Word).text;
      if (DETERMINERS.has(w.toLowerCase())) {
        first = i;
        break;
      }
      const joined = andJoinsCapitals(words, i, end);
      // "Yesterday officials said": a sentence adverb is no modifier.
      if (!joined && (isPunct(w) || !canBeInRole(w) || VERB_LIKE.test(w) || PRONOUNS.has(w.toLowerCase()) || (isCapitalised(w) && isNotNameStart(w)))) break;
      first = i;
    }
    return phrase(masked, (words[first] as Word).start, last.end, 'role', null, null);
  }
  for (let i = end - 1; i >= 0 && end - i <= MAX_ROLE_WORDS; i--) {
    const w = (words[i] as Word).text;
    const lower = w.toLowerCase();
    if (isPunct(w)) return null;
    // "residents of Kikoni landing site told": a group noun with its place or organisation after it.
    if (i < end - 2 && GROUP_SUBJECTS.has(lower) && GROUP_PREPOSITIONS.has((words[i + 1] as Word).text) && !DETERMINERS.has((words[i - 1]?.text ?? '').toLowerCase())) {
      return phrase(masked, (words[i] as Word).start, last.end, 'role', null, null);
    }
    // "Swift's rep", "Apple’s chief executive": a possessive opens the phrase like a determiner.
    if (i < end - 1 && POSSESSIVE_WORD.test(w)) {
      // "Lin Park’s agent": the possessor's whole name belongs to the phrase.
      let first = i;
      while (first > 0 && isCapitalised((words[first - 1] as Word).text) && !isPunct((words[first - 1] as Word).text)) first--;
      // "a spokeswoman for the ferry's operator": after "the" and a role preposition the phrase reaches back as after a determiner.
      if (first > 1 && (words[first - 1] as Word).text.toLowerCase() === 'the' && ROLE_PREPOSITIONS.has((words[first - 2] as Word).text.toLowerCase())) {
        const outer = rolePhraseEndingAt(masked, words, first - 2);
        if (outer !== null) return phrase(masked, outer.start, last.end, 'role', null, null);
      }
      return phrase(masked, (words[first] as Word).start, last.end, 'role', null, null);
    }
    if (DETERMINERS.has(lower)) {
      // "the governor of the region": the phrase reaches back over "of/for" to the first determiner.
      // "a senior diplomat involved in the talks": a participle and its preposition join the phrase too.
      const joins = ROLE_PREPOSITIONS.has((words[i - 1]?.text ?? '').toLowerCase()) || isParticiplePreposition(words, i - 1);
      const outer = joins ? rolePhraseEndingAt(masked, words, i - 1) : null;
      return outer !== null ? phrase(masked, outer.start, last.end, 'role', null, null) : phrase(masked, (words[i] as Word).start, last.end, 'role', null, null);
    }
    // "the Russian and Syrian defense ministries": two capitalised modifiers joined by "and".
    if (andJoinsCapitals(words, i, end)) continue;
    // "the singer and guitarist": one person with two roles.
    if (lower === 'and' && i + 1 < end && isPersonRoleNoun(words[i - 1]?.text ?? '') && isPersonRoleNoun((words[i + 1] as Word).text)) continue;
    // "A report to councillors said", "a letter to parents": a document and whom it was sent to.
    if (lower === 'to' && i > 0 && DOCUMENT_NOUNS.has((words[i - 1] as Word).text.toLowerCase())) continue;
    if (NOT_IN_NOUN_PHRASE.has(lower) && !ROLE_PREPOSITIONS.has(lower)) return null;
  }
  return null;
}

/**
 * True when words[at] is "in/on/by/to" after a participle that follows a role noun ("diplomat
 * involved in", "official based in"), or "on/in" right after a role noun ("a doctor on the scene").
 */
function isParticiplePreposition(words: readonly Word[], at: number): boolean {
  const prep = words[at];
  const participle = words[at - 1];
  const noun = words[at - 2];
  if (prep !== undefined && participle !== undefined && /^(?:on|in|inside|outside|near)$/.test(prep.text) && !isCapitalised(participle.text) && isRoleWord(participle.text) && !VERB_LIKE.test(participle.text)) return true;
  if (prep === undefined || participle === undefined || noun === undefined) return false;
  if (isAdjectivePreposition(words, at)) return true;
  return PARTICIPLE_PREPOSITIONS.has(prep.text.toLowerCase()) && /^\p{Ll}{3,}ed$/u.test(participle.text) && !isCapitalised(noun.text) && isRoleWord(noun.text);
}

/** "a source close to the talks", "a person familiar with the matter": words[at] is the preposition of an adjective after a role noun. */
function isAdjectivePreposition(words: readonly Word[], at: number): boolean {
  const prep = words[at];
  const adjective = words[at - 1];
  const noun = words[at - 2];
  return prep !== undefined && adjective !== undefined && noun !== undefined && /^(?:to|with|of)$/.test(prep.text) && /^(?:close|familiar|privy|aware|knowledgeable)$/.test(adjective.text) && isRoleWord(noun.text);
}

function phrase(masked: string, start: number, end: number, kind: PhraseKind, name: string | null, role: string | null): SpeakerPhrase {
  const text = masked.slice(start, end);
  return { start, end, text, kind, name, role: kind === 'role' ? (role ?? text) : role };
}

const endsInvertedRole = (w: string): boolean => NOT_IN_NOUN_PHRASE.has(w.toLowerCase()) && !ROLE_PREPOSITIONS.has(w.toLowerCase());

/**
 * "said its lead author, Dr. Samuel Okafor": a person's role, a comma, then their name closing the
 * clause. The name is the speaker and the role goes with it.
 */
function nameAfterRole(masked: string, words: readonly Word[], comma: number, role: SpeakerPhrase): SpeakerPhrase | null {
  if ((words[comma] as Word | undefined)?.text !== ',' || !isRoleWord(roleHeadWord(role.text))) return null;
  let nameEnd = comma + 1;
  while (nameEnd < words.length && (isCapitalised((words[nameEnd] as Word).text) || NAME_PARTICLES.has((words[nameEnd] as Word).text))) nameEnd++;
  if (nameEnd === comma + 1) return null;
  const next = words[nameEnd];
  if (next !== undefined && !isPunct(next.text)) return null;
  const named = namePhraseEndingAt(masked, words, nameEnd, role.text);
  return named !== null && named.kind === 'name' ? named : null;
}

/**
 * "said the singer Carlton Fagan, who ...", "said his brother Tomas Reyes", "said the MC Carlton
 * Fagan": a definite or owned role, then the person's name (two words at least) closing the clause.
 * The name is the speaker and the role goes with it. A run of capitals with no role word or title
 * before it ("said the Labor Department") stays whole.
 */
function nameClosingRole(masked: string, words: readonly Word[], end: number): SpeakerPhrase | null {
  const first = words[0];
  if (first === undefined || !OWNED_OR_DEFINITE.has(first.text.toLowerCase()) || end < 4) return null;
  const rest = words.slice(1, end);
  const roleEnd = lastRoleBeforeName(rest, rest.length);
  for (let i = roleEnd + 1; i < rest.length; i++) {
    const w = (rest[i] as Word).text;
    if (!isCapitalised(w) && !NAME_PARTICLES.has(w)) return null;
  }
  const role = roleEnd < 0 ? null : masked.slice(first.start, (rest[roleEnd] as Word).end);
  const named = namePhraseEndingAt(masked, words, end, role);
  if (named === null || named.kind !== 'name' || named.name === null || !named.name.includes(' ')) return null;
  return roleEnd < 0 && named.role === null ? null : named;
}

/** The last word of a role phrase before "of/for/at..." ("the lead author of the study" -> "author"). */
function roleHeadWord(role: string): string {
  const core = role.split(/\s+(?:of|for|at|from|with)\s+/i)[0] as string;
  const words = core.split(/\s+/);
  return words[words.length - 1] as string;
}

/** "said Kettleby’s son", "said Lin Park’s agent": a possessive name, then a lower-case role word. */
function possessorOfRole(words: readonly Word[], end: number): boolean {
  let i = 0;
  while (i < end - 1 && isCapitalised((words[i] as Word).text) && !POSSESSIVE_WORD.test((words[i] as Word).text)) i++;
  const possessive = words[i];
  const next = words[i + 1];
  return i < end - 1 && possessive !== undefined && next !== undefined && isCapitalised(possessive.text) && POSSESSIVE_WORD.test(possessive.text) && isRoleWord(next.text);
}

/** "said Secretary of State Mike Pompeo": a title, "of" (and "the") and its place, then the name, read on past "of". */
function titledNameAfter(masked: string, words: readonly Word[], titleEnd: number, end: number): SpeakerPhrase | null {
  if (words[titleEnd]?.text !== 'of') return null;
  let nameEnd = words[titleEnd + 1]?.text === 'the' ? titleEnd + 2 : titleEnd + 1;
  const runStart = nameEnd;
  while (nameEnd < end && isCapitalised((words[nameEnd] as Word).text)) nameEnd++;
  if (nameEnd - runStart < 3) return null;
  const named = namePhraseEndingAt(masked, words, nameEnd, null);
  return named !== null && named.kind === 'name' ? named : null;
}

/** The inverted subject that starts right after `from` (the verb): "said Smith", "said the minister". */
export function subjectAfter(masked: string, from: number, to: number): SpeakerPhrase | null {
  // "wrote 43-year-old Martin Taylor": an age before the name is skipped.
  const words = wordsOf(masked, from, to).filter((w, i, all) => !(AGE.test(w.text) && i === 0 && all.length > 1));
  let end = 0;
  while (end < words.length && end < MAX_AFTER_WORDS && !isPunct((words[end] as Word).text)) end++;
  if (end === 0) return null;
  const first = words[0] as Word;
  if (PRONOUNS.has(first.text.toLowerCase()) && !isSurnameHe(words, 0)) return phrase(masked, first.start, first.end, 'pronoun', null, null);
  if (DETERMINERS.has(first.text.toLowerCase()) || GROUP_SUBJECTS.has(first.text.toLowerCase()) || possessorOfRole(words, end)) {
    // "the victim's mother testified": the phrase stops before a verb; a long run is no subject.
    let phraseEnd = 1;
    const indefinite = INDEFINITE_DETERMINERS.has(first.text.toLowerCase());
    let modifier = false;
    let joinedName = false;
    // "said the club on Monday": a preposition other than one joining a role to its organisation ends it too.
    while (phraseEnd < end && !VERB_LIKE.test((words[phraseEnd] as Word).text)) {
      const w = (words[phraseEnd] as Word).text;
      // "A report to councillors": a document and whom it was sent to; "the Ministry of Lands and
      // Natural Resources": "and" between capitalised words of a name.
      const joinsName = andJoinsCapitals(words, phraseEnd, words.length);
      if (joinsName) joinedName = true;
      // "the Institute for Work and Health at Hexley University": a name joined by "and" ends before a preposition.
      if (joinedName && ROLE_PREPOSITIONS.has(w)) break;
      if (endsInvertedRole(w) && !joinsName && !(w === 'to' && DOCUMENT_NOUNS.has((words[phraseEnd - 1] as Word).text.toLowerCase()))) {
        // "an engineer on the support team", "a nurse on her way to a night shift": one person's place, part of the role.
        // "a source close to the talks": an adjective's preposition joins like a place's.
        const opensModifier = indefinite && (opensPlaceModifier(words, phraseEnd) || isAdjectivePreposition(words, phraseEnd));
        if (!opensModifier && !(modifier && w === 'to')) break;
        modifier = true;
      }
      phraseEnd++;
    }
    if (phraseEnd > (modifier ? MAX_INVERTED_ROLE_WORDS + MODIFIER_WORDS : MAX_INVERTED_ROLE_WORDS)) return null;
    // "say that “...”": a determiner alone names no one.
    if (phraseEnd === 1 && DETERMINERS.has(first.text.toLowerCase())) return null;
    const role = phrase(masked, first.start, (words[phraseEnd - 1] as Word).end, 'role', null, null);
    return (phraseEnd === end ? (nameAfterRole(masked, words, end, role) ?? nameClosingRole(masked, words, end)) : null) ?? role;
  }
  // "said meteorologist Aino Salo", "said senior Kremlin aide Yuri Ushakov", "said Brent crude analyst
  // Maria Gomez": role words, then the name.
  const roleEnd = lastRoleBeforeName(words, end);
  if (roleEnd >= 0) {
    let nameEnd = roleEnd + 1;
    while (nameEnd < end && (isCapitalised((words[nameEnd] as Word).text) || NAME_PARTICLES.has((words[nameEnd] as Word).text))) nameEnd++;
    const named = namePhraseEndingAt(masked, words, nameEnd, masked.slice(first.start, (words[roleEnd] as Word).end));
    if (named !== null && named.kind === 'name') return named;
  }
  // "Gates did not say Thursday whether ...": a day after the verb says when, not who.
  if (WEEKDAY.test(first.text)) return null;
  if (isCapitalised(first.text)) {
    let nameEnd = 1;
    while (nameEnd < end && (isCapitalised((words[nameEnd] as Word).text) || NAME_PARTICLES.has((words[nameEnd] as Word).text))) nameEnd++;
    return titledNameAfter(masked, words, nameEnd, end) ?? namePhraseEndingAt(masked, words, nameEnd, null);
  }
  if (ROLE_MODIFIERS.has(first.text.toLowerCase()) && end > 1 && isCapitalised((words[1] as Word).text)) {
    let nameEnd = 2;
    while (nameEnd < end && isCapitalised((words[nameEnd] as Word).text)) nameEnd++;
    return namePhraseEndingAt(masked, words, nameEnd, null);
  }
  return null;
}
