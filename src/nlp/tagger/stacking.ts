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
 *
 * Feature version 10 adds the organisation and place cues of the other occurrences (documentCues):
 * "the studio Respawn" in one sentence tells "Respawn" alone in the others.
 */
import { changesWhenLowerCased } from '../lower-case.js';
import { isCapsLine, stackCueFeature, stackFirstFeature, stackLongerFeature, stackMajorityFeature } from './features.js';
import { DOC_CUE_LOC, DOC_CUE_ORG, cueBits, nameRuns, nounContexts } from './name-runs.js';
import { OUTSIDE, TAG_COUNT, isInside, tagType } from './tags.js';
import { ENTITY_TYPES } from './tags.js';

/**
 * Only words with a capital letter get the features: names are what the article repeats. The whole
 * word lower-cased differs from it exactly when one of its characters does (the one context-dependent
 * lower-casing, a final sigma, changes that capital sigma either way).
 */
function isNameLike(word: string): boolean {
  return changesWhenLowerCased(word);
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

export { DOC_CUE_LOC, DOC_CUE_ORG } from './name-runs.js';

/**
 * Per token of a document (all sentences run together), the organisation and place cues its own
 * sentence gives it (name-runs.ts's cueBits, as sentenceContext computes them at run time);
 * stackedFeatures hands a cue to the form's other occurrences, which may have none of their own
 * ("the studio Respawn" ... "Respawn just has..."). ALL-CAPS lines give none.
 */
export function documentCues(sentences: readonly (readonly string[])[]): Uint8Array {
  const total = sentences.reduce((n, s) => n + s.length, 0);
  const out = new Uint8Array(total);
  let base = 0;
  for (const words of sentences) {
    if (!isCapsLine(words)) {
      const lower = words.map((w) => w.toLowerCase());
      const bits = cueBits(nameRuns(words, lower).runs, nounContexts(words, lower));
      if (bits !== null) out.set(bits, base);
    }
    base += words.length;
  }
  return out;
}

/**
 * The stacked feature keys of every token of a document (all sentences run together), from the
 * first-pass tags; null for a token without any (a word seen once, or with no capital).
 *  - the tag most other occurrences of the form got (and whether they all agree);
 *  - the tag of its first occurrence, when this is a later one;
 *  - the type of a multi-token span another occurrence sits in, and whether it ends that span.
 */
export function stackedFeatures(words: readonly string[], tags: readonly number[], cues?: Uint8Array): (number[] | null)[] {
  const occurrences = new Map<string, number[]>();
  words.forEach((word, i) => {
    if (!isNameLike(word)) return;
    const list = occurrences.get(word);
    if (list === undefined) occurrences.set(word, [i]);
    else list.push(i);
  });
  const out: (number[] | null)[] = new Array<number[] | null>(words.length).fill(null);
  const totals = new Int32Array(TAG_COUNT);
  const counts = new Int32Array(TAG_COUNT);
  for (const positions of occurrences.values()) {
    if (positions.length < 2) continue;
    // Each occurrence reads the other occurrences: their tag counts are those of all occurrences
    // less its own tag, and the multi-token span it reads is the first other occurrence's that sits
    // in one, so the first two such occurrences suffice (a form repeated k times costs k, not k²).
    totals.fill(0);
    let firstLonger = -1;
    let secondLonger = -1;
    let orgCues = 0;
    let locCues = 0;
    for (const j of positions) {
      const cue = cues?.[j] ?? 0;
      if ((cue & DOC_CUE_ORG) !== 0) orgCues += 1;
      if ((cue & DOC_CUE_LOC) !== 0) locCues += 1;
      const tag = tags[j] ?? OUTSIDE;
      totals[tag] = (totals[tag] ?? 0) + 1;
      if (secondLonger < 0 && inLongerSpan(tags, j).longer) {
        if (firstLonger < 0) firstLonger = j;
        else secondLonger = j;
      }
    }
    const first = positions[0] ?? 0;
    const others = positions.length - 1;
    for (const i of positions) {
      counts.set(totals);
      const own = tags[i] ?? OUTSIDE;
      counts[own] = (counts[own] ?? 0) - 1;
      let majority = OUTSIDE;
      for (let t = 1; t < TAG_COUNT; t += 1) if ((counts[t] ?? 0) > (counts[majority] ?? 0)) majority = t;
      const keys = [stackMajorityFeature(majority, (counts[majority] ?? 0) === others)];
      if (first !== i) keys.push(stackFirstFeature(tags[first] ?? OUTSIDE));
      const longer = firstLonger === i ? secondLonger : firstLonger;
      if (longer >= 0) keys.push(stackLongerFeature(typeIndex(tags[longer] ?? OUTSIDE), inLongerSpan(tags, longer).isLast));
      const ownCue = cues?.[i] ?? 0;
      const ownOrg = (ownCue & DOC_CUE_ORG) !== 0;
      const ownLoc = (ownCue & DOC_CUE_LOC) !== 0;
      if (orgCues - (ownOrg ? 1 : 0) > 0) keys.push(stackCueFeature(DOC_CUE_ORG, ownOrg));
      if (locCues - (ownLoc ? 1 : 0) > 0) keys.push(stackCueFeature(DOC_CUE_LOC, ownLoc));
      out[i] = keys;
    }
  }
  return out;
}
