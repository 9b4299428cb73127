/**
 * A channel named as the subject of a reporting verb ("a brief statement saying", "A follow-up email,
 * sent the next spring by operations manager Gareth Quillfeather, warned:") is not the speaker: the
 * speaker is whoever issued it, read from
 * - "by X" or "from X" between the channel noun and the verb ("An email from the mayor's office said"),
 *   also when the speaker phrase holds it ("a report from Kotak Institutional Equities");
 * - the subject of the verb the channel is the object of ("The Westmarch Conservatives have issued a
 *   brief statement saying").
 * With no issuer the channel phrase stays, as the role text, and is never remembered as a person.
 * Channel nouns live in data/lexicons/channel-nouns.txt.
 */
import type { SentenceSpan } from '../../nlp/sentences.js';
import { readLexicon } from '../../nlp/lexicons.js';
import { type SpeakerPhrase, subjectAfter, subjectBefore } from './speaker-phrase.js';
import { findSpeechVerbs } from './speech-verbs.js';

const CHANNEL_NOUNS = new Set(readLexicon('channel-nouns.txt'));
/** Verbs that put a channel out: its subject is the issuer. */
const ISSUE_VERB = /(?:^|[^\p{L}])(?:issued|released|sent|posted|published|put\s+out|emailed|filed|circulated|wrote)\s+$/u;
/**
 * The sender inside the channel phrase's apposition: "from X", or "by X" after a verb of sending
 * ("sent the next spring by X"); not "seen by Reuters", "obtained by the paper": those name who
 * read it.
 */
const SENDER = /(?:^|[^\p{L}])(?:(?:sent|signed|written|issued|released|posted|published|drafted|authored)(?:\s+[^,;:\uE000]{0,40}?)?\s+by|from)\s+/gu;
/** A possessive before a channel noun ("Cornyn's statement", "the ministry’s latest report"): group 1 is the owner. */
const OWNER_OF_CHANNEL = /^((?:the\s+)?[\p{L}\p{M}.&-]+(?:\s+[\p{L}\p{M}.&-]+){0,5}?)['’]s?\s+(?:[\p{L}-]+\s+)?[\p{L}-]+$/u;
/** "by" right after a channel noun: its author follows ("a study by the Centre for ..."). */
const AUTHOR_AFTER = /^\s+by\s+/u;
/** The most characters between a channel noun and its reporting verb read for a sender. */
const MAX_SENDER_WINDOW = 160;

/** The last word of a role phrase, lower case: "a brief statement" -> "statement". */
function lastWord(text: string): string {
  const words = text.trim().toLowerCase().split(/\s+/);
  return (words[words.length - 1] as string).replace(/[^\p{L}-]/gu, '');
}

/** True when the phrase is a channel ("a brief statement", "The memo"), not a person or an organisation. */
export function isChannelPhrase(phrase: SpeakerPhrase): boolean {
  return phrase.kind === 'role' && isChannelRole(phrase.text);
}

/** A channel noun's own "from X" / "by X" inside the phrase: "a report from Kotak Institutional Equities". */
const INNER_SENDER = /^(.*?)\s+(?:from|by)\s+(?=\S)/u;

/** True when a role text ends in a channel noun ("a brief statement"), or names one with its sender ("a report from X"). */
export function isChannelRole(role: string): boolean {
  if (CHANNEL_NOUNS.has(lastWord(role))) return true;
  const inner = INNER_SENDER.exec(role);
  return inner !== null && CHANNEL_NOUNS.has(lastWord(inner[1] as string));
}

/**
 * The issuer of a channel phrase that is the subject of the reporting verb at `verbStart`, read in
 * masked text from `sentenceStart`; null when the phrase is no channel or no issuer is written.
 */
export function channelIssuer(masked: string, phrase: SpeakerPhrase, sentenceStart: number, verbStart: number): SpeakerPhrase | null {
  if (!isChannelPhrase(phrase)) return null;
  // "Cornyn's statement added", "the ministry's latest report said": the owner issued it.
  const owner = OWNER_OF_CHANNEL.exec(phrase.text);
  if (owner !== null) {
    const ownerEnd = phrase.start + (owner[1] as string).length;
    const issuer = subjectBefore(masked, phrase.start, ownerEnd);
    if (issuer !== null && issuer.kind !== 'pronoun' && !isChannelPhrase(issuer)) return issuer;
  }
  const inner = INNER_SENDER.exec(phrase.text);
  if (inner !== null && !CHANNEL_NOUNS.has(lastWord(phrase.text))) {
    const sender = subjectAfter(masked, phrase.start + inner[0].length, phrase.end);
    if (sender !== null && sender.kind !== 'pronoun' && !isChannelPhrase(sender)) return sender;
  }
  // "a March 2019 study by the Centre for Economic Policy Research concluded", "according to a 2018
  // survey by Penelope Muse Abernathy": "by" right after the channel noun names its author, on either side of the verb.
  const authoredBy = AUTHOR_AFTER.exec(masked.slice(phrase.end, phrase.end + 8));
  if (authoredBy !== null) {
    const from = phrase.end + authoredBy[0].length;
    const author = subjectAfter(masked, from, phrase.end <= verbStart ? verbStart : Math.min(masked.length, from + MAX_SENDER_WINDOW));
    if (author !== null && author.kind !== 'pronoun' && !isChannelPhrase(author)) return author;
  }
  if (phrase.end <= verbStart) {
    const between = masked.slice(phrase.end, Math.min(verbStart, phrase.end + MAX_SENDER_WINDOW));
    SENDER.lastIndex = 0;
    for (let m = SENDER.exec(between); m !== null; m = SENDER.exec(between)) {
      const sender = subjectAfter(masked, phrase.end + m.index + m[0].length, verbStart);
      if (sender !== null && sender.kind !== 'pronoun' && !isChannelPhrase(sender)) return sender;
    }
  }
  const lead = masked.slice(sentenceStart, phrase.start);
  const issue = ISSUE_VERB.exec(lead);
  if (issue === null) return null;
  const verbAt = sentenceStart + issue.index + (issue[0].length - issue[0].trimStart().length);
  const issuer = subjectBefore(masked, sentenceStart, verbAt);
  return issuer !== null && !isChannelPhrase(issuer) ? issuer : null;
}

/** A capitalised name whose words may be joined by "of", "for", "and", "the", "&": "the Institute for Work and Health". */
const JOINED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*)*/u;

/** The publisher phrase widened to the whole joined name it opens ("the Institute for Work" -> "... and Health"). */
function wholeOrganizationName(masked: string, publisher: SpeakerPhrase): SpeakerPhrase {
  const run = JOINED_NAME.exec(masked.slice(publisher.start, publisher.start + 120));
  if (run === null || publisher.start + run[0].length <= publisher.end) return publisher;
  const text = run[0];
  return { ...publisher, end: publisher.start + text.length, text, ...(publisher.kind === 'name' ? { name: text.replace(/^the\s+/, '') } : { role: text }) };
}

/** "..., published on Thursday by ", "released by ": right after the channel, the one who issued it follows. */
const PUBLISHED_BY = /^,?\s+(?:(?:published|released|issued|compiled|commissioned|produced|put out|written|posted|sent|signed|circulated|distributed|put up)\s+(?:[^,.;:\uE000]{0,30}?\s)?)?by\s+/iu;
/** "the statement", "this report": a definite channel, one the text has named before. */
const DEFINITE_CHANNEL = /^(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu;
/** A sentence's leading "In a statement ..., " phrase (no comma inside it). */
const LEADING_CHANNEL_PHRASE = /^\s*(?:In|Through|Via)\s+(?:a|an|its|their|the)\s[^,\uE000]{1,120},\s*/u;
/** A letter outside the masked quotations. */
const OUTSIDE_QUOTATION = /\p{L}/u;
/** "a statement it issued", "a report they published": the channel's issuer is a pronoun for the sentence's subject. */
const IT_ISSUED = /^\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|has\s+)?(?:issued|released|published|put\s+out|posted|sent)(?![\p{L}])/u;
/** A short leading clause before a sentence's subject: "When contacted, ", "Asked about the plan, ". */
const LEADING_CIRCUMSTANCE_CLAUSE = /^\s*(?:When|After|Asked|Reached|Contacted|Approached|In|On|Later|Earlier)\b[^,\uE000]{0,50},\s*/u;
/** How many sentences back (outside quotations) a definite channel's first mention is looked for. */
const CHANNEL_LOOKBACK_SENTENCES = 6;

/**
 * The issuer of a definite channel with none of its own ("“...,” the statement said"), from the
 * sentence that brought the channel in: "the US military said in a statement" (the subject of its
 * reporting verb) or "the ministry issued a statement" (the subject of the issuing verb). Looked for
 * in the CHANNEL_LOOKBACK_SENTENCES sentences before `sentenceIndex`.
 */
export function earlierChannelIssuer(masked: string, sentences: readonly SentenceSpan[], sentenceIndex: number, phrase: SpeakerPhrase): SpeakerPhrase | null {
  if (!isChannelPhrase(phrase)) return null;
  const noun = DEFINITE_CHANNEL.exec(phrase.text.trim())?.[1]?.toLowerCase();
  if (noun === undefined || !CHANNEL_NOUNS.has(noun)) return null;
  const mention = new RegExp(`(?:^|[^\\p{L}])(?:a|an|its|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?${noun}(?![\\p{L}])`, 'iu');
  // Sentences wholly inside a quotation do not count: "the statement concluded" after a long one.
  for (let i = sentenceIndex - 1, read = 0; i >= 0 && read < CHANNEL_LOOKBACK_SENTENCES; i--) {
    const sentence = sentences[i] as SentenceSpan;
    const text = masked.slice(sentence.start, sentence.end);
    if (!OUTSIDE_QUOTATION.test(text)) continue;
    read++;
    const found = mention.exec(text);
    if (found === null) continue;
    // The match may open with the character before the determiner: the issuing verb's space stays before `at`.
    const at = sentence.start + found.index + (/^[^\p{L}]/u.test(found[0]) ? 1 : 0);
    // "In a statement read to the court, the hospice’s director, Yevgenia Carrow-Stiles, described...":
    // a channel in the sentence's leading phrase is the main clause's subject's.
    const leading = LEADING_CHANNEL_PHRASE.exec(masked.slice(sentence.start, sentence.end));
    if (leading !== null && sentence.start + leading.index <= at && at < sentence.start + leading[0].length) {
      const subject = subjectAfter(masked, sentence.start + leading[0].length, sentence.end);
      if (subject !== null && subject.kind !== 'pronoun' && !isChannelPhrase(subject)) return subject;
    }
    const issue = ISSUE_VERB.exec(masked.slice(sentence.start, at));
    if (issue !== null) {
      const verbAt = sentence.start + issue.index + (issue[0].length - issue[0].trimStart().length);
      const issuer = subjectBefore(masked, sentence.start, verbAt);
      if (issuer !== null && issuer.kind !== 'pronoun' && !isChannelPhrase(issuer)) return issuer;
    }
    // "The report, published on Thursday by the Ministry of Health, blamed...": the issuer named after the channel.
    const mentionEnd = sentence.start + found.index + found[0].length;
    // "When contacted, the ministry referred this reporter to a statement it issued last week": the
    // "it" that issued the channel is the sentence's subject.
    if (IT_ISSUED.test(masked.slice(mentionEnd, sentence.end))) {
      const circumstance = LEADING_CIRCUMSTANCE_CLAUSE.exec(masked.slice(sentence.start, sentence.end));
      const subject = subjectAfter(masked, sentence.start + (circumstance?.[0].length ?? 0), sentence.end);
      if (subject !== null && subject.kind !== 'pronoun' && !isChannelPhrase(subject)) return subject;
    }
    const publishedBy = PUBLISHED_BY.exec(masked.slice(mentionEnd, sentence.end));
    if (publishedBy !== null) {
      const from = mentionEnd + publishedBy.index + publishedBy[0].length;
      const publisher = subjectAfter(masked, from, sentence.end);
      if (publisher !== null && publisher.kind !== 'pronoun' && !isChannelPhrase(publisher)) return wholeOrganizationName(masked, publisher);
    }
    const verb = findSpeechVerbs(masked, sentence.start, at).pop();
    const speaker = verb === undefined ? null : (subjectBefore(masked, sentence.start, verb.start) ?? subjectAfter(masked, verb.end, at));
    if (speaker !== null && speaker.kind !== 'pronoun' && !isChannelPhrase(speaker)) return speaker;
    // "The statement, obtained by Variety, claimed...": the channel again; its issuer is further back.
  }
  return null;
}
