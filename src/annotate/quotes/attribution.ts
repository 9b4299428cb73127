/**
 * Finds a quotation's attribution: the reporting verb and the phrase that names the speaker.
 *
 * Two places are read, both in masked text (quotations blanked out) and both inside sentences:
 * - after the closing mark, up to the end of its sentence or the next quotation: the first
 *   reporting verb no further than MAX_AFTER_GAP characters away ("...,” she said" /
 *   "...,” said Smith" / "...,” Smith, the minister, told reporters");
 * - before the opening mark, from the start of its sentence: the last reporting verb ("Smith said:
 *   “...”", "Medvedev, who said Russia doesn’t “...”", and a second quotation of the same sentence
 *   after "and that").
 * The side after wins when the quotation starts its sentence, ends with a comma, question or
 * exclamation mark inside the marks (the usual "“...,” he said" shape), or when nothing is found
 * before. The attribution window (read for channel and date) is the attribution clause only.
 */
import type { SentenceSpan } from '../../nlp/sentences.js';
import { sentenceIndexAt } from '../../nlp/sentences.js';
import type { QuotedSpan } from './marks.js';
import { organizationHead } from './organizations.js';
import { type PeopleIndex, isNotNameStart, isPersonRoleNoun, isRoleWord } from './people.js';
import { type SpeakerPhrase, subjectAfter, subjectBefore } from './speaker-phrase.js';
import { type VerbHit, findSpeechVerbs, speakerFollows, speechLemma } from './speech-verbs.js';

export type AttributionSide = 'before' | 'after' | 'colon' | 'previous-sentence' | 'next-sentence' | 'sentence-end' | 'dash';

export interface Attribution {
  /** The reporting verb; null for a colon attribution ("His colleague was blunter: “...”") or a dash credit ("“...” - Ana Ruiz"). */
  verb: VerbHit | null;
  phrase: SpeakerPhrase | null;
  side: AttributionSide;
  /** The attribution clause, read for the channel and the date. */
  windowStart: number;
  windowEnd: number;
  /** True when only punctuation (or "that") separates the quotation from its attribution. */
  adjacent: boolean;
}

export interface AttributionContext {
  masked: string;
  sentences: readonly SentenceSpan[];
  people: PeopleIndex;
}

/** The farthest a reporting verb may sit after the closing mark (room for "Smith, the minister for..."). */
export const MAX_AFTER_GAP = 120;
/**
 * A longer gap is read when a name opens it and a comma closes it: "“...,” Dylan Nelson, a
 * postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and
 * co-author of the study, said" (the appositive role may hold commas of its own).
 */
const MAX_APPOSITIVE_GAP = 260;
/**
 * The gap of such an attribution: the closing mark's comma or nothing, a few role words ("study lead
 * author"), a capitalised name, a comma, the appositive (abbreviations' periods allowed: the sentence
 * bounds the window), then a comma or, when the writer left the appositive unclosed, its last word
 * ("... Environment and Water think tank told").
 */
const NAME_THEN_APPOSITIVE = /^[\s,]*(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3},\s[^;:!?\uE000]*[,\p{Ll}]\s*$/u;
/**
 * How far the attribution windows reach, in characters: a long sentence is read no further, which
 * keeps the cost per quotation bounded whatever the input (a sentence of 60,000 characters with
 * thousands of quote marks must not cost quadratic time).
 */
const MAX_BEFORE_WINDOW = 600;
const MAX_AFTER_WINDOW = 300;
/** Ends a quotation that hands over to its attribution: "We will," / "Why?" / "Never!" */
const HANDOVER_END = /[,!?–—-]\s*$/;
const ONLY_PUNCTUATION = /^[\s,.!?:;–—-]*$/;
/** Between a reporting verb and the opening mark it hands over to: "said, “" / "said: “". */
const VERB_HANDS_OVER = /^\s*(?:\p{Ll}+ly\s*)?[,:]\s*$/u;
/**
 * At most this many words (titles: "lead researcher and NASA planetary scientist") between the
 * closing mark and the subject's name, the first of them not a clause word.
 */
const MAX_GAP_WORDS = 8;
/** Words that start another clause: a verb after them is not this quotation's attribution. */
const CLAUSE_WORD = /(?<![\p{L}])(?:while|and|but|as|whereas|although|though|because|when|after|before|which|that|who|where|if|so|since|until|unless|whom)(?![\p{L}])/iu;
/**
 * A preposition opening the gap: the quoted words are an object in another clause ("who staged
 * “Winter Lamps” at the same theatre, said"), not the words the verb reports.
 */
const GAP_PREPOSITION = /^(?:at|in|into|on|of|for|from|with|about|by|to|outside|inside)$/i;
const ONLY_INTRODUCER = /^[\s,:–—-]*(?:that\s*)?$/;
/** A finite verb opening the gap: the quoted words are the subject of another clause. */
const FINITE_VERB = /^(?:has|have|had|is|was|were|are|will|would|can|could|may|might|should|must|does|did)$/i;
/** A leading phrase before the subject that belongs to the attribution: "In a statement on Monday, ". */
const LEADING_CIRCUMSTANCE = /^(?:In|On|At|During|Speaking|Writing|Posting|Asked|Via|Later|Earlier)\b[^,]*,\s*$/;
const PARTICIPLE = /ing$/;
/** A leading phrase opening a sentence, up to its comma: "Asked why so many were unvaccinated, ". */
const LEADING_PHRASE_AT_START = /^\s*(?:In|On|At|During|Speaking|Writing|Asked|Pressed|Questioned|Later|Earlier|After|Before|Following|Since|Despite|Amid|Ahead|Upon|Within|Throughout|Over|Under)\b[^,:\uE000]*,\s*/;
/** A lead-in that hands over to the quotation with a colon. */
const COLON_END = /:\s*$/;
/** A he/she subject of a colon lead-in, after at most two leading phrases closed by commas ("Asked about Demir, she"). */
const PRONOUN_SUBJECT = /^\s*(?:[^,\uE000]{1,80},\s*){0,2}(he|she|He|She)(?![\p{L}])/u;
/** A his/her possessive opening a colon lead-in ("His demand was simple"). */
const POSSESSIVE_SUBJECT = /^\s*(His|Her)(?![\p{L}])/u;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

function sentenceBounds(sentences: readonly SentenceSpan[], offset: number, fallbackStart: number, fallbackEnd: number): SentenceSpan {
  const index = sentenceIndexAt(sentences, offset);
  return index >= 0 ? (sentences[index] as SentenceSpan) : { start: fallbackStart, end: fallbackEnd };
}

/**
 * The sentence read after the closing mark. "“...Kentucky!” Trump tweeted" is split by the sentence
 * splitter after the mark (a capital follows "!”"), so when the closing mark ends its sentence the
 * next sentence is read instead: the attribution, if any, must still sit right next to the mark.
 */
function afterSentence(masked: string, sentences: readonly SentenceSpan[], span: QuotedSpan, content: string, closeSentence: SentenceSpan): SentenceSpan {
  // Only "!” Name said" and "?” Name asked": after ".”" a capital starts a new sentence indeed.
  if (closeSentence.end > span.close + 1 || !/[!?]\s*$/.test(content)) return closeSentence;
  const next = sentences[sentenceIndexAt(sentences, span.close) + 1];
  // Never across a paragraph: "“...?”\n\nZipwell, the operator, said" attributes something else.
  return next !== undefined && !masked.slice(span.close, next.start).includes('\n') ? { start: closeSentence.start, end: next.end } : closeSentence;
}

/** The attribution of `span`, or null. `nextOpen` is the opening mark of the next top-level quotation. */
export function findAttribution(ctx: AttributionContext, span: QuotedSpan, content: string, nextOpen: number | null): Attribution | null {
  const { masked } = ctx;
  const openSentence = sentenceBounds(ctx.sentences, span.open, span.open, span.close);
  const closeSentence = afterSentence(masked, ctx.sentences, span, content, sentenceBounds(ctx.sentences, span.close, span.open, span.close + 1));
  const afterFrom = span.close + 1;
  const afterTo = Math.min(closeSentence.end, nextOpen ?? Number.MAX_SAFE_INTEGER, afterFrom + Math.max(MAX_AFTER_WINDOW, MAX_APPOSITIVE_GAP + 40));
  const afterVerbs = findSpeechVerbs(masked, afterFrom, afterTo).filter(
    (v) => v.start - afterFrom <= MAX_AFTER_GAP || (v.start - afterFrom <= MAX_APPOSITIVE_GAP && NAME_THEN_APPOSITIVE.test(masked.slice(afterFrom, v.start))),
  );
  const beforeStart = Math.max(openSentence.start, span.open - MAX_BEFORE_WINDOW);
  const beforeVerbs = findSpeechVerbs(masked, beforeStart, span.open);
  const before = lastStrongVerb(beforeVerbs, masked, span.open);
  const startsSentence = masked.slice(beforeStart, span.open).trim() === '';
  // "he ... said, “somebody ought to ...,” the prosecutor’s office said": a verb handing over to the
  // quotation with a comma or colon speaks it; the clause after reports the whole sentence.
  const handedOver = before !== null && VERB_HANDS_OVER.test(masked.slice(before.end, span.open)) ? attributionBefore(masked, before, beforeStart, span.open) : null;
  if (handedOver !== null && handedOver.phrase !== null && !startsSentence) return handedOver;
  if (afterVerbs.length > 0 && (before === null || startsSentence || HANDOVER_END.test(content))) {
    // The first verb that attributes: "..., while Torres said" is a verb of another clause, a verb
    // with no speaker next to it ("“I’d Do Anything” — had agreed") is none either, and in
    // "“...” announced in October, said Derek Scissors" the second verb is the attribution.
    for (const verb of afterVerbs) {
      const attribution = attributionAfter(masked, verb, afterFrom, afterTo, HANDOVER_END.test(content));
      if (attribution.adjacent && attribution.phrase !== null) return attribution;
    }
  }
  if (before !== null) {
    // "Asked why, the 51-year-old was blunt: “...”": a verb with no speaker of its own gives way to the colon's subject.
    const attribution = handedOver ?? attributionBefore(masked, before, beforeStart, span.open);
    return attribution.phrase === null ? (colonAttribution(ctx, beforeStart, span.open) ?? attribution) : attribution;
  }
  return colonAttribution(ctx, beforeStart, span.open) ?? openingParticipleAttribution(masked, openSentence, closeSentence, span, content);
}

/** A participle opening the sentence, after a dateline at most ("WASHINGTON (Aug. 13) -- "), and what runs up to the quotation. */
const OPENING_PARTICIPLE = /^\s*(?:[^\n,]{0,40}?\s(?:--|—|–)\s+)?(\p{Lu}\p{Ll}+ing)\s[^,;:\n]*$/u;

/**
 * "Declaring “the maritime soul of the Marine Corps” is at stake, Defense Secretary Robert Gates has
 * ordered a review", "Calling the plan “a betrayal,” the mayor walked out": a reporting participle
 * opening the sentence, with the quotation in its clause, takes the subject of the main clause
 * after the comma that ends the participle's clause.
 */
function openingParticipleAttribution(masked: string, openSentence: SentenceSpan, closeSentence: SentenceSpan, span: QuotedSpan, content: string): Attribution | null {
  const m = OPENING_PARTICIPLE.exec(masked.slice(openSentence.start, span.open));
  if (m === null) return null;
  const word = m[1] as string;
  const lemma = speechLemma(word.toLowerCase());
  if (lemma === undefined) return null;
  // The clause ends at a comma after the quotation, or at one inside its closing mark ("“a betrayal,” the mayor").
  const comma = /,\s*$/.test(content) ? span.close : masked.indexOf(',', span.close);
  if (comma < 0 || comma >= closeSentence.end) return null;
  const phrase = subjectAfter(masked, comma + 1, closeSentence.end);
  if (phrase === null) return null;
  const start = openSentence.start + m[0].indexOf(word);
  const verb = { start, end: start + word.length, text: word, lemma };
  return { verb, phrase, side: 'before', windowStart: openSentence.start, windowEnd: phrase.end, adjacent: false };
}

/** "the 51-year-old", "the minister": a definite role that names one person. */
function isDefinitePersonRole(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words[0]?.toLowerCase() !== 'the') return false;
  const head = (words[words.length - 1] as string).toLowerCase();
  return /^\d{1,3}-year-old$/.test(head) || isPersonRoleNoun(head);
}

/**
 * "His colleague, Dr. Sara Voss, was blunter: “...”": no reporting verb, but a sentence that hands
 * over to the quotation with a colon. The speaker is the first person named in that sentence, else
 * a pronoun opening it.
 */
function colonAttribution(ctx: AttributionContext, sentenceStart: number, open: number): Attribution | null {
  const lead = ctx.masked.slice(sentenceStart, open);
  if (!COLON_END.test(lead)) return null;
  const colon = sentenceStart + lead.lastIndexOf(':');
  const inSentence = ctx.people.mentions.filter((m) => m.start >= sentenceStart && m.end <= colon);
  const head = lead.slice(0, colon - sentenceStart);
  // "Asked about the referee, Tomas Berger, she did not hold back:": a he/she subject beats a person
  // named in a leading phrase; "His demand was simple:" stands for its owner when no one else is the subject.
  const subject = inSentence.find((m) => m.subject);
  const pronoun = PRONOUN_SUBJECT.exec(head) ?? (subject === undefined ? POSSESSIVE_SUBJECT.exec(head) : null);
  const mention = subject ?? (pronoun === null ? inSentence[0] : undefined);
  let phrase: SpeakerPhrase | null = null;
  if (pronoun !== null) {
    const at = sentenceStart + pronoun.index + pronoun[0].length - (pronoun[1] as string).length;
    phrase = { start: at, end: at + (pronoun[1] as string).length, text: pronoun[1] as string, kind: 'pronoun', name: null, role: null };
  } else if (mention !== undefined) {
    phrase = { start: mention.start, end: mention.end, text: ctx.masked.slice(mention.start, mention.end), kind: 'name', name: mention.name, role: mention.role };
  } else {
    const leading = LEADING_PHRASE_AT_START.exec(lead);
    const opening = subjectAfter(ctx.masked, sentenceStart + (leading?.[0].length ?? 0), colon);
    // "Asked why, the 51-year-old was blunt:", "The minister was blunter:": a definite person role too.
    if (opening !== null && (opening.kind === 'pronoun' || (opening.kind === 'role' && isDefinitePersonRole(opening.text)))) phrase = opening;
  }
  if (phrase === null) return null;
  return { verb: null, phrase, side: 'colon', windowStart: phrase.start, windowEnd: open, adjacent: true };
}

/**
 * For a quotation that opens its sentence with no attribution of its own (or, with
 * `anywhereInSentence`, any quotation): the reporting verb and subject of the sentence just before it, when that sentence is in the same or the previous
 * paragraph ("Susan Hale confirmed that 300 jobs would go.\n\n“This is the hardest...”").
 */
export function previousSentenceAttribution(ctx: AttributionContext, span: QuotedSpan, anywhereInSentence: boolean): Attribution | null {
  const index = sentenceIndexAt(ctx.sentences, span.open);
  const sentence = ctx.sentences[index];
  const previous = ctx.sentences[index - 1];
  if (sentence === undefined || previous === undefined) return null;
  if (!anywhereInSentence && ctx.masked.slice(sentence.start, span.open).trim() !== '') return null;
  if (ctx.masked.slice(previous.end, sentence.start).split(PARAGRAPH_BREAK).length > 2) return null;
  const verbs = findSpeechVerbs(ctx.masked, Math.max(previous.start, previous.end - MAX_BEFORE_WINDOW), previous.end);
  const verb = verbs[verbs.length - 1];
  if (verb === undefined || speakerFollows(verb)) return null;
  const phrase = subjectBefore(ctx.masked, previous.start, verb.start) ?? (verb.lemma === 'tell' ? null : subjectAfter(ctx.masked, verb.end, previous.end));
  if (phrase === null) return null;
  return { verb, phrase, side: 'previous-sentence', windowStart: Math.min(phrase.start, verb.start), windowEnd: previous.end, adjacent: false };
}

function attributionAfter(masked: string, verb: VerbHit, from: number, to: number, handover: boolean): Attribution {
  const between = masked.slice(from, verb.start);
  let phrase: SpeakerPhrase | null = null;
  if (!speakerFollows(verb) && !ONLY_PUNCTUATION.test(between)) phrase = subjectBefore(masked, from, verb.start);
  if (phrase === null ? !ONLY_PUNCTUATION.test(between) : !isShortGap(masked.slice(from, phrase.start), handover)) {
    // "“...,” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water told":
    // an appositive left unclosed; the subject is the name right after the closing mark.
    const opening = subjectAfter(masked, from, verb.start);
    // Role words may come first: "“...,” study lead author Lucas Paganini, a planetary scientist at ..., said".
    const lead = opening === null ? '' : masked.slice(from, opening.start);
    if (opening !== null && opening.kind !== 'role' && (ONLY_PUNCTUATION.test(lead) || lead.replace(/^[\s,]+/, '').trim() === opening.role)) phrase = opening;
  }
  if (verb.lemma !== 'tell') phrase ??= subjectAfter(masked, verb.end, to);
  const gapEnd = phrase !== null && phrase.start < verb.start ? phrase.start : verb.start;
  return {
    verb,
    phrase,
    side: 'after',
    windowStart: from,
    windowEnd: to,
    adjacent: isShortGap(masked.slice(from, gapEnd), handover),
  };
}

/**
 * The subject of ", adding “...”" / ", saying “...”": the subject of the reporting verb before it
 * in the sentence ("McDowell said, adding"), else a name or pronoun opening the sentence.
 */
function participleSubject(masked: string, sentenceStart: number, participleStart: number): SpeakerPhrase | null {
  const earlier = findSpeechVerbs(masked, sentenceStart, participleStart);
  const main = earlier[earlier.length - 1];
  if (main !== undefined) {
    const subject = subjectBefore(masked, sentenceStart, main.start) ?? subjectAfter(masked, main.end, participleStart);
    if (subject !== null) return subject;
  }
  // "a grand finale he'd predictably preface by saying, “One more thing.”": "by" and a participle
  // belong to the he/she that last opened a clause before them.
  if (BY_BEFORE.test(masked.slice(Math.max(sentenceStart, participleStart - 4), participleStart))) {
    let last: RegExpExecArray | null = null;
    CLAUSE_PRONOUN.lastIndex = 0;
    const lead = masked.slice(sentenceStart, participleStart);
    for (let m = CLAUSE_PRONOUN.exec(lead); m !== null; m = CLAUSE_PRONOUN.exec(lead)) last = m;
    if (last !== null) {
      const start = sentenceStart + last.index + (last[0].length - last[0].trimStart().length);
      const word = (last[1] as string);
      return { start, end: start + word.length, text: word, kind: 'pronoun', name: null, role: null };
    }
  }
  // "Page would grow more animated, and Schmidt would shut him down, saying": a clause joined by
  // "and"/"but" right before the participle has a subject of its own.
  const joined = JOINED_CLAUSE.exec(masked.slice(sentenceStart, participleStart));
  if (joined !== null) {
    const subject = subjectAfter(masked, sentenceStart + joined.index + joined[0].length, participleStart);
    if (subject !== null && subject.kind !== 'role') return subject;
  }
  // "In a sentencing memo, federal prosecutors had asked ..., writing that": past a leading phrase.
  const leading = LEADING_PHRASE_AT_START.exec(masked.slice(sentenceStart, participleStart));
  const opening = subjectAfter(masked, sentenceStart + (leading?.[0].length ?? 0), participleStart);
  if (opening === null) return null;
  if (opening.kind !== 'role') return opening;
  // "The group, WeWorkers Coalition, formed ... and sent a letter ... stating": the name in apposition.
  const apposed = NAME_IN_APPOSITION.exec(masked.slice(opening.end, opening.end + 80));
  if (apposed !== null) {
    const start = opening.end + apposed.index + (apposed[0].indexOf(apposed[1] as string));
    const name = apposed[1] as string;
    return { start, end: start + name.length, text: name, kind: 'name', name, role: opening.text };
  }
  // "The Prime Minister’s office declined to comment, saying only that...": a role that names an
  // organisation or a person speaks; "The report, saying..." does not.
  const head = (opening.text.toLowerCase().split(/\s+/).pop() ?? '').replace(/[^\p{L}-]/gu, '');
  return isPersonRoleNoun(head) || organizationHead(head) !== null ? opening : null;
}

/** ", Name Name," right after a role: the name in apposition (capitalised words, "of" and "and" inside). */
const NAME_IN_APPOSITION = /^,\s*(\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}\p{M}'’&.-]*))*),/u;
/** A time phrase read where a subject would stand: "this month", "last week", "earlier this year". */
const TIME_PHRASE = /(?:^|\s)(?:this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+(?:week|month|year|morning|afternoon|evening|night|weekend|day|spring|summer|autumn|fall|winter|quarter|season)$/i;
/** "by" right before a participle. */
const BY_BEFORE = /(?:^|\s)by\s+$/;
/** A he/she opening a clause: followed by a contracted or a full verb ("he'd preface", "she would"). */
const CLAUSE_PRONOUN = /(?:^|[\s,])(he|she|He|She)(?=['’]d\s|\s+(?:would|will|had|has|was|is|\p{Ll}+ed)\s)/gu;
/** The last ", and " / ", but " of a lead, with no comma after it but the one closing the lead. */
const JOINED_CLAUSE = /,\s+(?:and|but)\s+(?=[^,]*,\s*$)/;

/** A share of respondents as the subject: "Fifty-one percent say", "70 percent of Americans said". */
const SHARE_SUBJECT = /^\s*(?:[\p{L}-]+|\d+(?:\.\d+)?)\s*(?:percent|per cent|%)(?:\s+of\s+[\p{L}\s]{1,40}?)?\s+$/iu;
/** A named poll or survey: "A new ABC News poll", "the Reuters/Ipsos survey". */
const NAMED_POLL = /(\p{Lu}[\p{L}\p{N}.&/-]*(?:\s+\p{Lu}[\p{L}\p{N}.&/-]*){0,3})\s+(poll|survey)\b/gu;
/** How far back a poll is looked for, in characters. */
const POLL_WINDOW = 400;

/**
 * "A new ABC News poll shows... Fifty-one percent say that “...”": a share of respondents speaks
 * for the poll that asked them, named in this sentence or shortly before.
 */
function pollBehindShare(masked: string, sentenceStart: number, verbStart: number): SpeakerPhrase | null {
  if (!SHARE_SUBJECT.test(masked.slice(sentenceStart, verbStart))) return null;
  let last: RegExpExecArray | null = null;
  const from = Math.max(0, sentenceStart - POLL_WINDOW);
  NAMED_POLL.lastIndex = 0;
  const window = masked.slice(from, verbStart);
  for (let m = NAMED_POLL.exec(window); m !== null; m = NAMED_POLL.exec(window)) last = m;
  if (last === null || /^(?:A|An|The)$/.test(last[1] as string)) return null;
  const name = `${(last[1] as string).replace(/^(?:A|An|The)\s+/, '')} ${last[2] as string}`;
  const start = from + last.index + (last[0].length - name.length);
  return { start, end: start + name.length, text: name, kind: 'name', name, role: null };
}

/** "and" or "but" right before a reporting verb ("declined to comment but said:"). */
const COORDINATOR_BEFORE = /[\s,](?:and|but)(?:\s+(?:then|also))?\s+$/;
/** A clause's opening "and" or "but". */
const LEADING_COORDINATOR = /^\s*(?:and|but)\s+/;

/**
 * "Reached by phone, he declined to comment but said: “...”", "and he stood up and said, “...”": a
 * verb joined by "and"/"but" to an earlier verb shares its subject, the one opening that clause
 * (after the last comma, or the sentence's start).
 */
function coordinatedSubject(masked: string, sentenceStart: number, verbStart: number): SpeakerPhrase | null {
  const lead = masked.slice(Math.max(sentenceStart, verbStart - MAX_BEFORE_WINDOW), verbStart);
  const coordinator = COORDINATOR_BEFORE.exec(lead);
  if (coordinator === null) return null;
  const leadStart = verbStart - lead.length;
  // "She gave no date, but said": the comma before the coordinator closes the subject's own clause.
  const clause = lead.slice(0, coordinator.index + 1).replace(/[\s,]+$/, '');
  let comma = lastClauseComma(clause, clause.length);
  // "he asked about the Brotherhood, called Omar a “terrorist” and said": a series of verb phrases
  // shares the subject before its first member.
  for (let steps = 0; steps < 3 && comma > 0 && SERIES_MEMBER.test(clause.slice(comma + 1)); steps++) comma = lastClauseComma(clause, comma);
  let clauseStart = leadStart + comma + 1;
  clauseStart += LEADING_COORDINATOR.exec(masked.slice(clauseStart, leadStart + coordinator.index + 1))?.[0].length ?? 0;
  // "On the Friday he tasted my soup and said": a leading time or place phrase before the subject.
  const circumstance = LEADING_PHRASE_THEN_PRONOUN.exec(masked.slice(clauseStart, leadStart + coordinator.index + 1));
  if (circumstance !== null) {
    const at = clauseStart + circumstance.index + circumstance[0].length - (circumstance[1] as string).length;
    return { start: at, end: at + (circumstance[1] as string).length, text: circumstance[1] as string, kind: 'pronoun', name: null, role: null };
  }
  // "the minister, Jeon Eun-ah, who visited Geumhwa and urged": the relative clause's antecedent.
  const relative = RELATIVE_OPENING.exec(masked.slice(clauseStart, leadStart + coordinator.index + 1));
  if (relative !== null) return subjectBefore(masked, sentenceStart, clauseStart + relative[0].length);
  // "Brandstätter, the Austrian who won in 2023, double-faulted eight times and called": a clause that
  // opens with its verb follows an apposition; the subject is the name before it.
  if (VERB_OPENING.test(masked.slice(clauseStart, leadStart + coordinator.index + 1)) && /,\s*$/.test(masked.slice(Math.max(sentenceStart, clauseStart - 3), clauseStart))) {
    const before = subjectBefore(masked, sentenceStart, clauseStart);
    return before !== null && before.kind === 'name' ? before : null;
  }
  const subject = subjectAfter(masked, clauseStart, leadStart + coordinator.index + 1);
  return subject !== null && subject.start - clauseStart < 3 && !(subject.kind === 'name' && isNotNameStart(subject.text.split(' ')[0] ?? '')) ? subject : null;
}

/** The last comma before `before` that is no thousands separator ("£84,000" holds none), or -1. */
function lastClauseComma(text: string, before: number): number {
  let at = text.lastIndexOf(',', before - 1);
  while (at > 0 && /\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1))) at = text.lastIndexOf(',', at - 1);
  return at;
}

/** A clause opening with a past-tense verb ("double-faulted eight times and"). */
const VERB_OPENING = /^\s*(?:\p{Ll}[\p{Ll}-]*ed|said|told|made|took|gave|went|sent|wrote|spoke|threw|put|left|came|became|won|lost|led|met|paid|held|kept|ran|saw)\s/u;
/** A clause opening with a relative "who" (up to and including it). */
const RELATIVE_OPENING = /^\s*who\b/;

/** A member of a series of past-tense verb phrases: "called Omar a ..." (not a subject of its own). */
const SERIES_MEMBER = /^\s*(?:\p{Ll}+ed|said|told|made|took|gave|went|sent|wrote|spoke|threw|put|left|came|became)\s/u;

/** "On the Friday he", "Later that night she": a short leading phrase, then a he/she/they subject. */
const LEADING_PHRASE_THEN_PRONOUN = /^\s*(?:On|In|At|During|Later|Earlier)\s[^,\uE000]{0,30}?\s(he|she|they)\s/u;

/** "chairman, CEO and president": role words listed with commas and "and" (a comma then joins titles, it closes no clause). */
function isTitleList(words: readonly string[]): boolean {
  return words.length >= 2 && words.every((w) => w === 'and' || isRoleWord(w) || /^C[A-Z]O$/.test(w));
}

/**
 * Only punctuation, or a few words of no other clause ("regional governor Tomas Brandt"). Without a
 * handover mark inside the quotation, a gap that opens with a preposition is another clause's.
 */
function isShortGap(gap: string, handover: boolean): boolean {
  if (ONLY_PUNCTUATION.test(gap)) return true;
  const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = words[0] ?? '';
  // A comma inside the gap closes a clause of its own; one ending it closes an appositive role
  // ("“...,” the bank’s chief economist, Priya Nair, wrote").
  const inner = gap.replace(/^[\s,]+/, '').replace(/[\s,]+$/, '');
  return words.length <= MAX_GAP_WORDS && !CLAUSE_WORD.test(first) && !FINITE_VERB.test(first) && (handover || !GAP_PREPOSITION.test(first)) && !/[.;:!?]/.test(gap) && (!inner.includes(',') || isTitleList(words));
}

/**
 * The last verb of `verbs`, unless it is one that reports only a document's finding ("a study
 * concluded") and a verb before it reports the sentence: "Pompeo said that Washington had concluded
 * the settlements were “...”" is Pompeo's.
 */
function lastStrongVerb(verbs: readonly VerbHit[], masked: string, open: number): VerbHit | null {
  const last = verbs[verbs.length - 1];
  if (last === undefined) return null;
  // ...but not to an "As we have noted," aside, which reports nothing of the sentence.
  const before = verbs[verbs.length - 2];
  if (FINDING_VERBS.has(last.lemma) && before !== undefined && !AS_ASIDE_BEFORE.test(masked.slice(Math.max(0, before.start - 24), before.start))) return before;
  // "People find my website ... I can “dial up”": "find" reports only what it found, right before the quotation ("found that “…”", "had found “…”").
  if (last.lemma === 'find' && !FOUND_RIGHT_BEFORE.test(masked.slice(last.end, open))) return null;
  return last;
}
/** "As we have", "as I", "As the report": an aside's "as" and its subject right before a verb. */
const AS_ASIDE_BEFORE = /(?:^|[^\p{L}])[Aa]s\s+(?:[\p{L}'’]+\s+){1,3}$/u;
/** Verbs that report a finding: they give way to a reporting verb before them in the sentence. */
const FINDING_VERBS: ReadonlySet<string> = new Set(['conclude', 'find']);
/** Between "found" and the opening mark: at most "that" or a few words ("found that ", "found the plan "). */
const FOUND_RIGHT_BEFORE = /^\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;

/** "that" opening a reported clause, or a finite verb right after a noun phrase: "said (that) the company would fly". */
const REPORTED_CLAUSE_AFTER = /^\s+(?:has|have|had|is|was|were|are|will|would|can|could|may|might|should|must|does|did|\p{Ll}+ed)\s/u;

/**
 * "said Gwynne Shotwell, “...”": the noun phrase after a verb that comes before the quotation speaks
 * it, unless it is the subject of a reported clause: in "said SpaceX would fly Starship “a lot”" a
 * verb follows it, and in "said that the company ..." a complementiser opens it.
 */
function invertedSubject(masked: string, from: number, open: number): SpeakerPhrase | null {
  const phrase = subjectAfter(masked, from, open);
  if (phrase === null) return null;
  if (/^that\s/i.test(phrase.text) || REPORTED_CLAUSE_AFTER.test(masked.slice(phrase.end, Math.min(open, phrase.end + 16)))) return null;
  return phrase;
}

function attributionBefore(masked: string, verb: VerbHit, sentenceStart: number, open: number): Attribution {
  let phrase: SpeakerPhrase | null = null;
  if (speakerFollows(verb)) phrase = subjectAfter(masked, verb.end, open);
  else {
    // "..., calling the race “...”": a participle after a comma takes the subject of the clause before,
    // not the noun phrase the comma closes ("a record 210,000 spectators had lined the route,").
    if (PARTICIPLE.test(verb.text) && /,\s*$/.test(masked.slice(Math.max(sentenceStart, verb.start - 4), verb.start))) phrase = participleSubject(masked, sentenceStart, verb.start);
    phrase ??= subjectBefore(masked, sentenceStart, verb.start);
    // "sent a letter to management earlier this month stating that": a time is nobody.
    if (phrase !== null && phrase.kind === 'role' && TIME_PHRASE.test(phrase.text)) phrase = null;
    if (phrase === null && PARTICIPLE.test(verb.text)) phrase = participleSubject(masked, sentenceStart, verb.start);
    phrase ??= coordinatedSubject(masked, sentenceStart, verb.start);
    // "told X", "accused X of": the noun phrase after the verb is its object.
    if (verb.lemma !== 'tell' && verb.lemma !== 'accuse') phrase ??= invertedSubject(masked, verb.end, open);
  }
  phrase = pollBehindShare(masked, sentenceStart, verb.start) ?? phrase;
  const clauseStart = Math.min(phrase?.start ?? verb.start, verb.start);
  const lead = masked.slice(sentenceStart, clauseStart);
  const windowStart = LEADING_CIRCUMSTANCE.test(lead) ? sentenceStart : clauseStart;
  const introducer = phrase !== null && phrase.start > verb.start ? masked.slice(phrase.end, open) : masked.slice(verb.end, open);
  return { verb, phrase, side: 'before', windowStart, windowEnd: open, adjacent: ONLY_INTRODUCER.test(introducer) };
}
