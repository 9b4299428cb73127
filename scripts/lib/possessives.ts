/**
 * Possessive tokens as the recognizer sees them at run time. The news-ner-silver files keep "'s" on
 * the word ("SpaceX's" B-ORG, "Omar’s" B-PER), while the run-time tokenizer (src/nlp/tokenize.ts)
 * splits it off ("SpaceX" "'s"). Tagging the files' tokens as given shows the model words it never
 * meets at run time; these helpers split them the run-time way, for training (the stem keeps the
 * tag, the ending is O unless the entity goes on after it) and for scoring (the files' token gets
 * its stem's tag, so the gold spans are scored as written).
 */
import { spansToTags, tagDocument, type TaggingOptions } from '../../src/nlp/tagger/document.js';
import type { Gazetteer } from '../../src/nlp/tagger/gazetteer-features.js';
import type { ScoreSource } from '../../src/nlp/tagger/perceptron.js';
import type { ConllDocument, ConllSentence } from './conll-file.js';

/** A word with a possessive ending the tokenizer splits off: the stem and the ending. */
const POSSESSIVE = /^(.+?)(['’][sS])$/u;

/** Stem and ending of a possessive token, or null. */
function splitWord(word: string): [string, string] | null {
  const match = POSSESSIVE.exec(word);
  if (match === null) return null;
  const stem = match[1] ?? '';
  // "'s" alone or a stem without a letter or digit ("''s") stays whole.
  if (!/[\p{L}\p{N}]/u.test(stem)) return null;
  return [stem, match[2] ?? ''];
}

/**
 * The sentence with possessive tokens split (tags in IOB2): the stem keeps the token's tag; the
 * ending is I-X when the next token continues the same entity ("Macy's Thanksgiving Parade"), else O.
 */
export function splitPossessiveSentence(sentence: ConllSentence): ConllSentence {
  if (!sentence.words.some((w) => splitWord(w) !== null)) return sentence;
  const words: string[] = [];
  const tags: string[] = [];
  sentence.words.forEach((word, i) => {
    const tag = sentence.tags[i] ?? 'O';
    const parts = splitWord(word);
    words.push(parts === null ? word : parts[0]);
    tags.push(tag);
    if (parts === null) return;
    const next = sentence.tags[i + 1] ?? 'O';
    const continues = tag !== 'O' && next === `I-${tag.slice(2)}`;
    words.push(parts[1]);
    tags.push(continues ? next : 'O');
  });
  return { words, tags };
}

export function splitPossessiveDocuments(documents: readonly ConllDocument[]): ConllDocument[] {
  return documents.map((d) => ({ sentences: d.sentences.map(splitPossessiveSentence) }));
}

/**
 * Predicted IOB2 tags for the given tokens of each sentence: with `split`, possessive tokens are
 * split before tagging and each given token takes its first part's tag.
 */
export function predictTags(source: ScoreSource, gazetteer: Gazetteer | null, sentences: readonly (readonly string[])[], options: TaggingOptions, split: boolean): string[][] {
  if (!split) return spansToTags(tagDocument(source, gazetteer, sentences, options), sentences);
  const owners: number[][] = [];
  const tokens = sentences.map((sentence) => {
    const out: string[] = [];
    const owner: number[] = [];
    sentence.forEach((word) => {
      const parts = splitWord(word);
      owner.push(out.length);
      if (parts === null) out.push(word);
      else out.push(parts[0], parts[1]);
    });
    owners.push(owner);
    return out;
  });
  const predicted = spansToTags(tagDocument(source, gazetteer, tokens, options), tokens);
  return predicted.map((tags, k) => (owners[k] ?? []).map((at) => tags[at] ?? 'O'));
}
