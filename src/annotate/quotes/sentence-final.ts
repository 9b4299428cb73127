/**
 * A partial quotation attributed by its sentence's closing clause: "South Dakota's meth crisis is
 * “growing at an alarming rate” and affects every community, Noem said in the announcement." The
 * quoted words sit inside a paraphrase, and the clause ", NAME said" that ends the sentence reports
 * the whole sentence, quoted words included. The after-side search misses it: other words of the
 * paraphrase stand between the closing mark and the verb.
 *
 * The clause must be the sentence's last: a comma, the speaker, the verb, then nothing but where,
 * when or to whom it was said ("in a statement", "on Monday", "told the Argus Leader"). A verb with
 * an object clause of its own ("..., but the minister said it would work") reports something else.
 */
import { sentenceIndexAt } from '../../nlp/sentences.js';
import type { Attribution, AttributionContext } from './attribution.js';
import type { QuotedSpan } from './marks.js';
import { BARRIER, subjectAfter, subjectBefore } from './speaker-phrase.js';
import { findSpeechVerbs, speakerFollows } from './speech-verbs.js';

/** How far after the closing mark the closing clause may sit, in characters. */
const MAX_REACH = 300;
/** What may follow the verb: where, when, how or to whom it was said, and the sentence's end. */
const CIRCUMSTANCE_ONLY =
  /^(?:\s+(?:in|on|at|during|via|to|from|after|before|last|this|earlier|later|yesterday|today|tonight|recently|previously|again|publicly|afterwards?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^;:"“”\uE000]*?)?[\s.!?”’"']*$/u;
/** After "told": its object (who was told), then the same. */
const TOLD_OBJECT = /^\s+(?:the\s+)?[\p{L}\p{N}.'’&-]+(?:\s+[\p{L}\p{N}.'’&-]+){0,5}?(?:\s+(?:in|on|at|during|via|last|this|earlier|later)\b[^;:"“”\uE000]*?)?[\s.!?”’"']*$/u;
/** A determiner right before the opening mark. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the)\s*$/iu;
/** A relative or a preposition right after the closing mark. */
const CLAUSE_WORD_AFTER = /^\s*(?:that|which|who|for|to|in|on|of|with|and|but|or|because|if|as)\b/u;
/** Before the speaker's name, at most a few title words ("company CEO Andy Vesey"). */
const TITLE_WORDS_ONLY = /^[\s,]*(?:(?!(?:and|but|or|while|as|then|so|yet)\s)[\p{L}&.-]+\s+){0,4}$/iu;
/** A clause word in the object of "told" makes it a clause ("told reporters that it would"). */
const CLAUSE_IN_OBJECT = /\b(?:that|it|he|she|they|we|would|will|was|is|had|has)\b/i;

/** The attribution of a quotation whose sentence ends with ", SPEAKER VERB ...", or null. */
export function sentenceFinalAttribution(ctx: AttributionContext, span: QuotedSpan): Attribution | null {
  const sentence = ctx.sentences[sentenceIndexAt(ctx.sentences, span.close)];
  if (sentence === undefined || sentence.end <= span.close + 1) return null;
  // "A 'phase one' trade deal ... could slip, experts say": quoted words used as a modifier name a thing.
  // "a “dangerous gamble” that could fuel a bubble, a Fed official warned": a clause word after the
  // marks ends the noun phrase there; the quoted words are its head, not a modifier.
  if (DETERMINER_BEFORE.test(ctx.masked.slice(Math.max(0, span.open - 6), span.open)) && /^\s*\p{Ll}/u.test(ctx.masked.slice(span.close + 1, span.close + 3)) && !CLAUSE_WORD_AFTER.test(ctx.masked.slice(span.close + 1, span.close + 12))) return null;
  const from = span.close + 1;
  const to = Math.min(sentence.end, from + MAX_REACH);
  if (to < sentence.end) return null;
  const verbs = findSpeechVerbs(ctx.masked, from, to);
  const verb = verbs[verbs.length - 1];
  if (verb === undefined || speakerFollows(verb)) return null;
  const rest = ctx.masked.slice(verb.end, to);
  const inverted = /^\s+\p{Lu}/u.test(rest) || /^\s+the\s/i.test(rest);
  if (!inverted && (verb.lemma === 'tell' ? !TOLD_OBJECT.test(rest) || CLAUSE_IN_OBJECT.test(rest) : !CIRCUMSTANCE_ONLY.test(rest))) return null;
  // The clause opens after the last comma before the verb, or right after a later quotation of the
  // same sentence that the clause attributes too ("“terribly disruptive” and ... “we won’t roll the
  // dice,” company CEO Andy Vesey said"), and holds only the speaker.
  const lead = ctx.masked.slice(from, verb.start);
  const barrier = lead.lastIndexOf(BARRIER);
  const comma = lead.lastIndexOf(',');
  if (comma === -1 && barrier === -1) return null;
  const clauseStart = from + Math.max(comma, barrier) + 1;
  // "..., reports Wee." / "..., said the minister.": the verb first, then its subject.
  if (ctx.masked.slice(clauseStart, verb.start).trim() === '') {
    const subject = inverted ? subjectAfter(ctx.masked, verb.end, to) : null;
    if (subject !== null && subject.kind !== 'pronoun' && CIRCUMSTANCE_ONLY.test(ctx.masked.slice(subject.end, to))) {
      return { verb, phrase: subject, side: 'sentence-end', windowStart: verb.start, windowEnd: to, adjacent: false };
    }
    // "“He will be prosecuted” when he returns, Binyah Kesselly, chairman of the airport authority,
    // told reporters": the comma before the verb closes an appositive; the name before it speaks.
    const named = subjectBefore(ctx.masked, from, verb.start);
    if (named === null || named.kind !== 'name') return null;
    return { verb, phrase: named, side: 'sentence-end', windowStart: named.start, windowEnd: to, adjacent: false };
  }
  const phrase = subjectBefore(ctx.masked, clauseStart, verb.start);
  if (phrase === null || !TITLE_WORDS_ONLY.test(ctx.masked.slice(clauseStart, phrase.start)) || ctx.masked.slice(phrase.end, verb.start).trim() !== '') return null;
  return { verb, phrase, side: 'sentence-end', windowStart: phrase.start, windowEnd: to, adjacent: false };
}
