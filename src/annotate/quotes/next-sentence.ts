/**
 * A quotation attributed by the sentence right after it, in the same paragraph (or, for the "that
 * was" forms, opening the next one): the quotation is a sentence of its own and the next one says who said it.
 * - "“Until we know the structure is sound, nobody walks on it.” That was her answer when asked..."
 *   and "“...” That was the verdict of Jorund Basso, a telecoms analyst": a "that was" sentence whose
 *   noun is a kind of saying (answer, verdict, view...), owned by a his/her, a name in the
 *   possessive ("That was Oduya's reply") or a name after "of";
 * - "“This city carried me.” Wanjiru said it twice": a subject, a reporting verb and "it", "this"
 *   or "so" pointing back at the quotation;
 * - "“…” Holmes testified.", "“…” Smith said on Tuesday.": a subject and a reporting verb that ends
 *   its sentence (a short phrase of time, place or manner may follow).
 * Read in masked text (quotations blanked out), within the next sentence only.
 */
import { sentenceIndexAt } from '../../nlp/sentences.js';
import type { Attribution, AttributionContext } from './attribution.js';
import type { QuotedSpan } from './marks.js';
import { type SpeakerPhrase, subjectAfter, subjectBefore } from './speaker-phrase.js';
import { findSpeechVerbs, speakerFollows } from './speech-verbs.js';

/** Nouns of saying that a "that was ..." sentence may give an owner. */
const SAYING_NOUNS = String.raw`(?:answer|reply|response|verdict|view|assessment|message|warning|advice|conclusion|judgment|judgement|prediction|promise|explanation|reaction|summary|opinion|words|word|take|retort|plea|instruction|instructions)`;
/** A sentence opening "That was" / "This is" ...: what the three "that was" forms below start with. */
const THAT_WAS = /^\s*(?:(?:That|This)\s+(?:was|is|has been|had been|were)|That['’]s|Those\s+were)\s/u;
/** "That was how Encarnación Peiró put it", "That is how the mayor described it": the subject after "how" owns the quotation. */
const HOW_PUT = /^\s*(?:That|This)(?:\s+(?:was|is)|['’]s)\s+how\s+/u;
/** The verb of a "that was how X put it" sentence: the owner is the noun phrase before it. */
const PUT_IT = /\s(?:put|puts|described|describes|summed|sums|saw|sees|explained|explains|phrased|phrases)\s+(?:it|the\s+\p{Ll}+)(?![\p{L}])/u;
/** "That was her answer", "This was his verdict": the owner is a possessive pronoun. */
const POSSESSIVE_SAYING = new RegExp(String.raw`^\s*(?:That|This)\s+(?:was|is|has been|had been|were)\s+(?:also\s+)?(his|her)\s+(?:[\p{Ll}-]+\s+)?${SAYING_NOUNS}(?![\p{L}])`, 'u');
/** "That was Oduya's reply": the owner is a name in the possessive. */
const NAMED_SAYING = new RegExp(String.raw`^\s*(?:That|This)\s+(?:was|is|has been|had been|were)\s+(?:also\s+)?((?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}-]*)['’]s\s+(?:[\p{Ll}-]+\s+)?${SAYING_NOUNS}(?![\p{L}])`, 'u');
/** "That was the verdict of Jorund Basso", "Those were the words of X": the owner follows "of". */
const SAYING_OF = new RegExp(String.raw`^\s*(?:(?:That|This)\s+(?:was|is|has been|had been|were)|That['’]s|Those\s+were)\s+(?:also\s+)?the\s+(?:[\p{Ll}-]+\s+)?${SAYING_NOUNS}\s+of\s+`, 'u');
/**
 * "said it", "said so", "said this": the object points back at the quotation; "said it was" starts
 * a clause, and "added that" reports something else.
 */
const POINTS_BACK = /^\s+(?:it|this|so)(?![\p{L}])(?!\s+(?:was|is|were|are|would|will|had|has|could|should|might|must|did|does|may|can)(?![\p{L}]))/u;
/**
 * "“I then heard the president ask...” Holmes testified.", "“We will win.” Smith said on Tuesday.": the
 * sentence ends after the verb, or after one short phrase of time, place or manner, so the verb
 * reports nothing but the quotation before it.
 */
const ENDS_AFTER_VERB = /^\s*(?:(?:on|in|at|during|after|later|earlier|afterwards|again|then|quietly|flatly|firmly|simply|softly|calmly)(?![\p{L}])[^.!?;:,\uE000]{0,40})?[.!?]\s*$/u;
/** The farthest into the next sentence a reporting verb is looked for: its subject opens the sentence. */
const MAX_VERB_OFFSET = 80;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
/** The quotation is a sentence of its own: it ends with terminal punctuation inside the marks (perhaps before a nested quotation's closing mark: "?’”"). */
const SENTENCE_END = /[.!?]['’]?\s*$/;

function pronounPhrase(start: number, text: string): SpeakerPhrase {
  return { start, end: start + text.length, text, kind: 'pronoun', name: null, role: null };
}

/** The attribution of `span` read from the sentence after it, or null. */
export function nextSentenceAttribution(ctx: AttributionContext, span: QuotedSpan, content: string): Attribution | null {
  if (!SENTENCE_END.test(content)) return null;
  const { masked, sentences } = ctx;
  const openIndex = sentenceIndexAt(sentences, span.open);
  const openSentence = sentences[openIndex];
  if (openSentence === undefined || masked.slice(openSentence.start, span.open).trim() !== '') return null;
  const closeIndex = sentenceIndexAt(sentences, span.close);
  const closeSentence = sentences[closeIndex];
  if (closeSentence === undefined) return null;
  // The next sentence: the rest of the closing mark's sentence when the splitter kept them together, else the following one.
  const rest = masked.slice(span.close + 1, closeSentence.end);
  const next = rest.trim() !== '' ? { start: span.close + 1, end: closeSentence.end } : sentences[closeIndex + 1];
  if (next === undefined) return null;
  const sentence = masked.slice(next.start, next.end);
  // "“…”\n\nThat was the view of X": a "that was" sentence may open the next paragraph; other forms stay in the quotation's.
  if (PARAGRAPH_BREAK.test(masked.slice(span.close + 1, next.start)) && !THAT_WAS.test(sentence)) return null;
  const possessive = POSSESSIVE_SAYING.exec(sentence);
  if (possessive !== null) {
    const owner = possessive[1] as string;
    const at = next.start + possessive[0].search(new RegExp(String.raw`(?<![\p{L}])${owner}(?![\p{L}])`, 'u'));
    return { verb: null, phrase: pronounPhrase(at, owner), side: 'next-sentence', windowStart: next.start, windowEnd: next.end, adjacent: true };
  }
  const named = NAMED_SAYING.exec(sentence);
  if (named !== null) {
    const name = named[1] as string;
    const at = next.start + named[0].indexOf(name);
    const phrase: SpeakerPhrase = { start: at, end: at + name.length, text: name, kind: 'name', name, role: null };
    return { verb: null, phrase, side: 'next-sentence', windowStart: next.start, windowEnd: next.end, adjacent: true };
  }
  const of = SAYING_OF.exec(sentence);
  if (of !== null) {
    const phrase = subjectAfter(masked, next.start + of[0].length, next.end);
    if (phrase === null || phrase.kind === 'pronoun') return null;
    return { verb: null, phrase, side: 'next-sentence', windowStart: next.start, windowEnd: next.end, adjacent: true };
  }
  const how = HOW_PUT.exec(sentence);
  const put = how === null ? null : PUT_IT.exec(sentence.slice(how[0].length));
  if (how !== null && put !== null) {
    const phrase = subjectBefore(masked, next.start + how[0].length, next.start + how[0].length + put.index + 1);
    if (phrase === null || phrase.start !== next.start + how[0].length) return null;
    return { verb: null, phrase, side: 'next-sentence', windowStart: next.start, windowEnd: next.end, adjacent: true };
  }
  const verb = findSpeechVerbs(masked, next.start, Math.min(next.end, next.start + MAX_VERB_OFFSET))[0];
  const afterVerb = masked.slice(verb?.end ?? next.end, next.end);
  if (verb === undefined || speakerFollows(verb) || !(POINTS_BACK.test(afterVerb) || ENDS_AFTER_VERB.test(afterVerb))) return null;
  const phrase = subjectBefore(masked, next.start, verb.start);
  if (phrase === null || masked.slice(next.start, phrase.start).trim() !== '') return null;
  return { verb, phrase, side: 'next-sentence', windowStart: next.start, windowEnd: next.end, adjacent: true };
}
