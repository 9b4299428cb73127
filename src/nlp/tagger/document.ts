/**
 * Tagging one document given as sentences of words: each sentence is tagged on its own; with a
 * stacked model (stacking.ts) the sentences that hold a word form the document repeats are decoded
 * again with the stacked features of the first pass's tags; then the document-level consistency
 * pass (consistency.ts) sees them all. Used by the recognizer on raw text
 * and by the evaluation and training scripts on pre-tokenised CoNLL files, so both measure the same
 * code.
 */
import { harmonizeDocument } from './consistency.js';
import { type TokenSpan, decodeBio } from './decode.js';
import { sentenceContext, staticFeatures, wordCacheGeneration } from './features.js';
import { applyGazetteerOverride } from './gazetteer-override.js';
import { DEFAULT_HEADLINE_CASE, type HeadlineCaseMode, recaseHeadlines } from './headline-case.js';
import type { Gazetteer, GazetteerMatch } from './gazetteer-features.js';
import type { BeamOptions } from './beam.js';
import { type ScoreSource, type TaggedSentence, decodeStaticScores, plainStaticScores } from './perceptron.js';
import { documentCues, stackedFeatures } from './stacking.js';
import { OUTSIDE, TAG_COUNT, TAGS, tagIndex } from './tags.js';

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
  const perSentence: TokenSpan[][] = [];
  const stacked = source.stacked === true;
  const firstPasses: FirstPass[] = [];
  resetKept();
  for (const sentence of sentences) {
    sentenceStarts.push(words.length);
    const pass = scoreOne(source, gazetteer, sentence, stacked);
    if (stacked) firstPasses.push(pass);
    perSentence.push(spansOf(decodeStaticScores(source, pass.lowerHashes, pass.scores, pass.decodeOptions), pass.matches));
    words.push(...sentence);
  }
  if (stacked) secondPass(source, words, sentenceStarts, perSentence, firstPasses);
  const spans: TokenSpan[] = [];
  perSentence.forEach((list, k) => {
    const base = sentenceStarts[k] ?? 0;
    for (const span of list) spans.push({ ...span, first: span.first + base, last: span.last + base });
  });
  const final = options.consistency === false ? spans : harmonizeDocument(words, spans, new Set(sentenceStarts));
  return { spans: final, sentenceStarts };
}

/** What decoding a sentence needs, kept after the first pass when a second one follows. */
interface FirstPass {
  readonly lowerHashes: readonly number[];
  readonly scores: Float64Array;
  readonly matches: readonly GazetteerMatch[];
  readonly decodeOptions: BeamOptions;
  /** The word-cache generation of the word ids in decodeOptions. */
  readonly generation: number;
  /** Organisation and place cues of the sentence's tokens for the stacked features (null: none). */
  readonly cues: Uint8Array | null;
}

/**
 * Static scores of one sentence, through the source's cached fast path when it has one. With `keep`
 * the scores are copied (the fast path's buffer is overwritten by the next sentence).
 */
function scoreOne(source: ScoreSource, gazetteer: Gazetteer | null, sentence: readonly string[], keep: boolean): FirstPass {
  if (source.staticScores !== undefined) {
    const context = sentenceContext(sentence, gazetteer);
    const scores = source.staticScores(context);
    // Span decoding reads the confidences of entity tokens only.
    return { lowerHashes: context.lowerHashes, scores: keep ? keptCopy(scores) : scores, matches: context.matches, decodeOptions: { ids: context.ids, entityConfidencesOnly: true }, generation: context.generation, cues: context.cues };
  }
  const features = staticFeatures(sentence, gazetteer);
  return { lowerHashes: features.lowerHashes, scores: plainStaticScores(source, features), matches: features.gazetteerMatches, decodeOptions: {}, generation: -1, cues: keep ? documentCues([sentence]) : null };
}

/**
 * The first-pass scores of the document being tagged, one sentence after another in a buffer reused
 * from document to document (tagging is synchronous and never re-entered). A slice() per sentence
 * gave every sentence an off-heap backing store of its own, with the allocation and GC work that
 * brings.
 */
let kept = new Float64Array(16384);
let keptUsed = 0;

/** Starts a document at the buffer's beginning: the previous document's views are no longer read (none outlives tagDocument). */
function resetKept(): void {
  keptUsed = 0;
}

/** A copy of `scores` in the kept buffer; a full buffer is replaced, not grown, so earlier views keep their values. */
function keptCopy(scores: Float64Array): Float64Array {
  if (keptUsed + scores.length > kept.length) {
    kept = new Float64Array(Math.max(kept.length, 2 * scores.length));
    keptUsed = 0;
  }
  const view = kept.subarray(keptUsed, keptUsed + scores.length);
  view.set(scores);
  keptUsed += scores.length;
  return view;
}

function spansOf(tagged: TaggedSentence, matches: readonly GazetteerMatch[]): TokenSpan[] {
  return applyGazetteerOverride(decodeBio(tagged.tags, tagged.confidences), matches);
}

/** The document's first-pass tags, all sentences run together, from its spans per sentence. */
function flatTags(perSentence: readonly (readonly TokenSpan[])[], sentenceStarts: readonly number[], length: number): number[] {
  const tags = new Array<number>(length).fill(OUTSIDE);
  perSentence.forEach((list, k) => {
    const base = sentenceStarts[k] ?? 0;
    for (const span of list) for (let i = span.first; i < span.last; i += 1) tags[base + i] = tagIndex(`${i === span.first ? 'B' : 'I'}-${span.type}`);
  });
  return tags;
}

/**
 * The stacked second pass (stacking.ts): each sentence with a token whose form the document repeats
 * gets the stacked features' weights added to its first-pass scores and is decoded again.
 */
function secondPass(source: ScoreSource, words: readonly string[], sentenceStarts: readonly number[], perSentence: TokenSpan[][], firstPasses: readonly FirstPass[]): void {
  const tags = flatTags(perSentence, sentenceStarts, words.length);
  const cues = new Uint8Array(words.length);
  firstPasses.forEach((pass, k) => {
    if (pass.cues !== null) cues.set(pass.cues, sentenceStarts[k] ?? 0);
  });
  const extra = stackedFeatures(words, tags, cues);
  firstPasses.forEach((pass, k) => {
    const base = sentenceStarts[k] ?? 0;
    const n = pass.lowerHashes.length;
    // Most stacked features agree with the first pass ("The", "He" opening sentences): a sentence
    // is decoded again only when some token's best-scoring tag now differs from its first-pass tag.
    let changed = false;
    for (let i = 0; i < n; i += 1) {
      const keys = extra[base + i];
      if (keys === null || keys === undefined) continue;
      const row = pass.scores.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT);
      for (const key of keys) source.addFeature(key, row);
      if (!changed && argmax(row) !== tags[base + i]) changed = true;
    }
    if (!changed) return;
    // Word ids from an emptied word cache name other words now: decode without them.
    const options = pass.generation === wordCacheGeneration() ? pass.decodeOptions : { entityConfidencesOnly: true };
    perSentence[k] = spansOf(decodeStaticScores(source, pass.lowerHashes, pass.scores, options), pass.matches);
  });
}

/** The index of the highest score of a row. */
function argmax(row: Float64Array): number {
  let best = 0;
  for (let t = 1; t < row.length; t += 1) if ((row[t] as number) > (row[best] as number)) best = t;
  return best;
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
