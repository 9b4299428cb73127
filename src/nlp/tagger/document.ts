/**
 * Tagging one document given as sentences of words: each sentence is tagged on its own, then the
 * document-level consistency pass (consistency.ts) sees them all. Used by the recognizer on raw text
 * and by the evaluation and training scripts on pre-tokenised CoNLL files, so both measure the same
 * code.
 */
import { harmonizeDocument } from './consistency.js';
import { type TokenSpan, decodeBio } from './decode.js';
import { sentenceContext, staticFeatures } from './features.js';
import { applyGazetteerOverride } from './gazetteer-override.js';
import { DEFAULT_HEADLINE_CASE, type HeadlineCaseMode, recaseHeadlines } from './headline-case.js';
import type { Gazetteer, GazetteerMatch } from './gazetteer-features.js';
import { type ScoreSource, type TaggedSentence, decodeStaticScores, tagSentence } from './perceptron.js';
import { TAGS, tagIndex } from './tags.js';

export interface DocumentTagging {
  /** Entities with token indices into the document's words, all sentences run together. */
  readonly spans: TokenSpan[];
  /** Index of each sentence's first word in that running count. */
  readonly sentenceStarts: number[];
}

export interface TaggingOptions {
  /** Run the document-level consistency pass (default true). */
  readonly consistency?: boolean;
  /** Re-case headline lines from the rest of the document first (default: what the model was trained with). */
  readonly headlineCase?: HeadlineCaseMode;
}

export function tagDocument(source: ScoreSource, gazetteer: Gazetteer | null, given: readonly (readonly string[])[], options: TaggingOptions = {}): DocumentTagging {
  const sentences = recaseHeadlines(given, gazetteer, options.headlineCase ?? DEFAULT_HEADLINE_CASE);
  const words: string[] = [];
  const sentenceStarts: number[] = [];
  const spans: TokenSpan[] = [];
  for (const sentence of sentences) {
    const base = words.length;
    sentenceStarts.push(base);
    const { tagged, matches } = tagOne(source, gazetteer, sentence);
    for (const span of applyGazetteerOverride(decodeBio(tagged.tags, tagged.confidences), matches)) spans.push({ ...span, first: span.first + base, last: span.last + base });
    words.push(...sentence);
  }
  const final = options.consistency === false ? spans : harmonizeDocument(words, spans, new Set(sentenceStarts));
  return { spans: final, sentenceStarts };
}

/** One sentence, through the source's cached fast path when it has one. */
function tagOne(source: ScoreSource, gazetteer: Gazetteer | null, sentence: readonly string[]): { tagged: TaggedSentence; matches: readonly GazetteerMatch[] } {
  if (source.staticScores !== undefined) {
    const context = sentenceContext(sentence, gazetteer);
    const staticScores = source.staticScores(context);
    // Span decoding reads the confidences of entity tokens only.
    return { tagged: decodeStaticScores(source, context.lowerHashes, staticScores, { ids: context.ids, entityConfidencesOnly: true }), matches: context.matches };
  }
  const features = staticFeatures(sentence, gazetteer);
  return { tagged: tagSentence(source, features), matches: features.gazetteerMatches };
}

/** The IOB2 tags of each sentence, from a document tagging. */
export function spansToTags(tagging: DocumentTagging, sentences: readonly (readonly string[])[]): string[][] {
  const flat: string[] = sentences.flatMap((s) => s.map(() => 'O'));
  for (const span of tagging.spans) {
    for (let i = span.first; i < span.last; i += 1) flat[i] = TAGS[tagIndex(`${i === span.first ? 'B' : 'I'}-${span.type}`)] ?? 'O';
  }
  return sentences.map((s, k) => {
    const base = tagging.sentenceStarts[k] ?? 0;
    return flat.slice(base, base + s.length);
  });
}
