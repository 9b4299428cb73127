/**
 * Roles written next to a person's name, as spans (entities[].roles):
 * - `entities/role:title-before-name`: the capitalised title right before the name ("President"
 *   before "Vladimir Putin", "Japanese Prime Minister", "Then-Russian President", "Secretary of
 *   State"); lower-case words of the lexicon may join it ("former president"), "current" and the
 *   like do not;
 * - `entities/role:apposition`: a role phrase between commas after the name ("Ana Ortiz, the chief
 *   economist at Nordbank,"), without its article;
 * - `entities/role:relative-clause`: "who (currently) serves as the deputy chairman of Russia’s
 *   Security Council".
 * A role must end (before its complement) in a role noun of data/lexicons/entity-words.json.
 */
import type { KnowledgeBase } from '../../kb/index.js';
import type { EntityRoleT } from '../../record/facts/entities.js';
import { type MentionCandidate, ruleName } from './candidate.js';
import { isDemonym } from './demonyms.js';
import { CLAUSE_ADVERBS, CLAUSE_VERBS, CURRENT_WORDS, FORMER_WORDS, ROLE_HEADS, TITLE_WORDS, escapeRegExp, wordKey } from './lexicon.js';
import { roleHead } from './role-words.js';

const TITLE_RULE = ruleName('role:title-before-name');
const APPOSITION_RULE = ruleName('role:apposition');
const CLAUSE_RULE = ruleName('role:relative-clause');

/** How far before a name a title is looked for. */
const TITLE_LOOKBACK = 80;
/** How far after a name an apposition or clause is read. */
const PHRASE_LOOKAHEAD = 160;
/** A role phrase has at most this many words. */
const MAX_ROLE_WORDS = 12;
/** Its part before the complement at most this many. */
const MAX_CORE_WORDS = 6;

const CONNECTORS = new Set(['of', 'for', 'and']);
/** A character of a title word: letters, marks, periods, apostrophes, hyphens. */
const WORD_CHARACTER = /^[\p{L}\p{M}.'’-]$/u;
const SPACE = 32;

interface LastWord {
  readonly word: string;
  /** Offset of its first character in the source. */
  readonly start: number;
  /** How many spaces follow it up to the position asked about. */
  readonly spaces: number;
}

/** Whether the code point ending just before `end` is a word character; its length in code units, else 0. */
function wordCharacterBefore(source: string, end: number, from: number): number {
  const last = source.charCodeAt(end - 1);
  if (last >= 0xdc00 && last <= 0xdfff && end - 2 >= from) {
    const high = source.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHARACTER.test(source.slice(end - 2, end)) ? 2 : 0;
  }
  return WORD_CHARACTER.test(source.charAt(end - 1)) ? 1 : 0;
}

/**
 * The last word of source[from, at) with the spaces after it ("... Prime |" -> "Prime"), or null
 * when the stretch does not end in a word and spaces. A backward scan: an end-anchored regular
 * expression would be retried at every position of the stretch.
 */
function lastWordBefore(source: string, from: number, at: number): LastWord | null {
  let wordEnd = at;
  while (wordEnd > from && source.charCodeAt(wordEnd - 1) === SPACE) wordEnd -= 1;
  if (wordEnd === at) return null;
  let start = wordEnd;
  for (let size = start > from ? wordCharacterBefore(source, start, from) : 0; size > 0; size = start > from ? wordCharacterBefore(source, start, from) : 0) start -= size;
  if (start === wordEnd) return null;
  return { word: source.slice(start, wordEnd), start, spaces: at - wordEnd };
}

function titleWordFits(word: string, kb: KnowledgeBase): boolean {
  const parts = word.split('-').filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  return parts.every((part) => {
    const key = wordKey(part);
    if (CURRENT_WORDS.has(key)) return false;
    if (ROLE_HEADS.has(key) || TITLE_WORDS.has(key) || FORMER_WORDS.has(key)) return true;
    return /^\p{Lu}/u.test(part) && isDemonym(part, kb);
  });
}

function roleSpan(layer: string, source: string, start: number, end: number, rule: string): EntityRoleT {
  return { layer, start, end, text: source.slice(start, end), rule };
}

/** The title right before the name, or null. */
function titleBefore(mention: MentionCandidate, source: string, kb: KnowledgeBase): EntityRoleT | null {
  const from = Math.max(0, mention.start - TITLE_LOOKBACK);
  let at = mention.start;
  let start = -1;
  let pendingConnector = -1;
  for (;;) {
    const last = lastWordBefore(source, from, at);
    if (last === null) break;
    const word = last.word;
    const wordStart = last.start;
    if (CONNECTORS.has(word) && start >= 0 && pendingConnector < 0) {
      pendingConnector = wordStart;
      at = wordStart;
      continue;
    }
    if (!titleWordFits(word, kb)) break;
    // A lower-case title word joins only when it is a role noun or says "former".
    if (!/^\p{Lu}/u.test(word) && !ROLE_HEADS.has(wordKey(word)) && !FORMER_WORDS.has(wordKey(word))) break;
    start = wordStart;
    pendingConnector = -1;
    at = wordStart;
  }
  if (start < 0) return null;
  const end = mention.start - (lastWordBefore(source, from, mention.start)?.spaces ?? 1);
  const text = source.slice(start, end);
  const words = text.split(/[\s-]+/).map(wordKey);
  if (!words.some((word) => ROLE_HEADS.has(word))) return null;
  return roleSpan(mention.layer, source, start, end, TITLE_RULE);
}

const PHRASE_END = /[,;:.()\u2013\u2014"“”]|\s-\s|\n/;
const COMPLEMENT = /\s+(?:of|for|at|in|to|with|from|on)\s+/i;

/** The role phrase starting at `start` (up to a comma, clause mark or the end), or null. */
function rolePhrase(source: string, start: number): { start: number; end: number } | null {
  const rest = source.slice(start, start + PHRASE_LOOKAHEAD);
  const stop = PHRASE_END.exec(rest);
  const phrase = (stop === null ? rest : rest.slice(0, stop.index)).trimEnd();
  if (phrase.length === 0) return null;
  if (phrase.split(/\s+/).length > MAX_ROLE_WORDS) return null;
  const coreText = phrase.split(COMPLEMENT)[0] as string;
  const coreWords = coreText.split(/\s+/);
  if (coreWords.length > MAX_CORE_WORDS) return null;
  if (!ROLE_HEADS.has(roleHead(coreText))) return null;
  // Every word but a possessive owner ("Japan’s") is a lower-case or title word.
  if (coreWords.some((word) => /^\p{Lu}/u.test(word) && !/['’]s$/.test(word) && !TITLE_WORDS.has(wordKey(word)) && !ROLE_HEADS.has(wordKey(word)))) return null;
  return { start, end: start + phrase.length };
}

const ARTICLE = '(?:(?:the|a|an)\\s+)?';
const APPOSITION = new RegExp(`^,\\s+${ARTICLE}`, 'i');
const CLAUSE = new RegExp(
  `^,?\\s+who\\s+(?:(?:${CLAUSE_ADVERBS.map(escapeRegExp).join('|')})\\s+)?(?:${CLAUSE_VERBS.map(escapeRegExp).join('|')})\\s+${ARTICLE}`,
  'i',
);

function phraseAfter(mention: MentionCandidate, source: string): EntityRoleT | null {
  const after = source.slice(mention.end, mention.end + PHRASE_LOOKAHEAD);
  const clause = CLAUSE.exec(after);
  if (clause !== null) {
    const span = rolePhrase(source, mention.end + clause[0].length);
    if (span !== null) return roleSpan(mention.layer, source, span.start, span.end, CLAUSE_RULE);
  }
  const apposition = APPOSITION.exec(after);
  if (apposition === null || /^,\s+who\s/i.test(after)) return null;
  const span = rolePhrase(source, mention.end + apposition[0].length);
  return span === null ? null : roleSpan(mention.layer, source, span.start, span.end, APPOSITION_RULE);
}

/** The roles written next to each person mention. */
export function findRoles(mentions: readonly MentionCandidate[], texts: ReadonlyMap<string, string>, kb: KnowledgeBase): Map<MentionCandidate, EntityRoleT[]> {
  const out = new Map<MentionCandidate, EntityRoleT[]>();
  for (const mention of mentions) {
    if (mention.type !== 'person' || mention.form === 'descriptor') continue;
    const source = texts.get(mention.layer) ?? '';
    const roles = [titleBefore(mention, source, kb), phraseAfter(mention, source)].filter((role): role is EntityRoleT => role !== null);
    if (roles.length > 0) out.set(mention, roles);
  }
  return out;
}
