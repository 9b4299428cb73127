/**
 * Speakers read from context. A quotation left with no speaker by every attribution rule (no
 * reporting verb, no colon lead-in, no previous quotation to continue) usually stands in a paragraph
 * about the person who said it: "Kiara Perkins, an art major, skipped class to be there. Why? “It’s
 * Warhol. He is a legend.”" Such a quotation takes, with resolution `context`:
 * - the speaker of an attributed quotation earlier in the same sentence ("directives from Xi to “show
 *   no mercy” in the “struggle against …”"), else
 * - the person named last before it in its paragraph, passing over people named in its own sentence
 *   who are not that sentence's subject ("Prosecutors charged Oscar Lindgren over what the indictment
 *   calls “…”": the object did not say it).
 * - with no one named in its paragraph, the speaker of a quotation before it in the paragraph, else,
 *   for a quotation opening the paragraph after an interviewer's question ("I ask her what that was
 *   like.", or a paragraph ending in "?"), the person that paragraph last named as a subject: the
 *   answer is theirs.
 * A passive stance before it ("is seen as “…” by many") names no one, and no one is guessed.
 * It is a guess, and marked as one: on the quote sets read while building it (eval/quotes-real*.jsonl,
 * -blind6..8, -wikinews-a) it was right for 9 of the 14 quotations it gave a speaker; the wrong ones
 * were mostly quotations of a group ("the more the people shrug and think, “…”"). A quotation whose reporting verb has no subject the
 * attribution rules could read ("…, and scream, “…”") is given one the same way.
 */
import { type SentenceSpan, sentenceIndexAt } from '../../nlp/sentences.js';
import type { QuoteT } from '../../record/facts/quotes.js';
import { type PersonMention, isPersonRoleNoun } from './people.js';
import { intervieweeAmong } from './leader.js';
import { isPassiveStance } from './stance-as.js';

/** What the guess reads: the masked text, its sentences and paragraphs, and the people named in it. */
export interface ContextScan {
  masked: string;
  sentences: readonly SentenceSpan[];
  paragraphs: readonly SentenceSpan[];
  mentions: readonly PersonMention[];
  /** Where the entities annotator found people, when it ran: then only a name read there is guessed ("MacBook Pro" is none). */
  people?: readonly { start: number; end: number }[];
}

function onPerson(mention: PersonMention, people: readonly { start: number; end: number }[] | undefined): boolean {
  return people === undefined || people.some((p) => p.start < mention.end && mention.start < p.end);
}

function guess(quote: QuoteT, previous: QuoteT | undefined, following: QuoteT | undefined, scan: ContextScan, rule: string, interviewee: string | null): QuoteT {
  // The opening mark sits right before the quoted words; a mention ends before it.
  const open = quote.start - 1;
  const sentenceStart = scan.sentences[sentenceIndexAt(scan.sentences, open)]?.start ?? 0;
  if (isPassiveStance(scan.masked, sentenceStart, open)) return quote;
  if (previous !== undefined && previous.start >= sentenceStart && previous.speaker !== null && previous.speaker.name !== null) {
    return { ...quote, rule, speaker: { ...previous.speaker, mention: null, resolution: 'context' } };
  }
  const from = scan.paragraphs[sentenceIndexAt(scan.paragraphs, open)]?.start ?? 0;
  let last: PersonMention | undefined;
  for (const mention of scan.mentions) {
    if (mention.end > open) break;
    if (mention.start < from || (mention.start >= sentenceStart && !mention.subject) || !onPerson(mention, scan.people)) continue;
    last = mention;
  }
  // "“…,” he said. That could be part of what goes wrong: there could be dangers “…”": with no one
  // named in the paragraph, the speaker just quoted in it.
  if (last === undefined && previous !== undefined && previous.start >= from && previous.speaker !== null && (previous.speaker.name !== null || previous.speaker.role !== null)) {
    return { ...quote, rule, speaker: { ...previous.speaker, mention: null, resolution: 'context' } };
  }
  // "Meanwhile, the policy “is as likely to be a negative…” Getting rid of it “tells the market…,”
  // Hoenig said.": with no one named before it in its paragraph, the speaker the paragraph's next
  // quotation is attributed to, when that is the speaker quoted just before.
  const end = scan.paragraphs[sentenceIndexAt(scan.paragraphs, open)]?.end ?? scan.masked.length;
  if (last === undefined && following !== undefined && following.start < end && following.speaker?.name && following.verb !== null && previous?.speaker?.name === following.speaker.name) {
    return { ...quote, rule, speaker: { ...following.speaker, mention: null, resolution: 'context' } };
  }
  if (last === undefined) {
    // The interviewer's "I ask her" is no reporting verb of the answer.
    const answerer = answeredQuestion(scan, from, open);
    if (answerer !== undefined) return { ...quote, rule, verb: null, speaker: { name: answerer.name, role: answerer.role, entity: null, mention: null, resolution: 'context' } };
    // "An anonymous grocery-store manager shares the secrets to lowering your bill.\n\n“Head to the
    // supermarket an hour before closing…”": a paragraph of quotation after one that opens with an
    // anonymous person introduced to speak is theirs.
    const introduced = anonymousIntroducer(scan, from, open);
    if (introduced !== null) return { ...quote, rule, verb: null, speaker: { name: null, role: introduced, entity: null, mention: null, resolution: 'context' } };
    // "How social was she? Suspended?\n\n“Um. Not for more than a couple of days.”": in an interview
    // piece, an answer to the writer's question, or first-person words, with no one else to go to are the interviewee's.
    if (interviewee !== null && (FIRST_PERSON.test(quote.text) || questionBefore(scan, from, open) !== undefined)) return { ...quote, rule, verb: null, speaker: { name: interviewee, role: null, entity: null, mention: null, resolution: 'context' } };
    return quote;
  }
  // "she lives with a film-maker called Brian Petsos, but ... – “I felt like I had to do a good job”":
  // in an interview piece, first-person words go to the interviewee rather than to someone last
  // named in passing (not a sentence's subject).
  if (interviewee !== null && last.name !== interviewee && !last.subject && FIRST_PERSON.test(quote.text)) {
    return { ...quote, rule, speaker: { name: interviewee, role: null, entity: null, mention: null, resolution: 'context' } };
  }
  return { ...quote, rule, speaker: { name: last.name, role: last.role, entity: null, mention: null, resolution: 'context' } };
}

/** The interviewer's question closing a paragraph: "I ask her what that was like.", "Why did he stay?" */
const INTERVIEWER_QUESTION = /(?:\b(?:I|we)\s+(?:ask|asked)\s+(?:her|him|them)\b[^\n]*|\?)\s*$/;

/** A paragraph opening with an anonymous person and a verb of telling: "An anonymous grocery-store manager shares". */
const ANONYMOUS_INTRODUCER = /^\s*((?:A|An)\s+(?:[\p{L}-]+\s+){0,3}([\p{Ll}-]+))\s+(?:shares|reveals|explains|tells|offers|gives|describes|recalls|says)\b/u;

/** The paragraph before the quotation's, when the quotation opens its own paragraph (at `from`); else undefined. */
function paragraphBefore(scan: ContextScan, from: number, open: number): SentenceSpan | undefined {
  if (scan.masked.slice(from, open).trim() !== '') return undefined;
  return scan.paragraphs[sentenceIndexAt(scan.paragraphs, from) - 1];
}

/** That paragraph, when it closes with the writer's question ("I ask her ...", "...?"); else undefined. */
function questionBefore(scan: ContextScan, from: number, open: number): SentenceSpan | undefined {
  const previous = paragraphBefore(scan, from, open);
  return previous !== undefined && INTERVIEWER_QUESTION.test(scan.masked.slice(previous.start, previous.end)) ? previous : undefined;
}

/** The role phrase of the anonymous person opening the paragraph before, when the quotation opens its own paragraph; else null. */
function anonymousIntroducer(scan: ContextScan, from: number, open: number): string | null {
  const previous = paragraphBefore(scan, from, open);
  if (previous === undefined) return null;
  const m = ANONYMOUS_INTRODUCER.exec(scan.masked.slice(previous.start, previous.end));
  return m !== null && isPersonRoleNoun(m[2] as string) ? (m[1] as string) : null;
}

/**
 * "Tunnicliffe trained as an electrician ... I ask her what that was like.\n\n“The lads were fine…”":
 * a quotation opening its paragraph answers the question closing the paragraph before; the person
 * that paragraph last named as a subject gives the answer.
 */
function answeredQuestion(scan: ContextScan, from: number, open: number): PersonMention | undefined {
  const previous = questionBefore(scan, from, open);
  if (previous === undefined) return undefined;
  let last: PersonMention | undefined;
  for (const mention of scan.mentions) {
    if (mention.start >= previous.end) break;
    if (mention.start >= previous.start && mention.subject && onPerson(mention, scan.people)) last = mention;
  }
  return last;
}

/** First-person words: the speaker talks of themself. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll)|me|my|myself)(?![\p{L}])/u;

/** The person quoted far more often than anyone else so far (an interview or profile's subject), or null. */
function intervieweeOf(quotes: readonly QuoteT[]): string | null {
  return intervieweeAmong(quotes.map((quote) => quote.speaker?.name));
}

/** `quotes` (in text order) with each one that has no speaker given one from its context, as above. */
export function speakersFromContext(quotes: readonly QuoteT[], scan: ContextScan, rule: string): QuoteT[] {
  const out: QuoteT[] = [];
  quotes.forEach((quote, i) => {
    out.push(quote.speaker === null || (quote.speaker.name === null && quote.speaker.role === null) ? guess(quote, out[out.length - 1], quotes[i + 1], scan, rule, intervieweeOf(out)) : quote);
  });
  return out;
}
