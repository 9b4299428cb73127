import { describe, expect, it } from 'vitest';
import { sentenceContext, staticFeatures } from '../../../src/nlp/tagger/features.js';
import { PerceptronTrainer, plainStaticScores, tableSource } from '../../../src/nlp/tagger/perceptron.js';
import { tagIndex } from '../../../src/nlp/tagger/tags.js';

/**
 * The per-process word cache is emptied when full, and word ids start again from 0. A sentence
 * during which that happens must not leave scores of its first words under ids that later name
 * other words.
 */
describe('word cache emptied part-way through a sentence', () => {
  it('keeps cached scores equal to the plain ones afterwards', () => {
    const trainer = new PerceptronTrainer();
    const corpus: [string, string][] = [
      ['Rosa Vidal flew to Lima .', 'B-PER I-PER O O B-LOC O'],
      ['Miners struck in Cusco on Monday .', 'O O O B-LOC O O O'],
    ];
    for (let epoch = 0; epoch < 3; epoch += 1) for (const [s, tags] of corpus) trainer.train(staticFeatures(s.split(' '), null), tags.split(' ').map(tagIndex));
    const source = tableSource(trainer.averaged(0));
    let serial = 0;
    const fresh = (): string => `Zq${(serial++).toString(36)}`;
    // Fill the cache until it is emptied once, then to two words short of full again.
    const start = sentenceContext([fresh()], null).generation;
    let generation = start;
    while (generation === start) generation = sentenceContext([fresh()], null).generation;
    let size = 1;
    for (; size < 49_998; size += 1) sentenceContext([fresh()], null);
    // This sentence fills the cache and empties it at its third word.
    const crossing = ['Rosa', 'Vidal', 'flew', 'to', 'Lima', '.'].map((w) => `${w}${fresh()}`);
    const c = sentenceContext(crossing, null);
    expect(c.generation).toBe(generation + 1);
    expect(new Set(c.ids).size).toBe(crossing.length);
    source.staticScores?.(c);
    // Words now get the ids the crossing sentence's first words had before the cache was emptied:
    // score one-word sentences until the cache is emptied again.
    let mismatches = 0;
    let checked = 0;
    for (let k = 0; k < 60_000; k += 1) {
      const words = [fresh()];
      const context = sentenceContext(words, null);
      if (context.generation !== c.generation) break;
      const cached = source.staticScores?.(context) ?? new Float64Array();
      const plain = plainStaticScores(source, staticFeatures(words, null));
      if (plain.some((value, i) => Math.abs((cached[i] ?? NaN) - value) > 1e-9)) mismatches += 1;
      checked += 1;
    }
    expect(checked).toBeGreaterThan(49_000);
    expect(mismatches).toBe(0);
  });
});
