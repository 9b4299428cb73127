/**
 * Descriptors: a definite role phrase standing for a person named elsewhere ("The former president
 * of Russia has made…", "the minister said") becomes a mention of that person, form "descriptor",
 * rule "entities/descriptor". The phrase is "the", lexicon modifiers ("former", "deputy", "top")
 * and role nouns ending in a role head; its complement ("of Russia") is left out of the span.
 *
 * It goes to a person one of whose roles has the same head noun and the same tense (a "former"
 * descriptor to a role with former/then/ex-, a plain one to a role without): the one mentioned most,
 * then the one named last before the phrase. With no such person it is not a mention. A phrase
 * that is a role already (inside "who serves as the deputy chairman"), or a title before a name
 * ("the President Vladimir Putin"), is skipped.
 */
import type { EntityRoleT } from '../../record/facts/entities.js';
import { type MentionCandidate, overlaps, ruleName } from './candidate.js';
import type { MentionGroup } from './group.js';
import { FORMER_WORDS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_WORDS } from './lexicon.js';
import { isPastRole, roleHead } from './role-words.js';

export const DESCRIPTOR_RULE = ruleName('descriptor');
export const DESCRIPTOR_CONFIDENCE = 0.6;

/** "the" and up to five following words (hyphenated words whole). */
const DEFINITE = /(?<![\p{L}\p{N}])[Tt]he((?:\s+[\p{L}][\p{L}\p{M}-]*){1,5})/gu;
const WORD = /[\p{L}][\p{L}\p{M}-]*/gu;

function modifierFits(word: string): boolean {
  return word.split('-').every((part) => ROLE_MODIFIERS.has(part) || FORMER_WORDS.has(part) || TITLE_WORDS.has(part));
}

/** The end offset of the role phrase opened by "the" at `m`, or -1. */
function phraseEnd(m: RegExpMatchArray): number {
  const tail = m[1] as string;
  const base = (m.index ?? 0) + m[0].length - tail.length;
  let end = -1;
  for (const w of tail.matchAll(WORD)) {
    const word = w[0].toLowerCase();
    const parts = word.split('-');
    const last = parts[parts.length - 1] as string;
    if (ROLE_HEADS.has(word) || (ROLE_HEADS.has(last) && parts.slice(0, -1).every((p) => FORMER_WORDS.has(p) || ROLE_MODIFIERS.has(p)))) {
      end = base + w.index + w[0].length;
      continue;
    }
    if (end < 0 && modifierFits(word)) continue;
    break;
  }
  return end;
}

function sameRole(phrase: string, role: EntityRoleT): boolean {
  return roleHead(role.text) === roleHead(phrase) && isPastRole(role.text) === isPastRole(phrase);
}

/** The person a descriptor stands for, or undefined. */
function personFor(phrase: MentionCandidate, groups: readonly MentionGroup[], order: (a: MentionCandidate, b: MentionCandidate) => number): MentionGroup | undefined {
  let best: MentionGroup | undefined;
  let bestLast: MentionCandidate | undefined;
  for (const group of groups) {
    if (group.type !== 'person' || !group.roles.some((role) => sameRole(phrase.text, role))) continue;
    const before = group.mentions.filter((m) => order(m, phrase) < 0);
    const last = before[before.length - 1];
    const better =
      best === undefined ||
      group.mentions.length > best.mentions.length ||
      (group.mentions.length === best.mentions.length && last !== undefined && (bestLast === undefined || order(last, bestLast) > 0));
    if (better) {
      best = group;
      bestLast = last;
    }
  }
  return best;
}

/** Adds descriptor mentions to the person groups they stand for (in place). */
export function addDescriptors(
  groups: readonly MentionGroup[],
  texts: ReadonlyMap<string, string>,
  taken: readonly { layer: string; start: number; end: number }[],
  order: (a: MentionCandidate, b: MentionCandidate) => number,
): void {
  if (!groups.some((group) => group.type === 'person' && group.roles.length > 0)) return;
  const found: [MentionGroup, MentionCandidate][] = [];
  for (const [layer, text] of texts) {
    for (const m of text.matchAll(DEFINITE)) {
      const end = phraseEnd(m);
      if (end < 0) continue;
      const start = m.index;
      // A capitalised word right after the phrase: a title before a name, not a descriptor.
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && !/^\s+(?:[Oo]f|[Aa]nd)\b/.test(text.slice(end, end + 5))) continue;
      const phrase: MentionCandidate = { layer, start, end, text: text.slice(start, end), type: 'person', form: 'descriptor', rule: DESCRIPTOR_RULE, confidence: DESCRIPTOR_CONFIDENCE };
      if (taken.some((span) => overlaps(span, phrase))) continue;
      const person = personFor(phrase, groups, order);
      if (person !== undefined) found.push([person, phrase]);
    }
  }
  for (const [group, phrase] of found) group.mentions.push(phrase);
  for (const group of groups) group.mentions.sort(order);
}
