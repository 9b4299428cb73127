/**
 * The quotes annotator: direct quotations with their speakers, and quoted terms that are not
 * quotations (names, terms, scare quotes, titles).
 *
 *   marks (find quoted spans) -> attribution (verb + speaker phrase) -> term-kind (quote or term?)
 *     -> speaker (resolve surname / role / pronoun) -> circumstances (channel, date)
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
import { findChannel, findDatePhrase } from './quotes/circumstances.js';
import { BODY_LAYER } from './layers.js';
import { type QuotedSpan, findQuotedSpans } from './quotes/marks.js';
import { type PeopleIndex, type PersonMention, SUBJECT_REACH, indexPeople } from './quotes/people.js';
import { type ResolvedSpeaker, type SpeakerMemory, resolveSpeaker } from './quotes/speaker.js';
import { BARRIER } from './quotes/speaker-phrase.js';
import { joinSpeakerEntities } from './quotes/speaker-entity.js';
import { type TermDecision, decideTerm } from './quotes/term-kind.js';

export const QUOTES_ID = 'quotes';

/** The rule name of a quotation by where its attribution was found. */
const RULE_OF_SIDE: Record<AttributionSide, string> = {
  before: 'verb-before',
  after: 'verb-after',
  colon: 'colon',
  'previous-sentence': 'previous-sentence',
};

/** A short quotation continuing the previous one: a capital first and terminal punctuation inside the marks. */
const CONTINUATION_SHAPE = /^\s*\p{Lu}.*[.!?,]\s*$/su;

/** Trailing punctuation kept out of a term's span ("Northern Territories." -> "Northern Territories"). */
const TERM_TRAILING_PUNCTUATION = /[\s.,;:!?]+$/;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

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

function speakerFact(scan: Scan, attribution: Attribution, resolved: ResolvedSpeaker): QuoteT['speaker'] {
  const phrase = attribution.phrase;
  return {
    name: resolved.name,
    role: resolved.role,
    entity: null,
    mention: phrase ? phraseOf(scan.text, phrase.start, phrase.end) : null,
    resolution: resolved.resolution,
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
 * A he/she with no person to go to ("A police spokeswoman said officers were called. “One man has
 * been arrested,” she said."): the subject of the previous sentence's reporting verb, when named
 * by a role or a name.
 */
function pronounFromPreviousSentence(scan: Scan, state: QuoteState, span: QuotedSpan, attribution: Attribution, resolved: ResolvedSpeaker): ResolvedSpeaker {
  if (resolved.name !== null || attribution.phrase?.kind !== 'pronoun') return resolved;
  const previous = previousSentenceAttribution(scan, span, true);
  if (previous === null || previous.phrase === null || previous.phrase.kind === 'pronoun') return resolved;
  const fromPrevious = resolveSpeaker({ phrase: previous.phrase, paragraph: paragraphOf(scan, span.open), people: scan.people, speakers: state.speakers });
  if (fromPrevious.name === null && fromPrevious.role === null) return resolved;
  return { ...fromPrevious, resolution: 'pronoun' };
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
function sentenceSubjectSpeaker(scan: Scan, span: QuotedSpan): QuoteT['speaker'] {
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
  if (mention === null) return null;
  return { name: mention.name, role: mention.role, entity: null, mention: phraseOf(scan.text, mention.start, mention.end), resolution: 'stated' };
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
  if (attribution !== null && attribution.phrase !== null) {
    const resolved = pronounFromPreviousSentence(
      scan,
      state,
      span,
      attribution,
      resolveSpeaker({ phrase: attribution.phrase, paragraph, people: scan.people, speakers: state.speakers }),
    );
    speaker = speakerFact(scan, attribution, resolved);
    if (resolved.name !== null) {
      state.speakers.push({ offset: span.open, paragraph, name: resolved.name, role: resolved.role, gender: resolved.gender });
    }
  } else if (attribution === null) {
    speaker = inheritedSpeaker(scan, state, span);
    if (speaker === null) {
      speaker = sentenceSubjectSpeaker(scan, span);
      if (speaker !== null) subjectRule = true;
    }
  }
  const previousIndex = state.quotes.length - 1;
  const previousAttribution = state.attributions[previousIndex];
  const continues =
    attribution?.side === 'before' && previousAttribution?.side === 'after' && previousAttribution.verb?.start === attribution.verb?.start
      ? previousIndex
      : null;
  const rule =
    continues !== null ? 'split' : attribution === null ? (subjectRule ? 'sentence-subject' : speaker ? 'previous-quote' : 'unattributed') : RULE_OF_SIDE[attribution.side];
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

/** Annotates `text`: the quotations and the quoted terms it holds. */
export function annotateQuotes(text: string): Required<Pick<AnnotatorOutput, 'quotes' | 'terms'>> {
  const spans = findQuotedSpans(text);
  if (spans.length === 0) return { quotes: [], terms: [] };
  const top = spans.filter((s) => s.depth === 0);
  const masked = maskQuotations(text, top);
  const sentences = splitSentences(text);
  const scan: Scan = { text, masked, sentences, paragraphs: paragraphSpans(text), people: indexPeople(masked, sentences) };
  const state: QuoteState = { quotes: [], attributions: [], speakers: [] };
  const terms: TermT[] = [];
  for (let i = 0; i < top.length; i++) {
    const span = top[i] as QuotedSpan;
    const content = text.slice(span.contentStart, span.contentEnd);
    const own = findAttribution(scan, span, content, top[i + 1]?.open ?? null);
    const continuesQuote = own === null && previousQuoteInPreviousSentence(scan, state, span);
    const attribution = own ?? (continuesQuote ? null : previousSentenceAttribution(scan, span, false));
    // “It wasn’t.” right after a quotation of the same speaker is a quotation, however short.
    const attributed = own !== null || (continuesQuote && CONTINUATION_SHAPE.test(content));
    const decision = decideTerm({ text: masked, open: span.open, close: span.close, content, attributed, verbAdjacent: own?.adjacent ?? attributed, verbLemma: own?.verb?.lemma ?? null });
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
  return { quotes: state.quotes, terms };
}

export const quotesAnnotator: Annotator = Object.freeze({
  id: QUOTES_ID,
  fields: ['quotes', 'terms'] as const,
  /** speaker.entity is the id of the speaker's person entity (quotes/speaker-entity.ts). */
  requires: ['entities'] as const,
  run(record: Readonly<ArticleRecord>, _context: AnnotateContext): AnnotatorOutput {
    const { quotes, terms } = annotateQuotes(record.text);
    return { quotes: joinSpeakerEntities(quotes, record.entities), terms };
  },
});
