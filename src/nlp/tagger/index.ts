/**
 * The named-entity recognizer's public face: `recognizeEntities(text)` finds PER, ORG, LOC and MISC
 * mentions in a text and returns them as character spans with a type and a confidence, for the
 * entity-linking stage to resolve against the knowledge base.
 *
 * Steps: sentences (src/nlp/sentences.ts, further cut at line breaks so headlines and captions stand
 * alone) -> tokens (src/nlp/tokenize.ts) -> features with knowledge-base gazetteer features ->
 * averaged-perceptron tagging (beam or greedy, as the model records) -> BIO decoding -> with a stacked
 * model, a second tagging of the sentences with features from the first pass's tags of repeated
 * words (stacking.ts) -> a document-level consistency pass.
 */
import { splitSentences } from '../sentences.js';
import { type Token, tokenizeInto } from '../tokenize.js';
import { tagDocument } from './document.js';
import { type Gazetteer, loadKbGazetteer } from './gazetteer-features.js';
import { loadModel } from './model.js';
import { type ScoreSource, tableSource } from './perceptron.js';
import type { EntityType } from './tags.js';

export type { EntityType } from './tags.js';

/** The name of the model that produced the mentions, for the facts' provenance. */
export const NER_MODEL_NAME = 'ner-perceptron';

export interface EntityMention {
  readonly type: EntityType;
  /** Offsets into the text, half-open. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 0..1: the lowest softmax probability of the mention's token tags. */
  readonly confidence: number;
}

export interface Recognizer {
  recognize(text: string): EntityMention[];
}

/** Token runs of each line of each sentence. */
export function sentenceTokens(text: string): Token[][] {
  const out: Token[][] = [];
  for (const sentence of splitSentences(text)) {
    let lineStart = sentence.start;
    while (lineStart <= sentence.end) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 || newline > sentence.end ? sentence.end : newline;
      const tokens = tokenizeInto(text.slice(lineStart, lineEnd), lineStart, []);
      if (tokens.length > 0) out.push(tokens);
      lineStart = lineEnd + 1;
    }
  }
  return out;
}

export function createRecognizer(source: ScoreSource, gazetteer: Gazetteer | null): Recognizer {
  return {
    recognize(text) {
      const sentences = sentenceTokens(text);
      // The tokens run together and each sentence's words, by plain loops (flat() and nested map()
      // were a tenth of the recognizer's own time).
      const offsets: Token[] = [];
      const words: string[][] = new Array<string[]>(sentences.length);
      for (let k = 0; k < sentences.length; k += 1) {
        const tokens = sentences[k] ?? [];
        const sentence: string[] = new Array<string>(tokens.length);
        for (let i = 0; i < tokens.length; i += 1) {
          const token = tokens[i] as Token;
          offsets.push(token);
          sentence[i] = token.text;
        }
        words[k] = sentence;
      }
      const tagging = tagDocument(source, gazetteer, words);
      return tagging.spans.flatMap((span) => {
        // A span never starts or ends on punctuation ("Prasad ," tagged B-PER I-PER): trim it.
        let firstIndex = span.first;
        let lastIndex = span.last - 1;
        while (firstIndex <= lastIndex && !WORD_CHARACTER.test(offsets[firstIndex]?.text ?? '')) firstIndex++;
        while (lastIndex >= firstIndex && !WORD_CHARACTER.test(offsets[lastIndex]?.text ?? '')) lastIndex--;
        const first = offsets[firstIndex];
        const last = offsets[lastIndex];
        if (first === undefined || last === undefined || lastIndex < firstIndex) return [];
        return [{ type: span.type, start: first.start, end: last.end, text: text.slice(first.start, last.end), confidence: span.confidence }];
      });
    },
  };
}

/** A token that can open or close a name: it holds a letter or a digit. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

let shared: Recognizer | null = null;

/** The recognizer with the committed model and the knowledge-base gazetteer, built once. */
export function loadRecognizer(): Recognizer {
  shared ??= createRecognizer(tableSource(loadModel()), loadKbGazetteer());
  return shared;
}

export function recognizeEntities(text: string): EntityMention[] {
  return loadRecognizer().recognize(text);
}
