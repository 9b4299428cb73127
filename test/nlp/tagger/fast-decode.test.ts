import { describe, expect, it } from 'vitest';
import { NO_TAG, staticFeatures, tagFeatures, wordShape } from '../../../src/nlp/tagger/features.js';
import { sentenceTokens } from '../../../src/nlp/tagger/index.js';
import { type ScoreSource, PerceptronTrainer, bestAllowed, confidenceOf, plainStaticScores, tableSource, tagWithStaticScores } from '../../../src/nlp/tagger/perceptron.js';
import { OUTSIDE, TAG_COUNT, tagIndex } from '../../../src/nlp/tagger/tags.js';

/** Greedy decoding written the plain way: one tagFeatures array per token, the generic helpers. */
function referenceDecode(source: ScoreSource, lowerHashes: readonly number[], staticScores: Float64Array): { tags: number[]; confidences: number[] } {
  const tags: number[] = [];
  const confidences: number[] = [];
  for (let i = 0; i < lowerHashes.length; i += 1) {
    const scores = staticScores.slice(i * TAG_COUNT, (i + 1) * TAG_COUNT);
    for (const feature of tagFeatures(tags[i - 1] ?? NO_TAG, tags[i - 2] ?? NO_TAG, lowerHashes[i] ?? 0)) source.addFeature(feature, scores);
    const prev = tags[i - 1] ?? OUTSIDE;
    const tag = bestAllowed(scores, prev);
    tags.push(tag);
    confidences.push(confidenceOf(scores, tag, prev, source.temperature ?? 1));
  }
  return { tags, confidences };
}

describe('decoding with static scores', () => {
  it('chooses the same tags with exactly the same confidences as the plain decoder', () => {
    const corpus: [string, string][] = [
      ['Lena Vik said in Bergen .', 'B-PER I-PER O O B-LOC O'],
      ['Ferries sailed to Tromso on Friday .', 'O O O B-LOC O O O'],
      ['The Harbour Council of Narvik met .', 'O B-ORG I-ORG I-ORG I-ORG O'],
    ];
    const trainer = new PerceptronTrainer();
    for (let epoch = 0; epoch < 5; epoch += 1) {
      for (const [sentence, tags] of corpus) trainer.train(staticFeatures(sentence.split(' '), null), tags.split(' ').map(tagIndex));
    }
    const source = tableSource(trainer.averaged(0));
    for (const sentence of ['Officials from the Harbour Council said Lena Vik flew to Bergen .', 'Vik', 'In Narvik , Tromso and Bergen ferries ran late .']) {
      const features = staticFeatures(sentence.split(' '), null);
      const scores = plainStaticScores(source, features);
      expect(tagWithStaticScores(source, features.lowerHashes, scores)).toEqual(referenceDecode(source, features.lowerHashes, scores));
    }
  });
});

describe('word shapes', () => {
  it('classes ASCII and other letters alike', () => {
    expect(wordShape('Medvedev')).toBe('Xx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('15,000')).toBe('d,d');
    expect(wordShape('Škoda')).toBe('Xx');
    expect(wordShape('São-Tomé')).toBe('Xx-Xx');
    expect(wordShape('ÉTÉ')).toBe('X');
    expect(wordShape('東京')).toBe('東京');
  });
});

describe('sentence tokens', () => {
  it('cuts sentences at line breaks and keeps offsets into the whole text', () => {
    const text = 'TOKYO ISLANDS DISPUTE\nTalks resumed on Monday. Envoys met in Sapporo.\n\nNo deal was reached.';
    const sentences = sentenceTokens(text);
    expect(sentences.map((tokens) => tokens.map((t) => t.text).join(' '))).toEqual([
      'TOKYO ISLANDS DISPUTE',
      'Talks resumed on Monday .',
      'Envoys met in Sapporo .',
      'No deal was reached .',
    ]);
    for (const token of sentences.flat()) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
