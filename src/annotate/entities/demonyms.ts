/**
 * Nationality words as mentions of their country ("Japanese" -> Japan), rule "entities/demonym":
 * - a word the tagger calls MISC (or leaves untagged) that the knowledge base knows as a demonym,
 *   plural forms included ("Russians");
 * - the demonym part of a hyphenated compound that is not a name itself ("Russian-held",
 *   "Japanese-built", "Then-Russian"): the part alone is the mention.
 * Only words the knowledge base knows count, so "French fries" stays a risk and "Northern" is never
 * one. Which country a demonym names is the linker's call (it looks demonyms up).
 */
import type { KnowledgeBase } from '../../kb/index.js';
import { startsWithUpperCaseLetter } from '../../nlp/lower-case.js';
import { capitalisedWordScan } from './capitalised-words.js';
import { type MentionCandidate, coverage, covered, ruleName } from './candidate.js';

export const DEMONYM_RULE = ruleName('demonym');
export const DEMONYM_CONFIDENCE = 0.85;

/** Answers per word and knowledge base: most capitalised words of an article are asked about often. */
const DEMONYM_ANSWERS = new WeakMap<KnowledgeBase, Map<string, boolean>>();
/** Words remembered per knowledge base before the memory is emptied. */
const MAX_ANSWERS = 50_000;

/** Whether the knowledge base knows `word` as a nationality word (or its plural). */
export function isDemonym(word: string, kb: KnowledgeBase): boolean {
  if (!startsWithUpperCaseLetter(word)) return false;
  let answers = DEMONYM_ANSWERS.get(kb);
  if (answers === undefined) {
    answers = new Map();
    DEMONYM_ANSWERS.set(kb, answers);
  }
  let answer = answers.get(word);
  if (answer === undefined) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answer = kb.lookupDemonym(word).length > 0 || (word.length > 3 && word.endsWith('s') && kb.lookupDemonym(word.slice(0, -1)).length > 0);
    answers.set(word, answer);
  }
  return answer;
}

/** Whether the knowledge base has an entry named `word` (asked only of demonym-like words). */
function isKnownName(word: string, kb: KnowledgeBase): boolean {
  return kb.lookup(word).length > 0;
}

function demonymCandidate(layer: string, start: number, text: string): MentionCandidate {
  return { layer, start, end: start + text.length, text, type: 'location', form: 'demonym', rule: DEMONYM_RULE, confidence: DEMONYM_CONFIDENCE };
}

/**
 * The demonym parts of a hyphenated word at `start` ("Russian-held" -> "Russian"), or null when the
 * word has none or is itself a name the knowledge base knows ("Guinea-Bissau").
 */
export function demonymParts(layer: string, start: number, word: string, kb: KnowledgeBase): MentionCandidate[] | null {
  if (!word.includes('-')) return null;
  const out: MentionCandidate[] = [];
  let at = 0;
  for (const part of word.split('-')) {
    if (isDemonym(part, kb)) out.push(demonymCandidate(layer, start + at, part));
    at += part.length + 1;
  }
  return out.length > 0 && !isKnownName(word, kb) ? out : null;
}

/** A single demonym word that is not also a place name, or the demonym parts of a compound; null when it is neither. */
export function demonymMentions(layer: string, start: number, word: string, kb: KnowledgeBase): MentionCandidate[] | null {
  if (!word.includes('-')) return isDemonym(word, kb) && !isKnownName(word, kb) ? [demonymCandidate(layer, start, word)] : null;
  return demonymParts(layer, start, word, kb);
}

/** Capitalised words with their hyphen-joined parts ("Russian-held"). */
const capitalisedWords = capitalisedWordScan(true);

/** Demonyms among the capitalised words no other mention covers. */
export function findUntaggedDemonyms(layer: string, text: string, taken: readonly MentionCandidate[], kb: KnowledgeBase): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const mask = coverage(taken, layer, text.length);
  capitalisedWords(text, (start, word) => {
    if (covered(mask, start, start + word.length)) return;
    const found = demonymMentions(layer, start, word, kb);
    if (found !== null) out.push(...found);
  });
  return out;
}
