/**
 * Words quoted as what someone called something: "The Pentagon rejected the claims as “patently
 * false,”", "she described the plan as “a disaster”". The verb is no reporting verb (it takes an
 * object, and in other sentences no quotation), so the reporting-verb search misses it; here it is
 * read only right before "as" and the opening mark. The subject of the verb is the speaker. The same
 * for what someone views something as ("which Apple views as “a fundamental human right”") and for
 * what someone called something with no "as" ("aides called it not a car crash but “...”", "Noem
 * called the campaign a “bold, innovative effort”"); a passive ("is seen as", "was called") names no
 * one who said it.
 */
import type { Attribution } from './attribution.js';
import { type SpeakerPhrase, subjectBefore } from './speaker-phrase.js';

/** "rejected ... as", within one clause (an abbreviation's period, "U.S.", does not end it), right before the opening mark. */
const STANCE_AS =
  /\b(rejected|dismissed|described|branded|labell?ed|characteri[sz]ed|denounced|condemned|hailed|praised|slammed|critici[sz]ed|decried|derided|views|viewed|regards|regarded|sees)\b(?:[^.;:!?\uE000"“”]|(?<=\p{Lu})\.){0,110}?\bas\s+(?:an?\s+|the\s+)?$/iu;
const LEMMAS: Readonly<Record<string, string>> = {
  rejected: 'reject', dismissed: 'dismiss', described: 'describe', branded: 'brand', labeled: 'label', labelled: 'label',
  characterized: 'characterize', characterised: 'characterise', denounced: 'denounce', condemned: 'condemn', hailed: 'hail',
  praised: 'praise', slammed: 'slam', criticized: 'criticize', criticised: 'criticise', decried: 'decry', derided: 'deride',
  views: 'view', viewed: 'view', regards: 'regard', regarded: 'regard', sees: 'see',
  called: 'call', calls: 'call', dubbed: 'dub', dubs: 'dub', termed: 'term', terms: 'term',
};
/** "called it ", "dubbed the plan a ", "called the new campaign a ": the verb, a short object, then the mark. */
const CALLED = /\b(called|calls|dubbed|dubs|termed|terms)\s+(?:it|this|that|them|him|her|(?:the|his|her|their|its)\s+[^.;:!?\uE000"“”]{1,40}?)(?:\s+(?:not\s+[^.;:!?\uE000"“”]{1,40}?,?\s+but|simply|only|just))?\s+(?:an?\s+|the\s+)?$/iu;
/** A be-form or "get" right before the verb: a passive. */
const PASSIVE_BEFORE = /\b(?:is|was|were|are|be|been|being|get|got|gets)\s+(?:\p{Ll}+ly\s+)?$/iu;
/** How far back from the opening mark the verb may sit. */
const WINDOW = 160;

/** "is seen as ", "was widely described as ", "is called ": a passive stance verb right before the opening mark. */
const PASSIVE_STANCE = /\b(?:is|was|were|are|be|been|being|get|got|gets)\s+(?:\p{Ll}+ly\s+)?(?:seen|viewed|regarded|described|considered|branded|labell?ed|characteri[sz]ed|hailed|called|dubbed|termed|known)\s+(?:as\s+)?(?:an?\s+|the\s+)?$/iu;

/** True when the quotation at `open` follows a passive stance ("The bridge is seen as “…” by many"): words that name no one who said them. */
export function isPassiveStance(masked: string, sentenceStart: number, open: number): boolean {
  return PASSIVE_STANCE.test(masked.slice(Math.max(sentenceStart, open - 60), open));
}

/** The attribution of a quotation opened right after "VERB ... as", or null. */
export function stanceAsAttribution(masked: string, sentenceStart: number, open: number): Attribution | null {
  const from = Math.max(sentenceStart, open - WINDOW);
  const lead = masked.slice(from, open);
  const m = STANCE_AS.exec(lead) ?? CALLED.exec(lead);
  if (m === null) return null;
  const verbText = m[1] as string;
  const verbStart = from + m.index + (m[0].length - m[0].trimStart().length);
  if (PASSIVE_BEFORE.test(masked.slice(Math.max(sentenceStart, verbStart - 30), verbStart))) return null;
  const phrase: SpeakerPhrase | null = subjectBefore(masked, sentenceStart, verbStart);
  if (phrase === null) return null;
  const verb = { start: verbStart, end: verbStart + verbText.length, text: verbText, lemma: LEMMAS[verbText.toLowerCase()] ?? verbText.toLowerCase() };
  return { verb, phrase, side: 'before', windowStart: Math.min(phrase.start, verbStart), windowEnd: open, adjacent: false };
}
