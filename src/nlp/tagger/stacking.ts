/**
 * Non-local features for a second tagging pass (stacking, after Ratinov & Roth 2009): a token gets
 * features from the first-pass tags of the same word form elsewhere in the same document, so a name
 * tagged ORG three times in an article pulls its fourth occurrence towards ORG, and a surname the
 * article also writes inside a full name ("Volker" ... "Kurt Volker") reads as part of a person.
 *
 * The first pass is the model itself without these features; the second adds their weights to the
 * first pass's static scores and decodes again. A model is trained with them on first-pass tags
 * produced by models that never saw the document (jackknifed, scripts/train-tagger.ts `--stack`):
 * tags a model gives its own training data are too good to learn how far to trust them.
 */
import { stackFirstFeature, stackLongerFeature, stackMajorityFeature } from './features.js';
import { OUTSIDE, TAG_COUNT, isInside, tagType } from './tags.js';
import { ENTITY_TYPES } from './tags.js';

/** Only words with a capital letter get the features: names are what the article repeats. */
function isNameLike(word: string): boolean {
  for (const ch of word) if (ch !== ch.toLowerCase()) return true;
  return false;
}

/** Index of an entity type in ENTITY_TYPES, for the feature keys. */
function typeIndex(tag: number): number {
  const type = tagType(tag);
  return type === null ? -1 : ENTITY_TYPES.indexOf(type);
}

/** Whether the token at `i` is inside a multi-token span of the tags (`isLast`: its last token). */
function inLongerSpan(tags: readonly number[], i: number): { longer: boolean; isLast: boolean } {
  const tag = tags[i] ?? OUTSIDE;
  if (tag === OUTSIDE) return { longer: false, isLast: false };
  const continues = isInside(tags[i + 1] ?? OUTSIDE) && tagType(tags[i + 1] ?? OUTSIDE) === tagType(tag);
  return { longer: isInside(tag) || continues, isLast: !continues };
}

/**
 * The stacked feature keys of every token of a document (all sentences run together), from the
 * first-pass tags; null for a token without any (a word seen once, or with no capital).
 *  - the tag most other occurrences of the form got (and whether they all agree);
 *  - the tag of its first occurrence, when this is a later one;
 *  - the type of a multi-token span another occurrence sits in, and whether it ends that span.
 */
export function stackedFeatures(words: readonly string[], tags: readonly number[]): (number[] | null)[] {
  const occurrences = new Map<string, number[]>();
  words.forEach((word, i) => {
    if (!isNameLike(word)) return;
    const list = occurrences.get(word);
    if (list === undefined) occurrences.set(word, [i]);
    else list.push(i);
  });
  const out: (number[] | null)[] = new Array<number[] | null>(words.length).fill(null);
  const counts = new Int32Array(TAG_COUNT);
  for (const positions of occurrences.values()) {
    if (positions.length < 2) continue;
    for (const i of positions) {
      counts.fill(0);
      let longerType = -1;
      let longerLast = false;
      for (const j of positions) {
        if (j === i) continue;
        const tag = tags[j] ?? OUTSIDE;
        counts[tag] = (counts[tag] ?? 0) + 1;
        const span = inLongerSpan(tags, j);
        if (span.longer && longerType < 0) {
          longerType = typeIndex(tag);
          longerLast = span.isLast;
        }
      }
      let majority = OUTSIDE;
      for (let t = 1; t < TAG_COUNT; t += 1) if ((counts[t] ?? 0) > (counts[majority] ?? 0)) majority = t;
      const others = positions.length - 1;
      const keys = [stackMajorityFeature(majority, (counts[majority] ?? 0) === others)];
      const first = positions[0] ?? i;
      if (first !== i) keys.push(stackFirstFeature(tags[first] ?? OUTSIDE));
      if (longerType >= 0) keys.push(stackLongerFeature(longerType, longerLast));
      out[i] = keys;
    }
  }
  return out;
}
