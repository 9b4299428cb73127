/**
 * Features of the tagger, as hashed integer keys (feature-hash.ts): each is a template id mixed with the
 * hashes of the words, shapes or labels it reads, never a string. Everything that does not depend on
 * the tags already chosen is computed once per token (`staticFeatures`); the few features that read
 * the previous tags are computed during decoding (`tagFeatures`). Bump FEATURE_VERSION whenever a
 * feature or the hashing changes: the committed model records it, and a model trained on other
 * features is refused.
 */
import { hashText, key0, key1, key2 } from './feature-hash.js';
import { GAZETTEER_TYPES, type Gazetteer, type GazetteerMatch, gazetteerMatches, tokenKey } from './gazetteer-features.js';
import { cueBits, nameRuns, nounContexts } from './name-runs.js';
import { GIVEN_NAME, SURNAME, personNames } from './person-names.js';
import { TAG_COUNT } from './tags.js';

export const FEATURE_VERSION = 10;

/** A line counts as ALL CAPS when at least this share of its letter-bearing tokens are upper case. */
const CAPS_LINE_SHARE = 0.8;
/** ...and it has at least this many such tokens (a lone "NATO" does not make a caps line). */
const CAPS_LINE_MIN_WORDS = 3;
/** Prefix and suffix lengths used as features, with the template ids of each (same order). */
const AFFIX_LENGTHS = [2, 3, 4, 5] as const;
/** Shapes are cut to this many characters so long words share a shape. */
const MAX_SHAPE_LENGTH = 6;

export interface SentenceFeatures {
  readonly words: readonly string[];
  /** Hash of each word's lower-cased form (the tag-history features read it). */
  readonly lowerHashes: readonly number[];
  /** Per token: the keys of the features that do not depend on tags. */
  readonly perToken: readonly (readonly number[])[];
  /** Known names of the knowledge base found in the sentence. */
  readonly gazetteerMatches: readonly GazetteerMatch[];
}

/** Word shape with runs collapsed: "Medvedev" -> "Xx", "U.S." -> "X.X.", "15,000" -> "d,d". */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const cls = shapeClass(ch);
    if (cls !== last) shape += cls;
    last = cls;
    if (shape.length >= MAX_SHAPE_LENGTH) break;
  }
  return shape;
}

/**
 * The shape class of one character: 'd', 'X', 'x', or the character itself. ASCII is decided from
 * the code (no case-mapped strings built per character, which dominated the cost of a new word);
 * other characters by their case mappings.
 */
function shapeClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 48 && code <= 57) return 'd';
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    return ch;
  }
  if (ch !== ch.toLowerCase()) return 'X';
  if (ch !== ch.toUpperCase()) return 'x';
  return ch;
}

function hasLetter(word: string): boolean {
  return word.toLowerCase() !== word.toUpperCase();
}

export const BOUNDARY = '<s>';
export const BOUNDARY_HASH = hashText(BOUNDARY);

/** Template ids: the first value mixed into every feature key. Never renumber without bumping FEATURE_VERSION. */
const T = {
  word: 1,
  shape: 2,
  prefix: 3,
  suffix: 6,
  exact: 9,
  acronym: 10,
  bias: 11,
  shapePrev: 12,
  shapeNext: 13,
  wordPrev: 14,
  wordNext: 15,
  firstShape: 16,
  firstWord: 17,
  caps: 18,
  gaz: 19,
  gazShape: 20,
  gazPrev: 21,
  gazNext: 22,
  neighbour: 23,
  prefix5: 26,
  suffix5: 27,
  tag1: 30,
  tag2: 31,
  tagWord: 32,
  personName: 33,
  personNamePrev: 34,
  personNameNext: 35,
  stackMajority: 36,
  stackFirst: 37,
  stackLonger: 38,
  runHead: 39,
  runCue: 40,
  runDefined: 41,
  nounContext: 42,
  stackCue: 43,
} as const;

/** Template ids of the prefix and suffix features, one per AFFIX_LENGTHS entry. */
const PREFIX_IDS = [T.prefix, T.prefix + 1, T.prefix + 2, T.prefix5] as const;
const SUFFIX_IDS = [T.suffix, T.suffix + 1, T.suffix + 2, T.suffix5] as const;

/** Offsets of the neighbouring words whose lower-cased form is a feature ("w-1=the"). */
export const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;
/** Longest acronym length told apart (longer ones share the feature). */
const MAX_ACRONYM_LENGTH = 5;

/** What the features need of one word, independent of its sentence. */
interface WordInfo {
  /** Small integer naming the word in the current cache generation (caches index arrays by it). */
  readonly id: number;
  /** The word as the gazetteer keys it (tokenKey). */
  readonly key: string;
  readonly lower: string;
  readonly lowerHash: number;
  readonly shapeHash: number;
  readonly hasLetter: boolean;
  /** Counts toward an ALL-CAPS line: a letter word of two or more characters... */
  readonly capsCandidate: boolean;
  /** ...written in capitals. */
  readonly upper: boolean;
  /** Person-name flags (person-names.ts): a listed given name, surname, or both; 0 when none. */
  readonly nameFlags: number;
}

/**
 * Words kept in the per-process word cache before it is emptied, so memory stays bounded: the
 * inference scorer keeps 54 doubles per word id (fast-scorer.ts), about 22 MB at this size.
 */
const MAX_CACHED_WORDS = 50_000;
const wordCache = new Map<string, WordInfo>();
/** Bumped whenever the word cache is emptied: word ids of an older generation mean nothing. */
let cacheGeneration = 0;

/** The current word-cache generation: word ids recorded under another one are stale. */
export function wordCacheGeneration(): number {
  return cacheGeneration;
}

function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info === undefined) {
    if (wordCache.size >= MAX_CACHED_WORDS) {
      wordCache.clear();
      cacheGeneration += 1;
    }
    const lower = word.toLowerCase();
    const letter = hasLetter(word);
    const upper = word === word.toUpperCase();
    info = {
      id: wordCache.size,
      key: tokenKey(word),
      lower,
      lowerHash: hashText(lower),
      shapeHash: hashText(wordShape(word)),
      hasLetter: letter,
      capsCandidate: letter && word.length >= 2,
      upper,
      nameFlags: nameFlagsOf(word, lower, upper && letter),
    };
    wordCache.set(word, info);
  }
  return info;
}

/**
 * The person-name flags of a capitalised word, read as written ("Maria") or, for a word in capitals
 * ("MARIA", as on a caps line), in title case. Lower-case words are never names here.
 */
function nameFlagsOf(word: string, lower: string, allCaps: boolean): number {
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return 0;
  const names = personNames();
  // Only the given/surname flags are features; the gender bits are for the quotes annotator.
  return ((allCaps ? names.get(first + lower.slice(1)) : names.get(word)) ?? 0) & (GIVEN_NAME | SURNAME);
}

/** On a caps line the case of a word says nothing: every word gets the same neutral shape. */
const CAPS_SHAPE_HASH = hashText('C');

function shapeHashOf(info: WordInfo, capsLine: boolean): number {
  return capsLine && info.hasLetter ? CAPS_SHAPE_HASH : info.shapeHash;
}

/** A sentence prepared for feature extraction: what every feature template reads. */
export interface SentenceContext {
  readonly words: readonly string[];
  /** Word ids (see `generation`): lets caches index arrays instead of hashing strings. */
  readonly ids: readonly number[];
  /** The word-cache generation the ids belong to. */
  readonly generation: number;
  readonly lower: readonly string[];
  readonly lowerHashes: readonly number[];
  readonly shapeHashes: readonly number[];
  /** Person-name flags of each word (0: not a listed name). */
  readonly nameFlags: readonly number[];
  readonly capsLine: boolean;
  /** Hashes of the gazetteer labels ("g=LOC-B"...) per token. */
  readonly gaz: readonly (readonly number[])[];
  readonly matches: readonly GazetteerMatch[];
  /** Per token, the keys of its capitalised-run features (name-runs.ts); empty when the sentence has none. */
  readonly runs: readonly (readonly number[])[];
  /** Per token, the organisation and place cues of its sentence for the stacked pass (name-runs.ts's cueBits); null when none (and on ALL-CAPS lines). */
  readonly cues: Uint8Array | null;
}

/** Gazetteer labels are a handful of fixed strings: hash each once. */
const labelHashes = new Map<string, number>();

function labelHash(label: string): number {
  let h = labelHashes.get(label);
  if (h === undefined) {
    h = hashText(label);
    labelHashes.set(label, h);
  }
  return h;
}

/** Hashes of "g=DEM", "g=multi", and "g=TYPE-B" / "g=TYPE-I" per GAZETTEER_TYPES entry. */
const DEM_LABEL_HASH = labelHash('g=DEM');
const MULTI_LABEL_HASH = labelHash('g=multi');
const BEGIN_LABEL_HASHES = GAZETTEER_TYPES.map((type) => labelHash(`g=${type}-B`));
const INSIDE_LABEL_HASHES = GAZETTEER_TYPES.map((type) => labelHash(`g=${type}-I`));
/** Shared by the tokens no match covers (nothing writes into the lists). */
const NO_LABELS: readonly number[] = Object.freeze([]);

/**
 * featuresOfMatches(length, matches) with each label replaced by its hash, built directly: no label
 * strings, and one shared empty list for the tokens outside every match.
 */
function gazetteerLabelHashes(length: number, matches: readonly GazetteerMatch[]): (readonly number[])[] {
  const out: (readonly number[])[] = new Array<readonly number[]>(length).fill(NO_LABELS);
  for (const match of matches) {
    for (let k = match.first; k < match.last && k < length; k += 1) {
      if (k < 0) continue;
      const slot = out[k] === NO_LABELS ? [] : (out[k] as number[]);
      out[k] = slot;
      for (let type = 0; type < GAZETTEER_TYPES.length; type += 1) {
        if ((match.mask & (1 << type)) === 0) continue;
        slot.push(GAZETTEER_TYPES[type] === 'DEM' ? DEM_LABEL_HASH : ((k === match.first ? BEGIN_LABEL_HASHES[type] : INSIDE_LABEL_HASHES[type]) ?? 0));
      }
      if (match.last - match.first > 1) slot.push(MULTI_LABEL_HASH);
    }
  }
  return out;
}

/** Whether a sentence is written in capitals (a wire headline, a dateline, a table row). */
export function isCapsLine(words: readonly string[]): boolean {
  let letterWords = 0;
  let upperWords = 0;
  for (const word of words) {
    const info = wordInfo(word);
    if (!info.capsCandidate) continue;
    letterWords += 1;
    if (info.upper) upperWords += 1;
  }
  return capsLineCounts(letterWords, upperWords);
}

function capsLineCounts(letterWords: number, upperWords: number): boolean {
  return letterWords >= CAPS_LINE_MIN_WORDS && upperWords >= CAPS_LINE_SHARE * letterWords;
}

function capsLineOf(infos: readonly WordInfo[]): boolean {
  let letterWords = 0;
  let upperWords = 0;
  for (const info of infos) {
    if (!info.capsCandidate) continue;
    letterWords += 1;
    if (info.upper) upperWords += 1;
  }
  return capsLineCounts(letterWords, upperWords);
}

/**
 * With `personNames` false the person-name features are left out (every word's flags read 0): the
 * trainer drops them for a share of its sentences, so the model learns to find people whose names
 * the list lacks as well.
 */
export function sentenceContext(words: readonly string[], gazetteer: Gazetteer | null, personNames = true): SentenceContext {
  const n = words.length;
  const infos: WordInfo[] = new Array<WordInfo>(n);
  const generation = cacheGeneration;
  for (let i = 0; i < n; i += 1) infos[i] = wordInfo(words[i] ?? '');
  // The cache was emptied part-way: the first words' ids belong to the old generation and could
  // name other words in the new one (the per-id score caches would mix them up). Look them up again.
  if (cacheGeneration !== generation) for (let i = 0; i < n; i += 1) infos[i] = wordInfo(words[i] ?? '');
  const capsLine = capsLineOf(infos);
  const keys: string[] = new Array<string>(n);
  const ids: number[] = new Array<number>(n);
  const lower: string[] = new Array<string>(n);
  const lowerHashes: number[] = new Array<number>(n);
  const shapeHashes: number[] = new Array<number>(n);
  const nameFlags: number[] = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    const info = infos[i] as WordInfo;
    nameFlags[i] = personNames ? info.nameFlags : 0;
    keys[i] = info.key;
    ids[i] = info.id;
    lower[i] = info.lower;
    lowerHashes[i] = info.lowerHash;
    shapeHashes[i] = shapeHashOf(info, capsLine);
  }
  const matches = gazetteer === null ? [] : gazetteerMatches(words, keys, gazetteer, capsLine);
  const gaz = matches.length === 0 ? [] : gazetteerLabelHashes(n, matches);
  const { runs, cues } = capsLine ? NO_RUNS : runFeatureKeys(words, lower, lowerHashes);
  return { words, ids, generation: cacheGeneration, lower, lowerHashes, shapeHashes, nameFlags, capsLine, gaz, matches, runs, cues };
}

/** Tokens of the bracketed acronym after a run get this position in the runDefined feature. */
const ACRONYM_POSITION = 3;

/**
 * The capitalised-run features of each token (name-runs.ts): the run's last word with the token's
 * position in the run, the run's cue class with the token's side of the cue, and whether the run is
 * defined by a bracketed acronym (on the run and on the acronym); for a run of any length, an
 * organisation or place noun before it or heading an apposition after it (nounContexts). [] when the
 * sentence has none.
 */
function runFeatureKeys(words: readonly string[], lower: readonly string[], lowerHashes: readonly number[]): { runs: (readonly number[])[]; cues: Uint8Array | null } {
  const { runs, acronyms } = nameRuns(words, lower);
  const nouns = nounContexts(words, lower);
  const cues = cueBits(runs, nouns);
  let out: (readonly number[])[] | null = null;
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i];
    const acronym = acronyms?.[i] === true;
    const noun = nouns === null ? 0 : (nouns[i] ?? 0);
    if (run === null && !acronym && noun === 0) continue;
    out ??= new Array<readonly number[]>(runs.length).fill(NO_LABELS);
    const keys: number[] = [];
    if (run !== null && run !== undefined) {
      keys.push(key2(T.runHead, lowerHashes[run.last] ?? 0, run.position));
      if (run.cue !== 0) keys.push(key2(T.runCue, run.cue, (run.cueSide + 1) * 3 + run.position));
      if (run.defined) keys.push(key1(T.runDefined, run.position));
    }
    if (acronym) keys.push(key1(T.runDefined, ACRONYM_POSITION));
    if (noun !== 0) keys.push(key1(T.nounContext, noun));
    out[i] = keys;
  }
  return { runs: out ?? [], cues };
}

/** What an ALL-CAPS line gets from runFeatureKeys. */
const NO_RUNS: { runs: (readonly number[])[]; cues: Uint8Array | null } = { runs: [], cues: null };

/**
 * Features that depend only on the word itself and on whether its line is in capitals, so an
 * inference cache can score them once per distinct word (see fast-scorer.ts).
 */
export function wordFeatures(word: string, capsLine: boolean, personNames = true): number[] {
  const info = wordInfo(word);
  const w = info.lower;
  const f = [key1(T.word, info.lowerHash), key1(T.shape, shapeHashOf(info, capsLine))];
  AFFIX_LENGTHS.forEach((n, k) => {
    if (w.length > n) f.push(key1(PREFIX_IDS[k] ?? T.prefix, hashText(w, 0, n)), key1(SUFFIX_IDS[k] ?? T.suffix, hashText(w, w.length - n)));
  });
  if (!capsLine) f.push(key1(T.exact, hashText(word)));
  if (word.length > 1 && word === word.toUpperCase() && info.hasLetter && !capsLine) f.push(key1(T.acronym, Math.min(word.length, MAX_ACRONYM_LENGTH)));
  if (personNames && info.nameFlags !== 0) f.push(key1(T.personName, info.nameFlags));
  return f;
}

/** The feature of a neighbour's lower-cased form at `offset` ("w-1=the"), from the form's hash. */
export function neighbourFeature(offset: number, lowerHash: number): number {
  return key2(T.neighbour, offset, lowerHash);
}

const BIAS = key0(T.bias);
/** The key of the bias feature (every token has it: the fast scorer reads its weights once). */
export const BIAS_FEATURE = BIAS;
const CAPS = key0(T.caps);

/**
 * The hash at position k, BOUNDARY_HASH outside the sentence. The explicit range test matters for
 * speed: reading index -1 of an array is a property look-up up the prototype chain in V8.
 */
export function hashAt(hashes: readonly number[], k: number): number {
  return k >= 0 && k < hashes.length ? (hashes[k] ?? BOUNDARY_HASH) : BOUNDARY_HASH;
}

/** The most context features one token can have: 5 fixed, 2 sentence-initial, caps, up to 4 of its capitalised run, 2 person-name neighbours, and the gazetteer's. */
const MAX_CONTEXT_FEATURES = 64;
const contextScratch = new Int32Array(MAX_CONTEXT_FEATURES);

/**
 * Features of token i that combine it with its neighbours or its position (not cacheable per word),
 * written to `out` from index 0; returns how many. Indexed loops and a caller's typed array: the fast
 * scorer calls it for every token, and an array emptied and refilled per token, or for...of over the
 * gazetteer labels, allocated on every call.
 */
export function writeContextFeatures(c: SentenceContext, i: number, out: Int32Array): number {
  const w = hashAt(c.lowerHashes, i);
  const s = hashAt(c.shapeHashes, i);
  let n = 0;
  out[n++] = BIAS;
  out[n++] = key2(T.shapePrev, hashAt(c.shapeHashes, i - 1), s);
  out[n++] = key2(T.shapeNext, s, hashAt(c.shapeHashes, i + 1));
  out[n++] = key2(T.wordPrev, hashAt(c.lowerHashes, i - 1), w);
  out[n++] = key2(T.wordNext, w, hashAt(c.lowerHashes, i + 1));
  if (i === 0) {
    out[n++] = key1(T.firstShape, s);
    out[n++] = key1(T.firstWord, w);
  }
  if (c.capsLine) out[n++] = CAPS;
  const run = i < c.runs.length ? c.runs[i] : undefined;
  if (run !== undefined) for (let k = 0; k < run.length && n < out.length; k += 1) out[n++] = run[k] ?? 0;
  // A listed given name before, a listed surname after: "Maria Okafor" reads as a person from both sides.
  const namePrev = i > 0 ? (c.nameFlags[i - 1] ?? 0) : 0;
  if (namePrev !== 0) out[n++] = key2(T.personNamePrev, namePrev, s);
  const nameNext = i + 1 < c.nameFlags.length ? (c.nameFlags[i + 1] ?? 0) : 0;
  if (nameNext !== 0) out[n++] = key2(T.personNameNext, nameNext, s);
  const gaz = c.gaz;
  if (gaz.length === 0) return n;
  const own = i < gaz.length ? gaz[i] : undefined;
  if (own !== undefined) {
    for (let k = 0; k < own.length && n + 2 <= out.length; k += 1) {
      const g = own[k] ?? 0;
      out[n++] = key1(T.gaz, g);
      out[n++] = key2(T.gazShape, g, s);
    }
  }
  const before = i > 0 && i - 1 < gaz.length ? gaz[i - 1] : undefined;
  if (before !== undefined) for (let k = 0; k < before.length && n < out.length; k += 1) out[n++] = key1(T.gazPrev, before[k] ?? 0);
  const after = i + 1 < gaz.length ? gaz[i + 1] : undefined;
  if (after !== undefined) for (let k = 0; k < after.length && n < out.length; k += 1) out[n++] = key1(T.gazNext, after[k] ?? 0);
  return n;
}

/**
 * Features of token i that combine it with its neighbours or its position (not cacheable per word),
 * appended to `f` and returned (`writeContextFeatures` as an array).
 */
export function contextFeatures(c: SentenceContext, i: number, f: number[] = []): number[] {
  const n = writeContextFeatures(c, i, contextScratch);
  for (let k = 0; k < n; k += 1) f.push(contextScratch[k] ?? 0);
  return f;
}

export function staticFeatures(words: readonly string[], gazetteer: Gazetteer | null, personNames = true): SentenceFeatures {
  const c = sentenceContext(words, gazetteer, personNames);
  const perToken = words.map((word, i) => {
    const f = wordFeatures(word, c.capsLine, personNames).concat(contextFeatures(c, i));
    for (const offset of NEIGHBOUR_OFFSETS) f.push(neighbourFeature(offset, hashAt(c.lowerHashes, i + offset)));
    return f;
  });
  return { words, lowerHashes: c.lowerHashes, perToken, gazetteerMatches: c.matches };
}

/** The tag value of a position before the sentence start. */
export const NO_TAG = TAG_COUNT;

/** Features that read the tags already chosen for the two previous tokens (NO_TAG before the start). */
export function tagFeatures(prevTag: number, prev2Tag: number, lowerHash: number): number[] {
  return [previousTagFeature(prevTag), previousTagsFeature(prev2Tag, prevTag), key2(T.tagWord, prevTag, lowerHash)];
}

/** Tag values a tag-history feature reads: the tags and NO_TAG. */
const TAG_VALUES = TAG_COUNT + 1;
/** key1(T.tag1, prev) for every prev, computed once: decoding asks for it at every token. */
const PREVIOUS_TAG_KEYS = Uint32Array.from({ length: TAG_VALUES }, (_, prev) => key1(T.tag1, prev));
/** key2(T.tag2, prev2, prev) for every pair, at prev2 * TAG_VALUES + prev. */
const PREVIOUS_TAGS_KEYS = Uint32Array.from({ length: TAG_VALUES * TAG_VALUES }, (_, k) => key2(T.tag2, Math.floor(k / TAG_VALUES), k % TAG_VALUES));

/** The first of `tagFeatures`: the previous tag. */
export function previousTagFeature(prevTag: number): number {
  return PREVIOUS_TAG_KEYS[prevTag] ?? key1(T.tag1, prevTag);
}

/** The second of `tagFeatures`: the two previous tags. */
export function previousTagsFeature(prev2Tag: number, prevTag: number): number {
  return PREVIOUS_TAGS_KEYS[prev2Tag * TAG_VALUES + prevTag] ?? key2(T.tag2, prev2Tag, prevTag);
}

/** The third of `tagFeatures`: the previous tag with the current word. */
export function tagWordFeature(prevTag: number, lowerHash: number): number {
  return key2(T.tagWord, prevTag, lowerHash);
}

/** Stacked feature (stacking.ts): the tag most other occurrences of the form got in the first pass, and whether all did. */
export function stackMajorityFeature(tag: number, unanimous: boolean): number {
  return key2(T.stackMajority, tag, unanimous ? 1 : 0);
}

/** Stacked feature: the first-pass tag of the form's first occurrence in the document. */
export function stackFirstFeature(tag: number): number {
  return key1(T.stackFirst, tag);
}

/** Stacked feature: another occurrence has an organisation (1) or place (2) cue in its sentence (stacking.ts's documentCues), and whether this one has it too. */
export function stackCueFeature(cue: number, own: boolean): number {
  return key2(T.stackCue, cue, own ? 1 : 0);
}

/** Stacked feature: another occurrence sits in a multi-token span of this type (index), at its end or not. */
export function stackLongerFeature(type: number, last: boolean): number {
  return key2(T.stackLonger, type, last ? 1 : 0);
}
