import { describe, expect, it } from 'vitest';
import { beamDecode } from '../../../src/nlp/tagger/beam.js';
import { decodeBio } from '../../../src/nlp/tagger/decode.js';
import { NO_TAG, staticFeatures, tagFeatures } from '../../../src/nlp/tagger/features.js';
import { decodeModel, encodeModel } from '../../../src/nlp/tagger/model.js';
import { PerceptronTrainer, type ScoreSource, plainStaticScores, tableSource, tagSentence } from '../../../src/nlp/tagger/perceptron.js';
import { OUTSIDE, TAG_COUNT, allowedAfter, tagIndex } from '../../../src/nlp/tagger/tags.js';

/** Short harbour-town news lines: people "said" things, councils "met", boats sailed "to" places. */
const CORPUS: [string, string][] = [
  ['Lena Vik said in Bergen .', 'B-PER I-PER O O B-LOC O'],
  ['The Harbour Council of Narvik met on Monday .', 'O B-ORG I-ORG I-ORG I-ORG O O O O'],
  ['Ferries sailed to Tromso on Friday .', 'O O O B-LOC O O O'],
  ['Council spokesman Odd Dahl said the quay would close .', 'B-ORG O B-PER I-PER O O O O O O'],
  ['Ships from Bodo reached Narvik late .', 'O O B-LOC O B-LOC O O'],
  ['Kari Lunde of the Fisheries Board said prices fell .', 'B-PER I-PER O O B-ORG I-ORG O O O O'],
  ['Storms kept boats in Alta .', 'O O O O B-LOC O'],
  ['Per Moe told the Harbour Council he would stay .', 'B-PER I-PER O O B-ORG I-ORG O O O O'],
];

function trained(epochs: number, width: number): PerceptronTrainer {
  const trainer = new PerceptronTrainer();
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (const [sentence, tags] of CORPUS) trainer.trainBeam(staticFeatures(sentence.split(' '), null), tags.split(' ').map(tagIndex), width);
  }
  return trainer;
}

/** Total score of a tag sequence: static scores plus the tag-history features, as the decoders add them. */
function sequenceScore(source: ScoreSource, lowerHashes: readonly number[], staticScores: Float64Array, tags: readonly number[]): number {
  let total = 0;
  const scores = new Float64Array(TAG_COUNT);
  tags.forEach((tag, i) => {
    for (let t = 0; t < TAG_COUNT; t += 1) scores[t] = staticScores[i * TAG_COUNT + t] ?? 0;
    for (const feature of tagFeatures(tags[i - 1] ?? NO_TAG, tags[i - 2] ?? NO_TAG, lowerHashes[i] ?? 0)) source.addFeature(feature, scores);
    total += scores[tag] ?? 0;
  });
  return total;
}

/** Every valid IOB2 sequence of length n, by brute force. */
function allSequences(n: number): number[][] {
  let out: number[][] = [[]];
  for (let i = 0; i < n; i += 1) {
    out = out.flatMap((prefix) => Array.from({ length: TAG_COUNT }, (_, t) => t).filter((t) => allowedAfter(prefix.at(-1) ?? OUTSIDE, t)).map((t) => [...prefix, t]));
  }
  return out;
}

describe('beam decoding', () => {
  it('with a wide beam finds the highest-scoring tag sequence (checked against every sequence)', () => {
    const source = tableSource({ ...trained(2, 4).averaged(0), beam: 81 });
    for (const sentence of ['Dahl said Bodo', 'Vik met the Council', 'Boats reached Alta .']) {
      const features = staticFeatures(sentence.split(' '), null);
      const scores = plainStaticScores(source, features);
      const found = beamDecode(source, features.lowerHashes, scores, 81).tags;
      const best = Math.max(...allSequences(features.words.length).map((tags) => sequenceScore(source, features.lowerHashes, scores, tags)));
      expect(sequenceScore(source, features.lowerHashes, scores, found)).toBeCloseTo(best, 9);
    }
  });

  it('trained with the same beam, learns its training data and tags unseen names from context', () => {
    const trainer = trained(10, 4);
    const errors = CORPUS.reduce((n, [sentence, tags]) => n + trainer.trainBeam(staticFeatures(sentence.split(' '), null), tags.split(' ').map(tagIndex), 4), 0);
    expect(errors).toBe(0);
    const source = tableSource({ ...trainer.averaged(0), beam: 4 });
    const tagged = tagSentence(source, staticFeatures('Siri Holm said in Alta .'.split(' '), null));
    expect(decodeBio(tagged.tags).map((s) => `${s.type}:${s.first}-${s.last}`)).toEqual(['PER:0-2', 'LOC:4-5']);
  });

  it('never emits an I- tag that continues nothing, and gives confidences in (0, 1]', () => {
    const source = tableSource({ ...trained(2, 4).averaged(0), beam: 4 });
    for (const sentence of ['Council said Vik', 'of the Harbour in', 'Narvik Narvik Narvik']) {
      const tagged = tagSentence(source, staticFeatures(sentence.split(' '), null));
      tagged.tags.forEach((tag, i) => expect(allowedAfter(tagged.tags[i - 1] ?? OUTSIDE, tag)).toBe(true));
      for (const confidence of tagged.confidences) {
        expect(confidence).toBeGreaterThan(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('keeps its width in the model file; files without one decode greedily', () => {
    const table = { ...trained(1, 4).averaged(0), beam: 4 };
    const file = encodeModel(table, { sources: [], dataHash: '', training: {} });
    expect(decodeModel(file).beam).toBe(4);
    const { beam: _dropped, ...older } = file;
    expect(decodeModel(older).beam).toBe(1);
  });

  it('returns nothing for an empty sentence', () => {
    const source = tableSource({ ...trained(1, 4).averaged(0), beam: 4 });
    expect(beamDecode(source, [], new Float64Array(0), 4)).toEqual({ tags: [], confidences: [] });
  });
});
