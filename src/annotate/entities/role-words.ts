/**
 * Reading role phrases: their head noun ("the former president of Russia" -> "president") and
 * whether they put the role in the past ("former", "then", "ex-").
 */
import { FORMER_WORDS } from './lexicon.js';

/** The words of a phrase, hyphenated compounds split ("Then-Russian President" -> then, russian, president). */
export function roleWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .map((word) => word.replace(/[^\p{L}]/gu, ''))
    .filter((word) => word.length > 0);
}

/** The part of a role phrase before its complement ("deputy chairman" of "deputy chairman of X"). */
function core(phrase: string): string {
  return phrase.split(/\s+(?:of|for|at|in|to|with|from|on)\s+/i)[0] ?? phrase;
}

/** The head noun of a role phrase, lower case: "Japanese Prime Minister" -> "minister". */
export function roleHead(phrase: string): string {
  const words = roleWords(core(phrase));
  return words[words.length - 1] ?? '';
}

/** Whether a role phrase is in the past: "former", "then", "ex-", "late"... */
export function isPastRole(phrase: string): boolean {
  return roleWords(core(phrase)).some((word) => FORMER_WORDS.has(word));
}
