/**
 * Document-level consistency, a second pass over one article's tagged tokens. A name is usually
 * introduced in full and then repeated short, and a sentence-level tagger can miss the repeats or
 * type them differently. This pass:
 * 1. adds the missed repeats: an untagged capitalised token run that spells a name tagged elsewhere
 *    in the article, or the surname of a person tagged in full ("Dmitry Medvedev" ... "Medvedev");
 * 2. gives every occurrence of the same name the type most of its occurrences got (confidence-
 *    weighted), when that majority is clear;
 * 3. keeps a name the article also uses as a common noun from being a person: a form tagged PER
 *    that somewhere stands after an article and before punctuation ("units trained to hunt the
 *    Purge Troopers .", "a Jedi ,") names a thing or a group, so its PER occurrences become MISC
 *    (and spread as MISC); one plural word after "the" ("the Bidens") is a family and stays PER;
 * 4. makes a place of a name written after "the/a PLACE-NOUN of" ("the town of Durnford", "the
 *    port of Lautoka"; data/lexicons/place-nouns.txt), and lets that occurrence outvote the others.
 */
import { readLexicon } from '../lexicons.js';
import { initialChangesWhenLowerCased } from '../lower-case.js';
import type { TokenSpan } from './decode.js';
import type { EntityType } from './tags.js';

/** A repeat is only added when the evidence elsewhere has at least this confidence. */
const MIN_EVIDENCE_CONFIDENCE = 0.6;
/** Share of the confidence-weighted votes a type needs to impose itself on the other occurrences. */
const MAJORITY_SHARE = 0.7;
/** Confidence given to spans this pass adds: it is lower than a direct tagging. */
const PROPAGATED_CONFIDENCE_FACTOR = 0.9;
/** The longest name, in tokens, this pass looks for. */
const MAX_NAME_TOKENS = 6;

/** "town", "port", "province": in "the town of X" the name is a place. */
const PLACE_NOUNS: ReadonlySet<string> = new Set(readLexicon('place-nouns.txt'));
/** The weight of one "the town of X" against ordinary occurrences: it settles the name's type unless many say otherwise. */
const PLACE_NOUN_WEIGHT = 10;

/** Words that make the name after them a noun phrase rather than a person's name. */
const ARTICLES = new Set(['the', 'a', 'an']);

interface Evidence {
  votes: Map<EntityType, number>;
  best: number;
}

function isCapitalised(word: string): boolean {
  return initialChangesWhenLowerCased(word);
}

function keyOf(words: readonly string[], first: number, last: number): string {
  return words.slice(first, last).join(' ');
}

function collectEvidence(words: readonly string[], spans: readonly TokenSpan[]): Map<string, Evidence> {
  const evidence = new Map<string, Evidence>();
  const vote = (key: string, type: EntityType, confidence: number): void => {
    const entry = evidence.get(key) ?? { votes: new Map<EntityType, number>(), best: 0 };
    entry.votes.set(type, (entry.votes.get(type) ?? 0) + confidence);
    entry.best = Math.max(entry.best, confidence);
    evidence.set(key, entry);
  };
  for (const span of spans) {
    vote(keyOf(words, span.first, span.last), span.type, afterPlaceNoun(words, span.first) ? span.confidence * PLACE_NOUN_WEIGHT : span.confidence);
    const surname = words[span.last - 1];
    if (span.type === 'PER' && span.last - span.first >= 2 && surname !== undefined && isCapitalised(surname)) {
      vote(surname, 'PER', span.confidence);
    }
  }
  return evidence;
}

function majority(entry: Evidence): { type: EntityType; share: number } | null {
  let total = 0;
  let best: EntityType | null = null;
  let bestVotes = 0;
  for (const [type, votes] of entry.votes) {
    total += votes;
    if (votes > bestVotes) {
      best = type;
      bestVotes = votes;
    }
  }
  return best === null || total === 0 ? null : { type: best, share: bestVotes / total };
}

/**
 * `words` are the article's tokens, `spans` its entities (token indices into `words`, sorted), and
 * `sentenceStarts` the index of each sentence's first token (a name is not split across them).
 */
export function harmonizeDocument(words: readonly string[], given: readonly TokenSpan[], sentenceStarts: ReadonlySet<number>): TokenSpan[] {
  const spans = placesAfterPlaceNouns(words, demoteNounPersons(words, given, sentenceStarts));
  const evidence = collectEvidence(words, spans);
  const covered = new Uint8Array(words.length);
  for (const span of spans) covered.fill(1, span.first, span.last);
  const relabeled = spans.map((span) => {
    const entry = evidence.get(keyOf(words, span.first, span.last));
    const win = entry === undefined ? null : majority(entry);
    return win !== null && win.share >= MAJORITY_SHARE && win.type !== span.type ? { ...span, type: win.type } : span;
  });
  // A repeat starts with the first word of a name that has evidence (tokens hold no spaces), so
  // other words are passed over without building the keys of the runs they start.
  const firstWords = new Set<string>();
  for (const key of evidence.keys()) firstWords.add(key.includes(' ') ? key.slice(0, key.indexOf(' ')) : key);
  const added: TokenSpan[] = [];
  let i = 0;
  while (i < words.length) {
    const found = covered[i] === 1 || !firstWords.has(words[i] ?? '') ? null : repeatAt(words, i, covered, sentenceStarts, evidence);
    if (found === null) {
      i += 1;
      continue;
    }
    added.push(found);
    i = found.last;
  }
  return [...relabeled, ...added].sort((a, b) => a.first - b.first);
}

function repeatAt(words: readonly string[], i: number, covered: Uint8Array, sentenceStarts: ReadonlySet<number>, evidence: Map<string, Evidence>): TokenSpan | null {
  if (!isCapitalised(words[i] ?? '')) return null;
  for (let n = Math.min(MAX_NAME_TOKENS, words.length - i); n >= 1; n -= 1) {
    const last = i + n;
    if (!isCapitalised(words[i] ?? '') || !isCapitalised(words[last - 1] ?? '')) continue;
    if (covered.subarray(i, last).some((c) => c === 1)) continue;
    let crossesSentence = false;
    for (let k = i + 1; k < last; k += 1) if (sentenceStarts.has(k)) crossesSentence = true;
    if (crossesSentence) continue;
    const entry = evidence.get(keyOf(words, i, last));
    const win = entry === undefined ? null : majority(entry);
    if (entry === undefined || win === null || entry.best < MIN_EVIDENCE_CONFIDENCE || win.share < MAJORITY_SHARE) continue;
    return { type: win.type, first: i, last, confidence: entry.best * PROPAGATED_CONFIDENCE_FACTOR };
  }
  return null;
}

/** Whether the token after `last` ends a noun phrase: punctuation, or the end of the document or sentence. */
function endsPhrase(words: readonly string[], last: number, sentenceStarts: ReadonlySet<number>): boolean {
  const next = words[last];
  return next === undefined || sentenceStarts.has(last) || !/[\p{L}\p{N}]/u.test(next);
}

/**
 * PER spans whose form the article also writes as "the/a/an FORM" followed by punctuation become
 * MISC (rule 3 of the header). Only forms tagged PER somewhere are looked for, so the scan is one
 * pass over the tokens after an article.
 */
function demoteNounPersons(words: readonly string[], spans: readonly TokenSpan[], sentenceStarts: ReadonlySet<number>): readonly TokenSpan[] {
  const personForms = new Map<string, number>();
  for (const span of spans) if (span.type === 'PER') personForms.set(keyOf(words, span.first, span.last), span.last - span.first);
  if (personForms.size === 0) return spans;
  const lengths = new Set(personForms.values());
  const nounForms = new Set<string>();
  for (let i = 1; i < words.length; i += 1) {
    if (sentenceStarts.has(i) || !ARTICLES.has(words[i - 1] ?? '') || !isCapitalised(words[i] ?? '')) continue;
    for (const n of lengths) {
      const key = keyOf(words, i, i + n);
      // "the Bidens": one plural word after "the" is a family, still people
      const family = n === 1 && words[i - 1] === 'the' && (words[i] ?? '').endsWith('s');
      if (!family && personForms.has(key) && endsPhrase(words, i + n, sentenceStarts)) nounForms.add(key);
    }
  }
  if (nounForms.size === 0) return spans;
  return spans.map((span) => (span.type === 'PER' && nounForms.has(keyOf(words, span.first, span.last)) ? { ...span, type: 'MISC' } : span));
}

/** True when the words before `first` are "the/a PLACE-NOUN of" ("the town of"). */
function afterPlaceNoun(words: readonly string[], first: number): boolean {
  return first >= 3 && words[first - 1] === 'of' && PLACE_NOUNS.has(words[first - 2] ?? '') && ARTICLES.has((words[first - 3] ?? '').toLowerCase());
}

/** Spans after "the town of" become LOC (rule 4 of the header). */
function placesAfterPlaceNouns(words: readonly string[], spans: readonly TokenSpan[]): readonly TokenSpan[] {
  return spans.map((span) => (span.type !== 'LOC' && afterPlaceNoun(words, span.first) ? { ...span, type: 'LOC' } : span));
}
