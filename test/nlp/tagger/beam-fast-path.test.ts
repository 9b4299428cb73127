import { describe, expect, it } from 'vitest';
import { beamDecode } from '../../../src/nlp/tagger/beam.js';
import { sentenceContext, staticFeatures } from '../../../src/nlp/tagger/features.js';
import { PerceptronTrainer, type ScoreSource, tableSource } from '../../../src/nlp/tagger/perceptron.js';
import { OUTSIDE, tagIndex } from '../../../src/nlp/tagger/tags.js';

/** The run-time decoding options (word ids for the cached history weights, entity confidences only) change no result. */

const CORPUS: [string, string][] = [
  ['Lena Vik said in Bergen .', 'B-PER I-PER O O B-LOC O'],
  ['The Harbour Council of Narvik met on Monday .', 'O B-ORG I-ORG I-ORG I-ORG O O O O'],
  ['Council spokesman Odd Dahl said the quay would close .', 'B-ORG O B-PER I-PER O O O O O O'],
  ['Kari Lunde of the Fisheries Board said prices fell .', 'B-PER I-PER O O B-ORG I-ORG O O O O'],
];

function source(): ScoreSource {
  const trainer = new PerceptronTrainer();
  for (let epoch = 0; epoch < 4; epoch += 1) {
    for (const [sentence, tags] of CORPUS) trainer.trainBeam(staticFeatures(sentence.split(' '), null), tags.split(' ').map(tagIndex), 4);
  }
  return tableSource({ ...trainer.averaged(0), beam: 4 });
}

describe('beam decoding on the run-time path', () => {
  it('gives the same tags and the same entity confidences with the per-word cache and entity-only confidences', () => {
    const frozen = source();
    expect(frozen.tagWordWeights).toBeDefined();
    const sentences = ['Odd Vik said in Narvik the Council met .', 'Lena Dahl of the Harbour Board said .', 'Vik Vik Vik said Bergen Bergen'];
    // twice: the second round reads the cached history weights
    for (let round = 0; round < 2; round += 1) {
      for (const sentence of sentences) {
        const context = sentenceContext(sentence.split(' '), null);
        const scores = Float64Array.from(frozen.staticScores?.(context) ?? []);
        const plain = beamDecode(frozen, context.lowerHashes, scores, 4);
        const fast = beamDecode(frozen, context.lowerHashes, scores, 4, { ids: context.ids, entityConfidencesOnly: true });
        const cachedOnly = beamDecode(frozen, context.lowerHashes, scores, 4, { ids: context.ids });
        expect(fast.tags).toEqual(plain.tags);
        expect(cachedOnly).toEqual(plain);
        plain.tags.forEach((tag, i) => {
          if (tag === OUTSIDE) expect(fast.confidences[i]).toBeNaN();
          else expect(fast.confidences[i]).toBe(plain.confidences[i]);
        });
      }
    }
  });
});
