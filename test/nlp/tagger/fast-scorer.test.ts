import { describe, expect, it } from 'vitest';
import { sentenceContext, staticFeatures } from '../../../src/nlp/tagger/features.js';
import { createGazetteer } from '../../../src/nlp/tagger/gazetteer-features.js';
import { PerceptronTrainer, plainStaticScores, tableSource } from '../../../src/nlp/tagger/perceptron.js';
import { tagIndex } from '../../../src/nlp/tagger/tags.js';

const gazetteer = createGazetteer([{ key: 'lima', type: 'LOC' }, { key: 'peruvian', type: 'DEM' }]);

function trainedSource(): ReturnType<typeof tableSource> {
  const trainer = new PerceptronTrainer();
  const corpus: [string, string][] = [
    ['Rosa Vidal flew to Lima .', 'B-PER I-PER O O B-LOC O'],
    ['Peruvian miners struck in Cusco .', 'B-MISC O O O B-LOC O'],
    ['MINERS STRIKE IN LIMA', 'O O O B-LOC'],
  ];
  for (let epoch = 0; epoch < 5; epoch += 1) {
    for (const [sentence, tags] of corpus) trainer.train(staticFeatures(sentence.split(' '), gazetteer), tags.split(' ').map(tagIndex));
  }
  return tableSource(trainer.averaged(0));
}

describe('cached static scoring', () => {
  it('gives the same scores as looking up every feature string, on normal and ALL-CAPS lines', () => {
    const source = trainedSource();
    for (const sentence of ['Peruvian envoy Rosa Vidal left Lima for Cusco .', 'VIDAL LEAVES LIMA', 'Lima , Lima , Lima']) {
      const words = sentence.split(' ');
      const plain = plainStaticScores(source, staticFeatures(words, gazetteer));
      // twice: the second call is served from the cache
      for (let round = 0; round < 2; round += 1) {
        const cached = source.staticScores?.(sentenceContext(words, gazetteer)) ?? new Float64Array();
        expect(cached.length).toBe(plain.length);
        plain.forEach((value, i) => expect(cached[i]).toBeCloseTo(value, 9));
      }
    }
  });
});
