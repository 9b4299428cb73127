/**
 * Gazetteer features from the knowledge base: does a run of tokens spell the name of a known
 * place, organization or event, or is a single token a nationality word ("Japanese")?
 *
 * The tagger does not trust the list blindly (a city called "Mobile" or "Reading" is also a common
 * word): it only sees features such as "g=LOC-B" / "g=LOC-I" and learns how much they weigh next to
 * casing and context. The index maps a normalised key (lower case, accents, dots and apostrophes
 * dropped, a leading "the" dropped, words joined by one space: the knowledge base's own keys) to a
 * bit mask of the types found under that key, so a look-up is one Map access per n-gram.
 */
import { readFileSync } from 'node:fs';
import { defaultKbPath } from '../../kb/paths.js';
import { initialChangesWhenLowerCased, lowerCased } from '../lower-case.js';

export const GAZETTEER_TYPES = ['LOC', 'ORG', 'MISC', 'PER', 'DEM'] as const;
export type GazetteerType = (typeof GAZETTEER_TYPES)[number];

/** The longest name, in tokens, that the look-up tries. */
export const MAX_GAZETTEER_TOKENS = 6;

/** Words allowed inside a name without a capital ("Bank of Japan", "Sea of Okhotsk"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', '&', 'de', 'del', 'du', 'la', 'for', '-', 'on', 'upon', 'y']);

export interface Gazetteer {
  /** Bit mask of GAZETTEER_TYPES under a normalised key; 0 when unknown. */
  maskOf(key: string): number;
  /** Whether some longer name starts with `key` plus more words (so a longer look-up can succeed). */
  continues(key: string): boolean;
}

export function typeBit(type: GazetteerType): number {
  return 1 << GAZETTEER_TYPES.indexOf(type);
}

export function createGazetteer(names: Iterable<{ key: string; type: GazetteerType }>): Gazetteer {
  const masks = new Map<string, number>();
  const prefixes = new Set<string>();
  for (const { key, type } of names) {
    masks.set(key, (masks.get(key) ?? 0) | typeBit(type));
    for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space));
  }
  return { maskOf: (key) => masks.get(key) ?? 0, continues: (key) => prefixes.has(key) };
}

const KB_TYPE_TO_TAG: Readonly<Record<string, GazetteerType>> = {
  location: 'LOC',
  organization: 'ORG',
  event: 'MISC',
  person: 'PER',
};

interface KbFileShape {
  entries: { type: string }[];
  names: Record<string, number[]>;
  demonyms: Record<string, number[]>;
}

/** Names and demonyms of a built knowledge-base file (data/kb/kb.json), as gazetteer keys. */
export function* kbGazetteerNames(file: KbFileShape): Generator<{ key: string; type: GazetteerType }> {
  for (const [key, positions] of Object.entries(file.names)) {
    for (const position of positions) {
      const type = KB_TYPE_TO_TAG[file.entries[position]?.type ?? ''];
      if (type !== undefined) yield { key, type };
    }
  }
  for (const key of Object.keys(file.demonyms)) yield { key, type: 'DEM' };
}

let loaded: Gazetteer | null = null;

/** The gazetteer of the committed knowledge base, read once per process. */
export function loadKbGazetteer(path: string = defaultKbPath()): Gazetteer {
  loaded ??= createGazetteer(kbGazetteerNames(JSON.parse(readFileSync(path, 'utf8')) as KbFileShape));
  return loaded;
}

/** Code points above this are not ASCII and may carry accents to fold. */
const LAST_ASCII = 0x7f;

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > LAST_ASCII) return true;
  return false;
}
const JOINING_MARKS = /['’.]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Keys already computed, per token; emptied when it holds this many. */
const MAX_CACHED_KEYS = 100_000;
const keyCache = new Map<string, string>();

/** One token as the knowledge base keys it: "U.S." -> "us", "São" -> "sao", "Saint-Denis" -> "saint denis". */
export function tokenKey(token: string): string {
  let key = keyCache.get(token);
  if (key === undefined) {
    if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear();
    key = computeTokenKey(token);
    keyCache.set(token, key);
  }
  return key;
}

function computeTokenKey(token: string): string {
  let folded = token.toLowerCase();
  if (hasNonAscii(folded)) folded = folded.normalize('NFKD').replace(/\p{M}+/gu, '');
  return folded.replace(JOINING_MARKS, '').replace(SEPARATORS, ' ').trim();
}

function isNameWord(word: string, capsLine: boolean): boolean {
  const first = word.charCodeAt(0);
  const upper = initialChangesWhenLowerCased(word);
  return upper || (capsLine && first > 64) || (first >= 48 && first <= 57);
}

/** A run of tokens that spells a known name: tokens first..last-1, with the types found. */
export interface GazetteerMatch {
  readonly first: number;
  readonly last: number;
  readonly mask: number;
}

/**
 * Known names in a sentence, longest match first, left to right. A match must start and end on a
 * capitalised word (any word on an ALL-CAPS line); only connectors may be lower-case inside it.
 */
export function gazetteerMatches(words: readonly string[], keys: readonly string[], gazetteer: Gazetteer, capsLine: boolean): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const matched = longestMatchAt(words, keys, i, gazetteer, capsLine);
    if (matched === null) {
      i += 1;
      continue;
    }
    out.push({ first: i, last: i + matched.length, mask: matched.mask });
    i += matched.length;
  }
  return out;
}

/** Gazetteer feature strings per token ("g=LOC-B", "g=ORG-I", "g=DEM", "g=multi") from the matches. */
export function featuresOfMatches(length: number, matches: readonly GazetteerMatch[]): string[][] {
  const out: string[][] = Array.from({ length }, () => []);
  for (const match of matches) {
    for (let k = match.first; k < match.last; k += 1) {
      const slot = out[k];
      if (slot === undefined) continue;
      for (const type of GAZETTEER_TYPES) {
        if ((match.mask & typeBit(type)) === 0) continue;
        slot.push(type === 'DEM' ? 'g=DEM' : `g=${type}-${k === match.first ? 'B' : 'I'}`);
      }
      if (match.last - match.first > 1) slot.push('g=multi');
    }
  }
  return out;
}

export function gazetteerFeatures(words: readonly string[], keys: readonly string[], gazetteer: Gazetteer, capsLine: boolean): string[][] {
  return featuresOfMatches(words.length, gazetteerMatches(words, keys, gazetteer, capsLine));
}

function longestMatchAt(words: readonly string[], keys: readonly string[], i: number, gazetteer: Gazetteer, capsLine: boolean): { length: number; mask: number } | null {
  const first = words[i];
  if (first === undefined || !isNameWord(first, capsLine)) return null;
  let best: { length: number; mask: number } | null = null;
  let key = '';
  for (let n = 1; n <= MAX_GAZETTEER_TOKENS && i + n <= words.length; n += 1) {
    const word = words[i + n - 1] ?? '';
    const nameWord = isNameWord(word, capsLine);
    if (!nameWord && !NAME_CONNECTORS.has(lowerCased(word))) break;
    const part = keys[i + n - 1] ?? '';
    if (part.length > 0) key = key.length === 0 ? part : `${key} ${part}`;
    if (key.length === 0) continue;
    if (nameWord) {
      const mask = gazetteer.maskOf(key);
      if (mask !== 0) best = { length: n, mask };
    }
    // no known name goes on from here: longer runs cannot match (saves building their keys)
    if (!gazetteer.continues(key)) break;
  }
  return best;
}
