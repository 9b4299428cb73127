/**
 * Organisations named in the text, for the role nouns that stand for them: "the court said" after
 * "The Supreme Court of Marovia ruled", "according to the agency" after "the Aurelian Space Agency".
 *
 * An organisation is a capitalised name (small joining words allowed: "of", "for", "and", "the")
 * holding a head noun from data/lexicons/organization-heads.txt ("Court", "Agency", "Hospital"), or
 * any capitalised name that the article introduces with such a noun in apposition ("Harrowgate
 * Telecom, the company that..."). Built once per article, and only when a role noun asks for it.
 */
import { readLexicon } from './lexicons.js';

export interface OrganizationMention {
  start: number;
  end: number;
  /** The name as written, without a leading article ("Supreme Court of Marovia"). */
  name: string;
  /** The head noun, lower case ("court"). */
  head: string;
}

const HEADS = new Set(readLexicon('organization-heads.txt'));
/** A capitalised name with inner joining words: "Supreme Court of Marovia", "St. Brigid's Children's Hospital". */
const NAME = /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:of|for|and|the|de|on)[ \t]+)*\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
/** Capitalised words that open a sentence rather than a name. */
const LEADING_NOT_NAME = /^(?:The|A|An|In|On|At|But|And|According|After|Before|When|While|Its|Their|His|Her|This|That)\s+/u;
/** "X, the company that...", "X, a firm": a head noun in apposition after a name. */
const HEAD_APPOSITIVE = /^,\s+(?:the|a|an|its|their)\s+([^,.;:\uE000]{1,60})/u;
const POSSESSIVE = /['’]s?$/;
/** Sentence adverbs and other capitalised words that a comma and a noun phrase follow without naming anything. */
const NOT_A_NAME = /^(?:However|Meanwhile|Instead|Still|Yet|Now|Then|Later|Earlier|Separately|Elsewhere|Also|Finally|Moreover|Furthermore|Nevertheless|Today|Yesterday|Overall|Indeed|Besides|Otherwise|Again|Here|There|Last|Next|First|Second|Third|So|Thus|Hence|\p{Lu}\p{Ll}+ly)$/u;
/** A preposition of place right before a name: the name is where something happened. */
const VENUE_BEFORE = /(?:^|[^\p{L}])(?:at|outside|inside|near)\s+(?:the\s+)?$/iu;
const VENUE_WINDOW = 16;
const DATE_TAIL = /\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/u;
const APPOSITIVE_WORDS = /[\p{L}'’-]+/gu;
/** The most words of an appositive read for its head noun ("a software company"). */
const MAX_APPOSITIVE_WORDS = 4;

/** "Lumera, a software company based in Porto": the head noun of an appositive after a name, when it is an organisation's. */
function appositiveHead(text: string, end: number): string | null {
  const m = HEAD_APPOSITIVE.exec(text.slice(end, end + APPOSITIVE_WINDOW));
  if (m === null) return null;
  const words = (m[1] as string).match(APPOSITIVE_WORDS) ?? [];
  for (const word of words.slice(0, MAX_APPOSITIVE_WORDS)) {
    const lower = word.toLowerCase();
    if (HEADS.has(lower)) return lower;
  }
  return null;
}
const APPOSITIVE_WINDOW = 80;

function headOf(name: string): string | null {
  const core = name.split(/\s+(?:of|for|on)\s+/)[0] as string;
  const words = core.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = (words[i] as string).replace(POSSESSIVE, '').replace(/\.$/, '').toLowerCase();
    if (HEADS.has(w)) return w;
  }
  return null;
}

/** True when a name holds an organisation head noun ("Harbour Trust", "Supreme Court of Marovia"). */
export function isOrganizationName(name: string): boolean {
  return headOf(name) !== null;
}

/** Every organisation mention of `text` (masked text: quotations blanked out), in text order. */
export function indexOrganizations(text: string): OrganizationMention[] {
  const out: OrganizationMention[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m !== null; m = NAME.exec(text)) {
    let raw = m[0].replace(POSSESSIVE, '');
    let start = m.index;
    const lead = LEADING_NOT_NAME.exec(raw);
    if (lead !== null) {
      raw = raw.slice(lead[0].length);
      start += lead[0].length;
    }
    if (raw.length === 0) continue;
    // "sentenced at Fenwick Crown Court": a venue, not an organisation that speaks.
    if (VENUE_BEFORE.test(text.slice(Math.max(0, start - VENUE_WINDOW), start))) continue;
    // "Fenwick Crown Court on Friday.": a day or month joined by "on" and a sentence period are no part of the name.
    raw = raw.replace(DATE_TAIL, '').replace(/(\p{Ll}{2,})\.$/u, '$1');
    let head = headOf(raw);
    // "However, the group said": a one-word name opening a sentence may be any capitalised word.
    if (head === null && !NOT_A_NAME.test(raw)) head = appositiveHead(text, m.index + m[0].length);
    if (head !== null) out.push({ start, end: start + raw.length, name: raw, head });
  }
  return out;
}

/** The latest organisation mentioned before `offset` with head noun `head`, or null. */
export function latestOrganization(mentions: readonly OrganizationMention[], head: string, offset: number): OrganizationMention | null {
  let found: OrganizationMention | null = null;
  for (const mention of mentions) {
    if (mention.start >= offset) break;
    if (mention.head === head) found = mention;
  }
  return found;
}

/** "the court", "The agency": a definite role phrase made of an organisation head noun alone; its head, or null. */
export function organizationRoleHead(role: string): string | null {
  const m = /^the\s+(\p{Ll}+)$/iu.exec(role.trim());
  const head = m?.[1]?.toLowerCase();
  return head !== undefined && HEADS.has(head) ? head : null;
}
