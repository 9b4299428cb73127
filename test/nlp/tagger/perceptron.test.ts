import { describe, expect, it } from 'vitest';
import { decodeBio } from '../../../src/nlp/tagger/decode.js';
import { staticFeatures } from '../../../src/nlp/tagger/features.js';
import { PerceptronTrainer, tableSource, tagSentence } from '../../../src/nlp/tagger/perceptron.js';
import { tagIndex } from '../../../src/nlp/tagger/tags.js';

/** A tiny corpus in which people are "said" things and places are "in" or "to" something. */
const CORPUS: [string, string][] = [
  ['Anna Berg said in Oslo .', 'B-PER I-PER O O B-LOC O'],
  ['Tomas Novak said the talks failed .', 'B-PER I-PER O O O O O'],
  ['Envoys flew to Lima on Monday .', 'O O O B-LOC O O O'],
  ['Officials in Quito said nothing .', 'O O B-LOC O O O'],
  ['Maria Costa said prices rose in Porto .', 'B-PER I-PER O O O O B-LOC O'],
  ['The minister travelled to Riga .', 'O O O O B-LOC O'],
  ['Ivan Petrov said he would resign .', 'B-PER I-PER O O O O O'],
  ['Protests spread in Minsk .', 'O O O B-LOC O'],
];

function train(epochs: number): PerceptronTrainer {
  const trainer = new PerceptronTrainer();
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (const [sentence, tags] of CORPUS) {
      trainer.train(staticFeatures(sentence.split(' '), null), tags.split(' ').map(tagIndex));
    }
  }
  return trainer;
}

describe('averaged perceptron', () => {
  it('learns from context to tag names it never saw', () => {
    const source = tableSource(train(10).averaged(0));
    const tagged = tagSentence(source, staticFeatures('Olga Lind said she would fly to Baku .'.split(' '), null));
    const spans = decodeBio(tagged.tags).map((s) => `${s.type}:${s.first}-${s.last}`);
    expect(spans).toEqual(['PER:0-2', 'LOC:7-8']);
  });

  it('stops making errors on its own training data', () => {
    const trainer = train(10);
    const errors = CORPUS.reduce((n, [sentence, tags]) => n + trainer.train(staticFeatures(sentence.split(' '), null), tags.split(' ').map(tagIndex)), 0);
    expect(errors).toBe(0);
  });

  it('never emits an I- tag that continues nothing', () => {
    const source = tableSource(train(3).averaged(0));
    const tagged = tagSentence(source, staticFeatures('said Novak in Lima'.split(' '), null));
    tagged.tags.forEach((tag, i) => {
      if (tag !== 0 && (tag - 1) % 2 === 1) expect(tagged.tags[i - 1]).toBeGreaterThan(0);
    });
    for (const confidence of tagged.confidences) {
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});
