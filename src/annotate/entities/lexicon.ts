/**
 * The word lists of the entities annotator: data/lexicons/entity-words.json (its `comment` says
 * what each list is and where it comes from), read once at module load. Keys are lower case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../kb/paths.js';

interface EntityWordsFile {
  readonly roleHeads: readonly string[];
  readonly titleWords: readonly string[];
  readonly honorifics: readonly string[];
  readonly formerWords: readonly string[];
  readonly currentWords: readonly string[];
  readonly roleModifiers: readonly string[];
  readonly clauseVerbs: readonly string[];
  readonly clauseAdverbs: readonly string[];
  readonly eventHeads: readonly string[];
  readonly eventLeads: readonly string[];
  readonly facilityHeads: readonly string[];
  readonly organizationHeads: readonly string[];
  readonly featureLeads: readonly string[];
  readonly agencies: readonly string[];
}

export const ENTITY_WORDS_RELATIVE_PATH = join('data', 'lexicons', 'entity-words.json');

const file = JSON.parse(readFileSync(join(packageRoot(), ENTITY_WORDS_RELATIVE_PATH), 'utf8')) as EntityWordsFile;
const lowerSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => word.toLowerCase()));

export const ROLE_HEADS = lowerSet(file.roleHeads);
export const TITLE_WORDS = lowerSet(file.titleWords);
export const HONORIFICS = lowerSet(file.honorifics);
export const FORMER_WORDS = lowerSet(file.formerWords);
export const CURRENT_WORDS = lowerSet(file.currentWords);
export const ROLE_MODIFIERS = lowerSet(file.roleModifiers);
export const EVENT_HEADS = lowerSet(file.eventHeads);
export const EVENT_LEADS = lowerSet(file.eventLeads);
export const FACILITY_HEADS = lowerSet(file.facilityHeads);
export const ORGANIZATION_HEADS = lowerSet(file.organizationHeads);
export const FEATURE_LEADS = lowerSet(file.featureLeads);
/** Agencies as written (case matters: "AP", "PA"). */
export const AGENCIES: readonly string[] = file.agencies;
export const CLAUSE_VERBS: readonly string[] = file.clauseVerbs;
export const CLAUSE_ADVERBS: readonly string[] = file.clauseAdverbs;

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The lower-cased word without a trailing period ("Dr." -> "dr"). */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** True when `word` (case and a final period aside) is an honorific, a title word or a role head: "Dr.", "President", "minister". */
export function isTitleOrRoleWord(word: string): boolean {
  const key = wordKey(word);
  return HONORIFICS.has(key) || TITLE_WORDS.has(key) || ROLE_HEADS.has(key);
}
