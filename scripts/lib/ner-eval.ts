/**
 * Tagging CoNLL documents with a given model and counting entity matches: shared by the training
 * script (dev scores per epoch) and scripts/eval-ner.ts.
 */
import type { Gazetteer } from '../../src/nlp/tagger/gazetteer-features.js';
import type { HeadlineCaseMode } from '../../src/nlp/tagger/headline-case.js';
import type { ScoreSource } from '../../src/nlp/tagger/perceptron.js';
import type { ConllDocument } from './conll-file.js';
import { toIob2 } from './conll-file.js';
import { countSentence, type TypeCounts } from './conll-score.js';
import { predictTags } from './possessives.js';

export function scoreDocumentsWith(source: ScoreSource, gazetteer: Gazetteer | null, documents: readonly ConllDocument[], consistency = true, headlineCase?: HeadlineCaseMode, splitPossessives = false): Map<string, TypeCounts> {
  const counts = new Map<string, TypeCounts>();
  for (const document of documents) {
    const sentences = document.sentences.map((s) => s.words);
    const predicted = predictTags(source, gazetteer, sentences, { consistency, ...(headlineCase === undefined ? {} : { headlineCase }) }, splitPossessives);
    document.sentences.forEach((sentence, k) => countSentence(toIob2(sentence.tags), predicted[k] ?? [], counts));
  }
  return counts;
}
