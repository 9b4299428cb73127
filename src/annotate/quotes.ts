/**
 * The quotes annotator: direct quotations with their speakers, and quoted terms that are not
 * quotations (names, terms, scare quotes, titles).
 *
 *   marks (find quoted spans) -> attribution (verb + speaker phrase; else the sentence after:
 *     next-sentence) -> term-kind (quote or term?) -> speaker (resolve surname / role / pronoun /
 *     organisation noun; anonymous speakers kept by their role phrase) -> circumstances (channel, date)
 *
 * One pass over the text for the quote marks, one for the sentences, one for the people; each
 * quotation then reads only its own sentence. See docs/record.md (Facts).
 *
 * Only the body is read (layer "text"): a headline or a caption paraphrases, and its quote marks
 * are scare quotes or titles far more often than speech.
 *
 * It runs after the entities annotator and fills each speaker's `entity` with the id of the person
 * entity the speaker is (quotes/speaker-entity.ts); `annotateQuotes` alone leaves it null.
 */
import type { AnnotateContext, Annotator, AnnotatorOutput } from './annotator.js';
import type { ArticleRecord } from '../record/schema.js';
import type { QuoteT, TermT } from '../record/facts/quotes.js';
import { type SentenceSpan, paragraphSpans, sentenceIndexAt, splitSentences } from '../nlp/sentences.js';
import { type Attribution, type AttributionSide, findAttribution, previousSentenceAttribution } from './quotes/attribution.js';
import { channelIssuer, earlierChannelIssuer, isChannelRole } from './quotes/channel-speaker.js';
import { findChannel, findDatePhrase } from './quotes/circumstances.js';
import { nextSentenceAttribution } from './quotes/next-sentence.js';
import { findSpeechVerbs } from './quotes/speech-verbs.js';
import {
  type KnownOrganization,
  type OrganizationMention,
  indexOrganizations,
  joinedOrganizationName,
  mergeOrganizations,
  organizationHead,
  organizationRoleHead,
} from './quotes/organizations.js';
import { BODY_LAYER } from './layers.js';
import { type QuotedSpan, findQuotedSpans } from './quotes/marks.js';
import { LEADING_ADVERBIAL, type PeopleIndex, type Person, type PersonMention, SUBJECT_REACH, genderFromRole, indexPeople, isRoleWord, withoutOrganizations } from './quotes/people.js';
import { type ResolveInput, type ResolvedSpeaker, type SpeakerMemory, genderOfPronoun, pronounAccepts, resolveSpeaker, roleHead } from './quotes/speaker.js';
import { BARRIER, type SpeakerPhrase, subjectAfter, subjectBefore } from './quotes/speaker-phrase.js';
import { openingSubject } from './quotes/opening-subject.js';
import { speakersFromContext } from './quotes/context-speaker.js';
import { speakersOfRepeatedQuotes } from './quotes/repeated.js';
import { nameRolesLater } from './quotes/role-named-later.js';
import { sentenceFinalAttribution } from './quotes/sentence-final.js';
import { speechNounAttribution } from './quotes/speech-noun.js';
import { stanceAsAttribution } from './quotes/stance-as.js';
import { dashCredit } from './quotes/dash-credit.js';
import { joinSpeakerEntities } from './quotes/speaker-entity.js';
import { type TermDecision, decideTerm } from './quotes/term-kind.js';

export const QUOTES_ID = 'quotes';

/** The rule name of a quotation by where its attribution was found. */
const RULE_OF_SIDE: Record<AttributionSide, string> = {
  before: 'verb-before',
  after: 'verb-after',
  colon: 'colon',
  'previous-sentence': 'previous-sentence',
  'next-sentence': 'next-sentence',
  'sentence-end': 'sentence-end',
  dash: 'dash',
};

/** A short quotation continuing the previous one: a capital first and terminal punctuation inside the marks. */
const CONTINUATION_SHAPE = /^\s*\p{Lu}.*[.!?,]\s*$/su;

/** Trailing punctuation kept out of a term's span ("Northern Territories." -> "Northern Territories"). */
const TERM_TRAILING_PUNCTUATION = /[\s.,;:!?]+$/;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
/** An indefinite singular determiner opening a role phrase. */
const INDEFINITE_ONE = /^(?:a|an|one|another)\s/i;
/** "The judge", "The former minister" opening a sentence, read in place (sticky) from the sentence's offset. */
const ROLE_OPENING = /\s*(The\s+(?:former\s+)?\p{Ll}+)(?=\s)/uy;
/** "seen by", "obtained by": the name after it read a document, it did not write it. */
const READER_BEFORE = /(?:seen|obtained|reviewed|viewed|read)\s+by\s+(?:the\s+)?$/i;
/** Spaces and a leading "The " at a sentence's start. */
const OPENING_THE = /^\s*(?:The\s+)?/;
/** A comma and a capital right after a role phrase: the person is named in apposition. */
const NAME_IN_APPOSITION = /^,\s*\p{Lu}/u;
/** The same at a sentence start, read in place (sticky) from the sentence's offset. */
// A leading circumstance may come first: "Outside the gates, one worker, who ..., said".
// A live blog's time stamp may stand on the line before ("00:20\nOne voter in Eastgate, ...").
const INDEFINITE_OPENING = new RegExp(String.raw`\s*(?:\d{1,2}[:.]\d{2}\s+)?(?:${LEADING_ADVERBIAL})?(?<opening>[Aa]|[Aa]n|[Oo]ne|[Aa]nother|There\s+(?:was|is)\s+(?:a|an|one))\s`, 'y');
/** "There was " before an anonymous person opening a sentence ("There was one man who lost to me"). */
const EXISTENTIAL_OPENING = /\s*There\s+(?:was|is)\s+/y;

/** The text with every top-level quoted span (marks included) replaced by BARRIER characters. */
function maskQuotations(text: string, spans: readonly QuotedSpan[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.open), BARRIER.repeat(s.close + 1 - s.open));
    at = s.close + 1;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

interface Scan {
  text: string;
  masked: string;
  sentences: SentenceSpan[];
  paragraphs: SentenceSpan[];
  people: PeopleIndex;
  /** The organisations named in the masked text, built on first call. */
  organizations: () => readonly OrganizationMention[];
}

/** What speaker resolution reads for a phrase of the quotation at `at`: the scan's people, paragraphs and organisations, and the speakers so far. */
function resolveInput(scan: Scan, speakers: readonly SpeakerMemory[], phrase: SpeakerPhrase, at: number): ResolveInput {
  return { phrase, paragraph: paragraphOf(scan, at), paragraphs: scan.paragraphs, masked: scan.masked, people: scan.people, speakers, organizations: scan.organizations };
}

function previousSentenceStart(scan: Scan, offset: number): number {
  const index = sentenceIndexAt(scan.sentences, offset);
  return scan.sentences[index - 1]?.start ?? scan.sentences[index]?.start ?? offset;
}

/** Where the sentence holding `offset` starts (0 when no sentence holds it). */
function sentenceStartAt(scan: Scan, offset: number): number {
  return scan.sentences[sentenceIndexAt(scan.sentences, offset)]?.start ?? 0;
}

function sentenceEndAt(scan: Scan, offset: number): number {
  return scan.sentences[sentenceIndexAt(scan.sentences, offset)]?.end ?? offset;
}

function paragraphOf(scan: Scan, offset: number): number {
  const index = sentenceIndexAt(scan.paragraphs, offset);
  return index >= 0 ? index : 0;
}

function termFact(text: string, span: QuotedSpan, decision: TermDecision, insideQuote: boolean): TermT {
  const content = text.slice(span.contentStart, span.contentEnd);
  const end = span.contentStart + content.replace(TERM_TRAILING_PUNCTUATION, '').length;
  const start = span.contentStart + (content.length - content.trimStart().length);
  return {
    layer: BODY_LAYER,
    start,
    end,
    text: text.slice(start, end),
    rule: `${QUOTES_ID}/${insideQuote ? 'nested' : decision.rule}`,
    kind: decision.kind,
    cue: decision.cue,
    insideQuote,
  };
}

function phraseOf(text: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}

interface QuoteState {
  quotes: QuoteT[];
  /** The attribution of each quote, by index in `quotes`. */
  attributions: (Attribution | null)[];
  speakers: SpeakerMemory[];
}

/** "a woman who gave only her first name, Jolan", "a driver identified only as Mehmet": the name an anonymous speaker gave. */
const GIVEN_NAME_AFTER_ROLE = /^,?\s+(?:who\s+(?:gave|would\s+give|would\s+only\s+give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name(?:\s+as|,)|(?:identified|named|known)\s+only\s+as)\s+(\p{Lu}[\p{L}\p{M}'’-]+)/u;

function speakerFact(scan: Scan, attribution: Attribution, resolved: ResolvedSpeaker): QuoteT['speaker'] {
  const phrase = attribution.phrase;
  const given = resolved.name === null && phrase !== null && phrase.kind === 'role' ? GIVEN_NAME_AFTER_ROLE.exec(scan.masked.slice(phrase.end, phrase.end + 80)) : null;
  return {
    name: given === null ? resolved.name : (given[1] as string),
    role: resolved.role,
    entity: null,
    mention: phrase ? phraseOf(scan.text, phrase.start, phrase.end) : null,
    resolution: given === null ? resolved.resolution : 'stated',
  };
}

/** The speaker of an unattributed quotation that opens its sentence: the previous quotation's, when it is close. */
function inheritedSpeaker(scan: Scan, state: QuoteState, span: QuotedSpan): QuoteT['speaker'] {
  const previous = state.quotes[state.quotes.length - 1];
  if (previous === undefined || previous.speaker === null || (previous.speaker.name === null && previous.speaker.role === null)) return null;
  if (paragraphOf(scan, span.open) - paragraphOf(scan, previous.start) > 1) return null;
  const sentence = scan.sentences[sentenceIndexAt(scan.sentences, span.open)];
  if (sentence !== undefined && scan.masked.slice(sentence.start, span.open).trim() !== '') return null;
  return { ...previous.speaker, mention: null, resolution: 'previous-quote' };
}

/**
 * The subject of the previous sentence's reporting verb, for a he/she or a definite role:
 * - an anonymous person named there takes a he/she of a compatible gender ("A nurse at the clinic,
 *   who asked not to be named, said patients were turned away. “...,” she said.") and a role noun
 *   with the same head ("A police spokesman said the night was calm. “...,” the spokesman said.");
 * - a he/she with no one else to go to takes a role or a name written there ("A police spokeswoman
 *   said officers were called. “One man has been arrested,” she said.").
 */
function fromPreviousSentence(scan: Scan, state: QuoteState, span: QuotedSpan, attribution: Attribution, resolved: ResolvedSpeaker): ResolvedSpeaker {
  const phrase = attribution.phrase;
  if (phrase === null) return resolved;
  const pronoun = phrase.kind === 'pronoun';
  const definiteRole = phrase.kind === 'role' && /^the\s/i.test(phrase.text);
  if (!pronoun && !definiteRole) return resolved;
  if (pronoun) {
    const topic =
      roleOpeningPreviousSentence(scan, state, span, phrase.text) ??
      ownedRoleOpeningPreviousSentence(scan, state, span, phrase.text) ??
      genderedIndefiniteInPreviousSentence(scan, span, phrase.text);
    if (topic !== null) return topic;
  }
  // Most quotations have no anonymous person opening the sentence before: read it only when one may, or when nothing else was found.
  if (resolved.name !== null && !opensWithIndefinite(scan, span, pronoun ? phrase.text : null)) return resolved;
  // "One top-20 shareholder, speaking on condition of anonymity, was blunter. “...,” the investor
  // said.": a person's role noun goes to the anonymous person opening the sentence before, unless
  // the named person it resolved to was introduced with that very role.
  const introduced = resolved.name === null ? null : (scan.people.byName.get(resolved.name)?.role ?? null);
  const otherRoleOpening = (): ResolvedSpeaker | null => {
    if (!definiteRole || !isRoleWord(roleHead(phrase.text)) || (introduced !== null && roleHead(introduced) === roleHead(phrase.text))) return null;
    const opening = indefiniteOpeningPerson(scan, span, null);
    return opening === null ? null : { name: null, role: opening, resolution: 'role', gender: genderFromRole(opening) };
  };
  // "Railway officials said ..., but they cautioned that it was “…”": a "they" after a group that
  // reported earlier in the same sentence is that group.
  if (pronoun && phrase.text.toLowerCase() === 'they' && resolved.name === null && resolved.role === null) {
    const group = groupEarlierInSentence(scan, phrase.start);
    if (group !== null) return { name: null, role: group, resolution: 'pronoun', gender: null };
  }
  const previous = previousSentenceAttribution(scan, span, true);
  if (pronoun) {
    const opening = indefiniteOpeningPerson(scan, span, previous?.phrase ?? null, phrase.text);
    if (opening !== null && pronounAccepts(phrase.text, genderFromRole(opening))) return { name: null, role: opening, resolution: 'pronoun', gender: genderFromRole(opening) };
  }
  if (previous === null || previous.phrase === null || previous.phrase.kind === 'pronoun') return otherRoleOpening() ?? resolved;
  const before = previous.phrase;
  if (before.kind === 'role' && isAnonymousPerson(before.text)) {
    const gender = genderFromRole(before.text);
    if (pronoun && pronounAccepts(phrase.text, gender)) return { name: null, role: before.text, resolution: 'pronoun', gender };
    if (definiteRole && roleHead(before.text) === roleHead(phrase.text)) return { name: null, role: before.text, resolution: 'role', gender };
  }
  if (!pronoun || resolved.name !== null) return otherRoleOpening() ?? resolved;
  const fromPrevious = resolveSpeaker(resolveInput(scan, state.speakers, before, span.open));
  if (fromPrevious.name === null && fromPrevious.role === null) return resolved;
  return { ...fromPrevious, resolution: 'pronoun' };
}

/** The plural role phrase ("Railway officials") subject of a reporting verb earlier in the sentence than `before`, or null. */
function groupEarlierInSentence(scan: Scan, before: number): string | null {
  const sentenceStart = sentenceStartAt(scan, before);
  const verb = findSpeechVerbs(scan.masked, sentenceStart, before)[0];
  if (verb === undefined) return null;
  const subject = subjectBefore(scan.masked, sentenceStart, verb.start);
  return subject !== null && subject.kind === 'role' && PLURAL_GROUP.test(subject.text) && !INDEFINITE_ONE.test(subject.text) ? subject.text : null;
}
/** A role phrase ending in a plural noun ("Railway officials", "the researchers"). */
const PLURAL_GROUP = /\p{Ll}{3,}s$/u;

/**
 * "Judge Ann Pryor jailed him... The judge was unmoved. “...,” she told him.": a definite role
 * opening the sentence before names the newest topic, when it is the role a person was introduced
 * with and that person fits the pronoun.
 */
function roleOpeningPreviousSentence(scan: Scan, state: QuoteState, span: QuotedSpan, pronoun: string): ResolvedSpeaker | null {
  const previous = scan.sentences[sentenceIndexAt(scan.sentences, span.open) - 1];
  if (previous === undefined) return null;
  ROLE_OPENING.lastIndex = previous.start;
  const m = ROLE_OPENING.exec(scan.masked);
  if (m === null) return null;
  const start = previous.start + m[0].length - (m[1] as string).length;
  const role = m[1] as string;
  const resolved = resolveSpeaker(resolveInput(scan, [], { start, end: start + role.length, text: role, kind: 'role', name: null, role }, span.open));
  if (resolved.name === null || resolved.resolution !== 'role' || !pronounAccepts(pronoun, resolved.gender)) return null;
  // Only a person introduced with that role ("Judge Ann Pryor"), not a speaker it fell back to.
  const person = scan.people.byName.get(resolved.name);
  if (person?.role === null || person?.role === undefined || roleHead(person.role) !== roleHead(role)) return null;
  const last = state.speakers[state.speakers.length - 1];
  if (last !== undefined && last.offset > previous.start) return null;
  return { ...resolved, resolution: 'pronoun' };
}

/** "one mother", "a young woman", "an elderly man": an indefinite person noun of one gender, with up to two modifiers. */
const GENDERED_INDEFINITE = /(?<![\p{L}])(?:one|a|an|another)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:mother|father|mum|mom|dad|woman|man|wife|husband|grandmother|grandfather|girl|boy|widow|widower|daughter|son|businesswoman|businessman))(?![\p{L}])/u;

/**
 * "WIRED spoke to one mother, who knew her children were... “I am so ahead...,” she said.": an
 * anonymous person of one gender brought in anywhere in the sentence before (as the object too) is
 * the newest topic for a he/she of that gender, when no one is named after it before the quotation.
 */
function genderedIndefiniteInPreviousSentence(scan: Scan, span: QuotedSpan, pronoun: string): ResolvedSpeaker | null {
  const previous = scan.sentences[sentenceIndexAt(scan.sentences, span.open) - 1];
  if (previous === undefined) return null;
  const sentence = scan.masked.slice(previous.start, previous.end);
  if (sentence.includes(BARRIER)) return null;
  const m = GENDERED_INDEFINITE.exec(sentence);
  // "One witness, a woman who works nearby, said": the apposition of an opening anonymous person is that person (read elsewhere);
  // "when he was a boy": a copula's complement is no one new.
  if (m === null || /(?:,|\b(?:was|is|were|are|be|been|became|become))\s*$/.test(sentence.slice(0, m.index)) || opensWithIndefinite(scan, span)) return null;
  const role = m[0];
  const gender = genderFromRole(m[1] as string);
  if (gender === null || !pronounAccepts(pronoun, gender)) return null;
  const after = previous.start + m.index + role.length;
  if (scan.people.mentions.some((mention) => mention.start >= after && mention.start < span.open)) return null;
  return { name: null, role, resolution: 'pronoun', gender };
}

/** "Her counterpart at the polytechnic", "His mother" opening a sentence, read in place (sticky). */
const OWNED_ROLE_OPENING = /\s*(His|Her)\s+(\p{Ll}+)(?=[\s,])/uy;
/** Family roles: the relative most likely shares the owner's surname. */
const FAMILY_ROLES = new Set(['mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'grandmother', 'grandfather']);

/**
 * "Both experts agree... Her counterpart at the polytechnic put it more simply. “...,” she said." /
 * "Teodor said they would appeal. His mother was more blunt. “...,” she said.": a role owned by
 * his/her opening the sentence before names someone other than its owner (the person the his/her
 * stands for): the he/she goes to the newest compatible person who is not the owner; for a family
 * role, only to a relative sharing the owner's surname.
 */
function ownedRoleOpeningPreviousSentence(scan: Scan, state: QuoteState, span: QuotedSpan, pronoun: string): ResolvedSpeaker | null {
  const previous = scan.sentences[sentenceIndexAt(scan.sentences, span.open) - 1];
  if (previous === undefined || scan.masked.slice(previous.start, previous.end).includes(BARRIER)) return null;
  OWNED_ROLE_OPENING.lastIndex = previous.start;
  const m = OWNED_ROLE_OPENING.exec(scan.masked);
  if (m === null || !isRoleWord(m[2] as string)) return null;
  // "His colleague, Gemma Marsh, was more defiant": the relative is named, and read as the subject elsewhere.
  if (NAME_IN_APPOSITION.test(scan.masked.slice(previous.start + m[0].length, previous.start + m[0].length + 4))) return null;
  if (firstSubjectMention(scan.people.mentions, previous.start, previous.end) !== null) return null;
  const ownerWord = m[1] as string;
  const at = previous.start + m[0].length - (m[2] as string).length - 1 - ownerWord.length;
  const owner = resolveSpeaker(resolveInput(scan, state.speakers, { start: at, end: at + ownerWord.length, text: ownerWord.toLowerCase(), kind: 'pronoun', name: null, role: null }, span.open));
  if (owner.name === null) return null;
  const ownerName = owner.name;
  const role = `${ownerWord} ${m[2] as string}`;
  const fits = (person: Person): boolean => person.name !== ownerName && pronounAccepts(pronoun, person.gender);
  const candidates: Person[] = [];
  for (let i = scan.people.mentions.length - 1; i >= 0; i--) {
    const mention = scan.people.mentions[i] as PersonMention;
    if (mention.start >= previous.start) continue;
    const person = scan.people.byName.get(mention.name);
    if (person !== undefined && fits(person) && !candidates.includes(person)) candidates.push(person);
  }
  const ownerSurname = scan.people.byName.get(ownerName)?.surname;
  // "Her mother was a nurse." with no one of the owner's surname named: the mother is nobody named, so
  // the he/she is not handed to an unrelated person; it is read as usual.
  const chosen = FAMILY_ROLES.has(m[2] as string) ? candidates.find((p) => p.surname === ownerSurname) : candidates[0];
  return chosen === undefined ? null : { name: chosen.name, role, resolution: 'pronoun', gender: chosen.gender };
}

/**
 * "A rescue volunteer who had been on the water since midnight said conditions were worse. “...,”
 * he said.": the anonymous person opening the sentence before, read forwards up to a relative
 * clause, an apposition or a verb, when the subject found next to that sentence's reporting verb
 * is no anonymous person itself (a relative clause or a gesture verb hides it: "A woman who said
 * she rode to school was applauded").
 */
function indefiniteOpeningPerson(scan: Scan, span: QuotedSpan, reported: SpeakerPhrase | null, pronoun: string | null = null): string | null {
  if (reported !== null && reported.kind === 'role' && isAnonymousPerson(reported.text)) return null;
  const previous = scan.sentences[anonymousSentenceIndex(scan, span, pronoun)];
  if (previous === undefined) return null;
  INDEFINITE_OPENING.lastIndex = previous.start;
  const indefinite = INDEFINITE_OPENING.exec(scan.masked);
  if (indefinite === null) return null;
  // Where the determiner (or "There was") starts: the match ends with it and one space.
  const from = previous.start + indefinite[0].length - 1 - (indefinite.groups?.opening?.length ?? 0);
  EXISTENTIAL_OPENING.lastIndex = from;
  const existential = EXISTENTIAL_OPENING.exec(scan.masked);
  const opening = subjectAfter(scan.masked, from + (existential?.[0].length ?? 0), previous.end);
  if (opening === null || opening.kind !== 'role' || !isAnonymousPerson(opening.text)) return null;
  // "Another analyst, Gideon Mbeki-Larsson of Arden Row Capital, pressed...": named in apposition, so not anonymous.
  if (NAME_IN_APPOSITION.test(scan.masked.slice(opening.end, opening.end + 4))) return null;
  return opening.text;
}

/**
 * The sentence an anonymous person for the quotation's he/she is read in: the one before the
 * quotation's, or the one before that when the sentence between opens with the same he/she ("A man
 * in a cowboy hat held up a sign. Asked what he thought, he shrugged. “…,” he said.").
 */
function anonymousSentenceIndex(scan: Scan, span: QuotedSpan, pronoun: string | null): number {
  const index = sentenceIndexAt(scan.sentences, span.open) - 1;
  const between = scan.sentences[index];
  if (pronoun === null || between === undefined) return index;
  return openingSubject(scan.masked, between.start)?.text.toLowerCase() === pronoun.toLowerCase() ? index - 1 : index;
}

/** True when the sentence an anonymous person is read in (see anonymousSentenceIndex) opens with "A", "An", "One" or "Another". */
function opensWithIndefinite(scan: Scan, span: QuotedSpan, pronoun: string | null = null): boolean {
  const previous = scan.sentences[anonymousSentenceIndex(scan, span, pronoun)];
  if (previous === undefined) return false;
  INDEFINITE_OPENING.lastIndex = previous.start;
  return INDEFINITE_OPENING.test(scan.masked);
}

/** The first mention marked as a subject that lies inside [from, to); a binary search finds where to start. */
function firstSubjectMention(mentions: readonly PersonMention[], from: number, to: number): PersonMention | null {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as PersonMention).start < from) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < mentions.length; i++) {
    const m = mentions[i] as PersonMention;
    if (m.end > to) break;
    if (m.subject) return m;
  }
  return null;
}

/**
 * The speaker of a quotation with no reporting verb, read from the person who is the subject of its
 * sentence ("the club's owner, Helen Mackie, thanked Alvarez for “...”"), or, for a quotation that
 * opens its sentence, of the sentence before when that holds no quotation ("Police Chief Daniel
 * Okafor addressed the crowd.\n\n“We hear your anger...”"): news writing puts the speaker of an
 * unattributed quotation in the clause that frames it.
 */
function sentenceSubjectSpeaker(scan: Scan, state: QuoteState, span: QuotedSpan): QuoteT['speaker'] {
  const index = sentenceIndexAt(scan.sentences, span.open);
  const sentence = scan.sentences[index];
  if (sentence === undefined) return null;
  const opens = scan.masked.slice(sentence.start, span.open).trim() === '';
  let from = sentence.start;
  let to = span.open;
  if (opens) {
    const previous = scan.sentences[index - 1];
    if (previous === undefined || scan.masked.slice(previous.start, previous.end).includes(BARRIER)) return null;
    if (scan.masked.slice(previous.end, sentence.start).split(PARAGRAPH_BREAK).length > 2) return null;
    from = previous.start;
    to = previous.end;
  }
  const mention = firstSubjectMention(scan.people.mentions, from, Math.min(to, from + SUBJECT_REACH));
  if (mention === null) return opens ? pronounSubjectSpeaker(scan, state, span, from) : null;
  return { name: mention.name, role: mention.role, entity: null, mention: phraseOf(scan.text, mention.start, mention.end), resolution: 'stated' };
}

/**
 * "He still speaks about the man with awe.\n\n“He could walk into a church hall...”": a he/she
 * opening the sentence before (after at most two leading phrases: "Asked what he would miss, he
 * thought for a long time.") frames the quotation that opens the next paragraph.
 */
function pronounSubjectSpeaker(scan: Scan, state: QuoteState, span: QuotedSpan, sentenceStart: number): QuoteT['speaker'] {
  const phrase = openingSubject(scan.masked, sentenceStart);
  if (phrase === null || phrase.kind !== 'pronoun') return null;
  const resolved = resolveSpeaker(resolveInput(scan, state.speakers, phrase, span.open));
  if (resolved.name === null) return null;
  return { name: resolved.name, role: resolved.role, entity: null, mention: phraseOf(scan.text, phrase.start, phrase.end), resolution: 'pronoun' };
}

/**
 * "Asked whether the band would stay together, Lindgren laughed. “Ask us in six years.”": a
 * quotation that opens its sentence, right after a sentence of the same paragraph with no quotation
 * and no reporting verb whose subject is a person (a name, he or she, or "His mother"), is that
 * person's answer, rather than a continuation of the previous quotation: the sentence between them
 * handed the floor to its subject.
 */
function reactionSubjectSpeaker(scan: Scan, state: QuoteState, span: QuotedSpan): QuoteT['speaker'] {
  const index = sentenceIndexAt(scan.sentences, span.open);
  const sentence = scan.sentences[index];
  const previous = scan.sentences[index - 1];
  if (sentence === undefined || previous === undefined) return null;
  if (scan.masked.slice(sentence.start, span.open).trim() !== '') return null;
  const between = scan.masked.slice(previous.start, sentence.start);
  if (between.includes(BARRIER) || PARAGRAPH_BREAK.test(between)) return null;
  const named = firstSubjectMention(scan.people.mentions, previous.start, Math.min(previous.end, previous.start + SUBJECT_REACH));
  if (named !== null) return { name: named.name, role: named.role, entity: null, mention: phraseOf(scan.text, named.start, named.end), resolution: 'stated' };
  const ahead = surnameNamedLater(scan, previous.start);
  if (ahead !== null) return ahead;
  const phrase = openingSubject(scan.masked, previous.start);
  if (phrase === null) return epithetSubjectSpeaker(scan, state, span, previous);
  const resolved = phrase.kind === 'pronoun' ? resolveSpeaker(resolveInput(scan, state.speakers, phrase, span.open)) : familyRoleSpeaker(scan, state, span, phrase);
  if (resolved === null || resolved.name === null) return null;
  return { name: resolved.name, role: resolved.role, entity: null, mention: phraseOf(scan.text, phrase.start, phrase.end), resolution: resolved.resolution };
}

/** A leading participle clause or circumstance before a sentence's subject: "Asked about the collapse, ". */
const LEAD_BEFORE_EPITHET = /^\s*(?:(?:Asked|Pressed|Questioned|Afterwards|Later|Earlier|After\s+the\s+\p{Ll}+)\b[^,\uE000]{0,60},\s*)?/u;

/**
 * "Nikola Jokic had 28 points. Asked about the collapse, the three-time MVP shrugged. “It happens.”":
 * a definite epithet opening the sentence before is the person it stands for, read as a role would be.
 */
function epithetSubjectSpeaker(scan: Scan, state: QuoteState, span: QuotedSpan, previous: { start: number; end: number }): QuoteT['speaker'] {
  const lead = LEAD_BEFORE_EPITHET.exec(scan.masked.slice(previous.start, previous.end))?.[0].length ?? 0;
  const role = subjectAfter(scan.masked, previous.start + lead, previous.end);
  if (role === null || role.kind !== 'role' || !/^the\s/i.test(role.text)) return null;
  const before = previousSentenceStart(scan, role.start);
  const resolved = resolveSpeaker({ ...resolveInput(scan, state.speakers, role, span.open), previousSentenceStart: before, earlierSentenceStart: previousSentenceStart(scan, before) });
  if (resolved.name === null) return null;
  return { name: resolved.name, role: resolved.role, entity: null, mention: phraseOf(scan.text, role.start, role.end), resolution: resolved.resolution };
}

/** A one-word name opening a sentence and the verb after it: "Bridenstine expects", "Okafor has". */
const SURNAME_SUBJECT = /^\s*(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(?:\p{Ll}+(?:s|ed)|is|was|has|had|will|would|can|could|did|does)\b/u;

/**
 * "Bridenstine expects to produce three rockets. “Adding another...”" in a summary paragraph above
 * "NASA administrator Jim Bridenstine": a surname that opens the sentence before the person is
 * introduced in full is that person, since the index of people is read left to right and only
 * knows the surname from the full name on.
 */
function surnameNamedLater(scan: Scan, sentenceStart: number): QuoteT['speaker'] {
  const m = SURNAME_SUBJECT.exec(scan.masked.slice(sentenceStart, sentenceStart + 60));
  if (m === null) return null;
  const word = m[1] as string;
  const person = scan.people.byShortName?.get(word);
  if (person === undefined || person.name === word) return null;
  const start = sentenceStart + m[0].indexOf(word);
  return { name: person.name, role: person.role, entity: null, mention: phraseOf(scan.text, start, start + word.length), resolution: 'surname' };
}

/** The longest first line read as a headline. */
const MAX_HEADLINE_CHARS = 160;

/**
 * "‘I sailed like an idiot and still won’: Carrick takes Fennick Cup" over a story: a quotation in a
 * headline (the text's first line, a paragraph of its own) is the person the headline names outside
 * the quotation, else the person the first paragraph of the story opens with.
 */
function headlineSpeaker(scan: Scan, span: QuotedSpan): QuoteT['speaker'] {
  const lineEnd = scan.text.indexOf('\n');
  if (lineEnd < 0 || lineEnd < span.close || lineEnd > MAX_HEADLINE_CHARS || !/^\n[ \t]*\n/.test(scan.text.slice(lineEnd, lineEnd + 4))) return null;
  const inLine = scan.people.mentions.find((m) => m.end <= lineEnd);
  const body = scan.paragraphs[1];
  const opening = inLine ?? (body === undefined ? undefined : scan.people.mentions.find((m) => m.start >= body.start && m.end <= body.end && m.subject));
  if (opening === undefined) return null;
  const resolution = inLine !== undefined && opening.name !== scan.text.slice(opening.start, opening.end) ? 'surname' : 'stated';
  return { name: opening.name, role: opening.role, entity: null, mention: phraseOf(scan.text, opening.start, opening.end), resolution };
}

/**
 * "His mother", "Her husband": the person of the other gender than the owner (a he/she of the
 * role's gender, so never the owner), or the person introduced with that role ("her daughter,
 * Lucia Tamm").
 */
function familyRoleSpeaker(scan: Scan, state: QuoteState, span: QuotedSpan, phrase: SpeakerPhrase): ResolvedSpeaker | null {
  const input = resolveInput(scan, state.speakers, phrase, span.open);
  const byRole = resolveSpeaker(input);
  if (byRole.name !== null) return byRole;
  const gender = genderFromRole(phrase.text);
  const owner = /^his\s/i.test(phrase.text) ? 'male' : /^her\s/i.test(phrase.text) ? 'female' : null;
  if (gender === null || owner === null || gender === owner) return null;
  const pronoun = gender === 'female' ? 'she' : 'he';
  const resolved = resolveSpeaker({ ...input, phrase: { ...phrase, kind: 'pronoun', text: pronoun, role: null } });
  return resolved.name === null ? null : { ...resolved, role: phrase.text, resolution: 'role' };
}

/** ", which" right after a name: a thing or an organisation, not a person. */
const WHICH_AFTER = /^\s*,\s*which\s/;

/** A past-tense verb right after a one-word name: "Sonicrest denied", "Tarnwell said". */
const VERB_AFTER_NAME = /^\s+(?:\p{Ll}+ed|said|says)\s/u;

/**
 * "Southline Rail, which runs the routes, said... “...,” the company said": a definite
 * organisation noun that no organisation of that head noun names goes to the name opening the
 * sentence before, when that name is no person's.
 */
function organizationOfPreviousSentence(scan: Scan, phrase: SpeakerPhrase, resolved: ResolvedSpeaker, quoteOpen: number): ResolvedSpeaker {
  if (resolved.resolution !== 'unresolved' || phrase.kind !== 'role' || organizationRoleHead(phrase.text) === null) return resolved;
  // The sentence before the quotation's opening: a quotation of several sentences holds the ones before the phrase.
  const previous = scan.sentences[sentenceIndexAt(scan.sentences, Math.min(phrase.start, quoteOpen)) - 1];
  if (previous === undefined || scan.masked.slice(previous.end, phrase.start).split(PARAGRAPH_BREAK).length > 2) return resolved;
  // "The Red Crescent of Marivela said": a name joined by "of" or "for" is an organisation's, whole.
  const joined = joinedOrganizationName(scan.masked, previous.start + (OPENING_THE.exec(scan.masked.slice(previous.start, previous.start + 8))?.[0].length ?? 0));
  // Not one of another kind: "The Harbour Board of Kessing" is no "court".
  const joinedHead = joined === null ? null : organizationHead(joined);
  if (joined !== null && (joinedHead === null || joinedHead === organizationRoleHead(phrase.text))) return { name: joined, role: phrase.text, resolution: 'role', gender: null };
  const opening = subjectAfter(scan.masked, previous.start, previous.end);
  if (opening === null || opening.kind !== 'name' || opening.name === null) return resolved;
  // "Westerly Water, which runs the works": a name that takes "which" is no person's, whatever its shape.
  // One word may be anything capitalised ("However"), unless a verb of its own follows: "Sonicrest denied the claims."
  const oneWord = !opening.name.includes(' ');
  if (oneWord && (scan.people.byName.has(opening.name) || !VERB_AFTER_NAME.test(scan.masked.slice(opening.end, opening.end + 24)))) return resolved;
  if (!oneWord && scan.people.byName.has(opening.name) && !WHICH_AFTER.test(scan.masked.slice(opening.end, opening.end + 10))) return resolved;
  return { name: opening.name, role: phrase.text, resolution: 'role', gender: null };
}

/** True when the last quotation ends in the sentence just before the one `span` opens. */
function previousQuoteInPreviousSentence(scan: Scan, state: QuoteState, span: QuotedSpan): boolean {
  const previous = state.quotes[state.quotes.length - 1];
  if (previous === undefined) return false;
  const index = sentenceIndexAt(scan.sentences, span.open);
  const before = scan.sentences[index - 1];
  return before !== undefined && previous.end >= before.start && previous.end <= before.end;
}

function buildQuote(scan: Scan, state: QuoteState, span: QuotedSpan, attribution: Attribution | null): QuoteT {
  const paragraph = paragraphOf(scan, span.open);
  let speaker: QuoteT['speaker'] = null;
  let subjectRule = false;
  let headline = false;
  if (attribution !== null && attribution.phrase !== null) {
    const previous = previousSentenceStart(scan, span.open);
    const fromContext = fromPreviousSentence(
      scan,
      state,
      span,
      attribution,
      resolveSpeaker({
        ...resolveInput(scan, state.speakers, attribution.phrase, span.open),
        quoted: scan.text.slice(span.contentStart, span.contentEnd),
        sentenceEnd: sentenceEndAt(scan, attribution.phrase.start),
        previousSentenceStart: previous,
        earlierSentenceStart: previousSentenceStart(scan, previous),
      }),
    );
    const resolved = organizationOfPreviousSentence(scan, attribution.phrase, fromContext, span.open);
    speaker = speakerFact(scan, attribution, resolved);
    if (resolved.name === null && speaker !== null && speaker.name !== null) {
      // An anonymous speaker who gave a name ("a woman who gave only her first name, Jolan") is known by it from here on.
      state.speakers.push({ offset: span.open, paragraph, name: speaker.name, role: resolved.role, gender: genderFromRole(resolved.role) });
    } else if (resolved.name !== null) {
      // A speaker of unknown gender quoted with "she said" is a woman from here on.
      const gender = resolved.gender ?? (attribution.phrase.kind === 'pronoun' && /^(?:he|she)$/i.test(attribution.phrase.text) ? genderOfPronoun(attribution.phrase.text.toLowerCase()) : null);
      state.speakers.push({ offset: span.open, paragraph, name: resolved.name, role: resolved.role, gender });
    } else if (resolved.role !== null && (isAnonymousPerson(resolved.role) || isOwnedAnonymousPerson(resolved.role))) {
      state.speakers.push({ offset: span.open, paragraph, name: null, role: resolved.role, gender: resolved.gender ?? genderFromRole(resolved.role) });
    }
  } else if (attribution === null) {
    speaker = headlineSpeaker(scan, span);
    headline = speaker !== null;
    if (!headline) {
      speaker = reactionSubjectSpeaker(scan, state, span);
      if (speaker !== null) subjectRule = true;
      else speaker = inheritedSpeaker(scan, state, span);
      if (speaker === null) {
        speaker = sentenceSubjectSpeaker(scan, state, span);
        if (speaker !== null) subjectRule = true;
      }
    }
  }
  const previousIndex = state.quotes.length - 1;
  const previousAttribution = state.attributions[previousIndex];
  const continues =
    attribution?.side === 'before' && previousAttribution?.side === 'after' && previousAttribution.verb?.start === attribution.verb?.start
      ? previousIndex
      : null;
  const rule =
    continues !== null ? 'split' : attribution === null ? (headline ? 'headline' : subjectRule ? 'sentence-subject' : speaker ? 'previous-quote' : 'unattributed') : RULE_OF_SIDE[attribution.side];
  return {
    layer: BODY_LAYER,
    start: span.contentStart,
    end: span.contentEnd,
    text: scan.text.slice(span.contentStart, span.contentEnd),
    rule: `${QUOTES_ID}/${rule}`,
    speaker,
    verb: attribution?.verb ? { ...phraseOf(scan.text, attribution.verb.start, attribution.verb.end), lemma: attribution.verb.lemma } : null,
    channel: attribution ? findChannel(scan.masked, attribution.windowStart, attribution.windowEnd) : null,
    date: attribution ? findDatePhrase(scan.masked, attribution.windowStart, attribution.windowEnd) : null,
    continues,
    multiParagraph: span.multiParagraph,
  };
}

/** "one dock worker", "a spokeswoman for the department": one person, introduced by role only ("a brief statement" is none). */
/** "Nisan Ahmado's source inside the camp", "Swift's rep": a person known by another's possession and a role noun, never named. */
const OWNED_ROLE_PHRASE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*['’]s?\s+\p{Ll}/u;

function isOwnedAnonymousPerson(role: string): boolean {
  return OWNED_ROLE_PHRASE.test(role) && isRoleWord(roleHead(role)) && !isChannelRole(role);
}

function isAnonymousPerson(role: string): boolean {
  return INDEFINITE_ONE.test(role) && isRoleWord(roleHead(role)) && !isChannelRole(role);
}

/** The attribution with a channel subject ("a brief statement saying") replaced by whoever issued it, when written. */
function withIssuer(scan: Scan, attribution: Attribution | null): Attribution | null {
  const phrase = attribution?.phrase;
  if (attribution === null || phrase === null || phrase === undefined || attribution.verb === null) return attribution;
  // "A memo seen by Eastgate Radio said": who read a document did not say its words.
  const reader = READER_BEFORE.exec(scan.masked.slice(Math.max(0, phrase.start - 24), phrase.start));
  if (reader !== null) {
    // "The consultation document seen by staff says": the document, named before "seen by", speaks.
    const sentenceStart = sentenceStartAt(scan, phrase.start);
    const document = subjectBefore(scan.masked, sentenceStart, phrase.start - reader[0].length);
    return { ...attribution, phrase: document !== null && document.kind === 'role' && isChannelRole(document.text) ? document : null };
  }
  const sentence = scan.sentences[sentenceIndexAt(scan.sentences, attribution.verb.start)];
  const issuer =
    channelIssuer(scan.masked, phrase, sentence?.start ?? Math.max(0, phrase.start - 300), attribution.verb.start) ??
    earlierChannelIssuer(scan.masked, scan.sentences, sentenceIndexAt(scan.sentences, attribution.verb.start), phrase);
  return issuer === null ? attribution : { ...attribution, phrase: issuer };
}

/**
 * True when the attribution names one speaker: a name, he or she, a person's role in the singular
 * ("the senator") or a named organisation, not a group ("residents", "critics", "the team").
 */
function isOnePerson(attribution: Attribution | null): boolean {
  const phrase = attribution?.phrase;
  if (phrase === null || phrase === undefined) return false;
  if (phrase.kind === 'name') return true;
  if (phrase.kind === 'pronoun') return /^(?:he|she)$/i.test(phrase.text);
  const head = roleHead(phrase.text);
  if (/[^s]s$/.test(head)) return false;
  // "The Civic Museum of Brava": a named organisation speaks with one voice.
  return isRoleWord(head) || /\s\p{Lu}/u.test(phrase.text);
}

/** What other annotators found that speaker resolution reads. */
export interface QuotesKnowledge {
  /** Organisation mentions in the text, with canonical names (the entities annotator's). */
  organizations?: readonly KnownOrganization[];
  /** Where the entities annotator found people: a name read there is never taken for an organisation. */
  people?: readonly { start: number; end: number }[];
}

/** The body mentions of the record's person entities. */
function knownPeople(entities: ArticleRecord['entities']): { start: number; end: number }[] {
  return entities.filter((entity) => entity.type === 'person').flatMap((entity) => entity.mentions.filter((m) => m.layer === BODY_LAYER).map((m) => ({ start: m.start, end: m.end })));
}

/** The body mentions of the record's organization entities, named by their entity. */
function knownOrganizations(entities: ArticleRecord['entities']): KnownOrganization[] {
  return entities
    .filter((entity) => entity.type === 'organization')
    .flatMap((entity) => entity.mentions.filter((m) => m.layer === BODY_LAYER).map((m) => ({ start: m.start, end: m.end, name: entity.name })));
}

/**
 * Annotates `text`: the quotations and the quoted terms it holds. `known` adds what the entities
 * annotator found (the pipeline passes it; alone, the annotator finds organisations by its own
 * patterns only).
 */
export function annotateQuotes(text: string, known: QuotesKnowledge = {}): Required<Pick<AnnotatorOutput, 'quotes' | 'terms'>> {
  const spans = findQuotedSpans(text);
  if (spans.length === 0) return { quotes: [], terms: [] };
  const top = spans.filter((s) => s.depth === 0);
  const masked = maskQuotations(text, top);
  const sentences = splitSentences(text);
  const paragraphs = paragraphSpans(text);
  let organizations: OrganizationMention[] | undefined;
  const scan: Scan = {
    text,
    masked,
    sentences,
    paragraphs,
    people: withoutOrganizations(indexPeople(masked, sentences), known.organizations ?? [], known.people ?? []),
    organizations: () =>
      (organizations ??= mergeOrganizations(masked, indexOrganizations(masked), known.organizations ?? [], (offset) => sentences[sentenceIndexAt(sentences, offset)]?.start ?? 0)),
  };
  const state: QuoteState = { quotes: [], attributions: [], speakers: [] };
  const terms: TermT[] = [];
  for (let i = 0; i < top.length; i++) {
    const span = top[i] as QuotedSpan;
    const content = text.slice(span.contentStart, span.contentEnd);
    const sentenceStart = sentenceStartAt(scan, span.open);
    const own = withIssuer(
      scan,
      findAttribution(scan, span, content, top[i + 1]?.open ?? null) ??
        dashCredit(scan.masked, span.close, content) ??
        stanceAsAttribution(scan.masked, sentenceStart, span.open) ??
        speechNounAttribution({ masked: scan.masked, people: scan.people.mentions, organizations: scan.organizations }, sentenceStart, span.open) ??
        sentenceFinalAttribution(scan, span) ??
        nextSentenceAttribution(scan, span, content),
    );
    const continuesQuote = own === null && previousQuoteInPreviousSentence(scan, state, span);
    const attribution = own ?? (continuesQuote ? null : withIssuer(scan, previousSentenceAttribution(scan, span, false)));
    // “It wasn’t.” right after a quotation of the same speaker is a quotation, however short.
    const attributed = own !== null || (continuesQuote && CONTINUATION_SHAPE.test(content));
    const decision = decideTerm({ text: masked, open: span.open, close: span.close, content, attributed, verbAdjacent: own?.adjacent ?? attributed, verbLemma: own?.verb?.lemma ?? null, speakerIsPerson: isOnePerson(own) });
    if (decision !== null) {
      terms.push(termFact(text, span, decision, false));
      continue;
    }
    state.quotes.push(buildQuote(scan, state, span, attribution));
    state.attributions.push(attribution);
  }
  for (const span of spans) {
    if (span.depth === 0) continue;
    const content = text.slice(span.contentStart, span.contentEnd);
    const decision = decideTerm({ text, open: span.open, close: span.close, content, attributed: false, verbAdjacent: false, verbLemma: null });
    if (decision !== null) terms.push(termFact(text, span, decision, true));
  }
  terms.sort((a, b) => a.start - b.start);
  const quotes = speakersFromContext(
    speakersOfRepeatedQuotes(state.quotes, `${QUOTES_ID}/repeated`),
    { masked, sentences, paragraphs, mentions: scan.people.mentions, people: known.people },
    `${QUOTES_ID}/context`,
  );
  return { quotes: nameRolesLater(quotes, masked, scan.people, known.people), terms };
}

export const quotesAnnotator: Annotator = Object.freeze({
  id: QUOTES_ID,
  fields: ['quotes', 'terms'] as const,
  /** speaker.entity is the id of the speaker's person entity (quotes/speaker-entity.ts). */
  requires: ['entities'] as const,
  run(record: Readonly<ArticleRecord>, _context: AnnotateContext): AnnotatorOutput {
    const { quotes, terms } = annotateQuotes(record.text, { organizations: knownOrganizations(record.entities), people: knownPeople(record.entities) });
    return { quotes: joinSpeakerEntities(quotes, record.entities, record.text), terms };
  },
});
