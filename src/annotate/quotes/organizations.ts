/**
 * Organisations named in the text, for the role nouns that stand for them: "the court said" after
 * "The Supreme Court of Marovia ruled", "according to the agency" after "the Aurelian Space Agency".
 *
 * An organisation is a capitalised name (small joining words allowed: "of", "for", "and", "the")
 * holding a head noun from data/lexicons/organization-heads.txt ("Court", "Agency", "Hospital"), or
 * any capitalised name that the article introduces with such a noun in apposition ("Harrowgate
 * Telecom, the company that..."). Built once per article, and only when a role noun asks for it.
 */
import { readLexicon } from '../../nlp/lexicons.js';
import { execAtNextCapital } from '../../nlp/capital-scan.js';

export interface OrganizationMention {
  start: number;
  end: number;
  /** The name as written, without a leading article ("Supreme Court of Marovia"). */
  name: string;
  /** The head noun, lower case ("court"); "organization" for one the entities annotator found with no head noun in its name. */
  head: string;
  /** True when the mention opens its sentence (after at most a leading circumstance and "the"): the sentence's subject. */
  opensSentence?: boolean;
  /** True when the mention names where something was said ("said on Twitter", "via Facebook"), not who. */
  channel?: boolean;
}

/** An organisation the entities annotator found: its canonical name and one body mention. */
export interface KnownOrganization {
  start: number;
  end: number;
  name: string;
}

/** The head of an organisation the entities annotator found whose name holds no head noun. */
const UNKNOWN_KIND_HEAD = 'organization';

/** "on ", "via " right before a name: the channel something was said on. */
const CHANNEL_BEFORE = /(?:^|\s)(?:on|via)\s+$/;

/** "The ", a leading circumstance ("In a reflection of the confusion, the "), or nothing between a sentence's start and its subject. */
// A role in apposition may come first: "The company that runs the AMAs, Dick Clark Productions, denies".
const SUBJECT_LEAD = /^\s*(?:(?:In|On|At|After|Before|During|Since|For|With|By|From|Under|Last|This|Earlier|Later|However|Meanwhile|Separately)\b[^,.;:!?\uE000]{0,60},\s*)?(?:(?:The|Its|Their)\s+\p{Ll}[^,.;:!?\uE000]{0,60},\s*)?(?:[Tt]he\s+)?$/u;

/**
 * The organisations of the masked text: those its own patterns find, then those the entities
 * annotator found that they missed ("Big Machine", "Salesforce": no head noun in the name), each
 * marked when it opens its sentence. A known mention inside a quotation (blanked in `masked`) is
 * left out.
 */
export function mergeOrganizations(
  masked: string,
  found: OrganizationMention[],
  known: readonly KnownOrganization[],
  sentenceStartAt: (offset: number) => number,
): OrganizationMention[] {
  found = found.flatMap((f) => splitJoinedPair(masked, f, known));
  const extra = known
    .filter((k) => !masked.slice(k.start, k.end).includes('\uE000') && !found.some((f) => f.start < k.end && k.start < f.end))
    // "sentenced at Fenwick Crown Court": a venue, as in indexOrganizations.
    .filter((k) => !isVenue(masked, k.start))
    .map((k) => ({ start: k.start, end: k.end, name: k.name, head: headOf(k.name) ?? UNKNOWN_KIND_HEAD }));
  return [...found, ...extra]
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ ...m, opensSentence: SUBJECT_LEAD.test(masked.slice(sentenceStartAt(m.start), m.start)), channel: CHANNEL_BEFORE.test(masked.slice(Math.max(0, m.start - 6), m.start)) }));
}

/** A list item and its comma right before a name: "Blue Origin, Sierra Nevada Corp., ". */
const LIST_ITEM_BEFORE = /[\p{L}\p{N}.]\s*,\s*$/u;

/**
 * "SpaceX, Blue Origin, Ceres Robotics and Tyvak Nano-Satellite Systems": the last two items of a
 * list of names, joined by "and", are two organisations when the entities annotator found each
 * side as one; a name outside a list ("the Harrowby Fire and Rescue Service") stays whole, as the
 * annotator may cut it in two.
 */
function splitJoinedPair(masked: string, mention: OrganizationMention, known: readonly KnownOrganization[]): OrganizationMention[] {
  const and = / and /.exec(mention.name);
  if (and === null || !LIST_ITEM_BEFORE.test(masked.slice(Math.max(0, mention.start - 40), mention.start))) return [mention];
  const leftEnd = mention.start + and.index;
  const rightStart = leftEnd + and[0].length;
  const left = known.find((k) => k.start === mention.start && k.end === leftEnd);
  const right = known.find((k) => k.start === rightStart && k.end <= mention.end);
  if (left === undefined || right === undefined) return [mention];
  const rightName = mention.name.slice(rightStart - mention.start);
  return [
    { start: mention.start, end: leftEnd, name: mention.name.slice(0, and.index), head: headOf(mention.name.slice(0, and.index)) ?? UNKNOWN_KIND_HEAD },
    { start: rightStart, end: mention.end, name: rightName, head: headOf(rightName) ?? mention.head },
  ];
}

const HEAD_LINES = readLexicon('organization-heads.txt');
const HEADS = new Set(HEAD_LINES.filter((line) => !line.includes('>')));
/**
 * "force > police", "club > albion": nouns that also stand for an organisation named with another
 * head ("the force" for "Humberside Police", "the club" for "Westbridge Albion"); a noun may have several.
 */
const HEAD_ALIASES: ReadonlyMap<string, readonly string[]> = (() => {
  const aliases = new Map<string, string[]>();
  for (const line of HEAD_LINES.filter((l) => l.includes('>'))) {
    const [noun, head] = line.split('>').map((part) => part.trim()) as [string, string];
    aliases.set(noun, [...(aliases.get(noun) ?? []), head]);
  }
  return aliases;
})();
/** A capitalised name with inner joining words: "Supreme Court of Marovia", "St. Brigid's Children's Hospital". Sticky: run at each capital only (capital-scan.ts). */
const NAME = /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:of|for|and|the|de|on)[ \t]+)*\p{Lu}[\p{L}\p{M}'’.-]*)*/uy;
/** Capitalised words that open a sentence rather than a name. */
const LEADING_NOT_NAME = /^(?:The|A|An|In|On|At|But|And|According|After|Before|When|While|Its|Their|His|Her|This|That)\s+/u;
/** "X, the company that...", "X, a firm": a head noun in apposition after a name. */
const HEAD_APPOSITIVE = /^,\s+(?:the|a|an|its|their)\s+([^,.;:\uE000]{1,60})/u;
const POSSESSIVE = /['’]s?$/;
/** Sentence adverbs and other capitalised words that a comma and a noun phrase follow without naming anything. */
const NOT_A_NAME = /^(?:However|Meanwhile|Instead|Still|Yet|Now|Then|Later|Earlier|Separately|Elsewhere|Also|Finally|Moreover|Furthermore|Nevertheless|Today|Yesterday|Overall|Indeed|Besides|Otherwise|Again|Here|There|Last|Next|First|Second|Third|So|Thus|Hence|\p{Lu}\p{Ll}+ly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;
/** A preposition of place right before a name: the name is where something happened. */
const VENUE_BEFORE = /(?:^|[^\p{L}])(?:at|outside|inside|near)\s+(?:the\s+)?$/iu;
const VENUE_WINDOW = 16;
/** People and their role before "at": "Researchers at the Pengarth Institute" work there; it is no venue. */
const AFFILIATION_BEFORE = /(?:^|[^\p{L}])(?:\p{L}\p{Ll}+(?:ers|ists|ians|ors)|staff|officials?|experts?|professor|doctors?|scientist|researcher|economist|analyst|engineer|lawyer|student|worker|employees?|spokes(?:man|woman|person)|director|head|chief)\s+at\s+(?:the\s+)?$/u;
const AFFILIATION_WINDOW = 40;

/** True when the name at `start` follows a preposition of place that is no one's affiliation ("sentenced at Fenwick Crown Court"). */
function isVenue(text: string, start: number): boolean {
  return VENUE_BEFORE.test(text.slice(Math.max(0, start - VENUE_WINDOW), start)) && !AFFILIATION_BEFORE.test(text.slice(Math.max(0, start - AFFILIATION_WINDOW), start));
}
const DATE_TAIL = /\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/u;
const SENTENCE_PERIOD = /(?<=\p{Ll}{2})\.\s+/u;
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

/** The organisation head noun a name holds ("Harbour Board of Kessing" -> "board"), or null. */
export function organizationHead(name: string): string | null {
  return headOf(name);
}

/** True when a name holds an organisation head noun ("Harbour Trust", "Supreme Court of Marovia"). */
export function isOrganizationName(name: string): boolean {
  return headOf(name) !== null;
}

/** Every organisation mention of `text` (masked text: quotations blanked out), in text order. */
export function indexOrganizations(text: string): OrganizationMention[] {
  const out: OrganizationMention[] = [];
  const byFirstWord = new Map<string, { name: string; head: string }>();
  for (let m = execAtNextCapital(NAME, text, 0); m !== null; m = execAtNextCapital(NAME, text, NAME.lastIndex)) {
    let matched = m[0];
    // "on Sunday. Tarnwell Grid said": a sentence period ends the name; the next one is read on its own.
    const period = SENTENCE_PERIOD.exec(matched);
    if (period !== null) {
      NAME.lastIndex = m.index + period.index + period[0].length;
      matched = matched.slice(0, period.index);
    }
    let raw = matched.replace(POSSESSIVE, '');
    let start = m.index;
    const lead = LEADING_NOT_NAME.exec(raw);
    if (lead !== null) {
      raw = raw.slice(lead[0].length);
      start += lead[0].length;
    }
    if (raw.length === 0) continue;
    // "sentenced at Fenwick Crown Court": a venue, not an organisation that speaks.
    if (isVenue(text, start)) continue;
    // "Fenwick Crown Court on Friday.": a day or month joined by "on" and a sentence period are no part of the name.
    raw = raw.replace(DATE_TAIL, '').replace(/(\p{Ll}{2,})\.$/u, '$1');
    let head = headOf(raw);
    // "However, the group said": a one-word name opening a sentence may be any capitalised word.
    if (head === null && !NOT_A_NAME.test(raw)) head = appositiveHead(text, m.index + matched.length) ?? headBefore(text, start);
    // "the Linhe fire department", "the Jiangsu health commission": a lower-case head noun after the name.
    const lowerHead = head === null && raw === matched ? lowerCaseHeadAfter(text, start, start + raw.length) : null;
    if (lowerHead !== null) {
      out.push({ start, end: lowerHead.end, name: text.slice(start, lowerHead.end), head: lowerHead.head });
      continue;
    }
    if (head !== null) {
      out.push({ start, end: start + raw.length, name: raw, head });
      const first = raw.split(/\s+/)[0] as string;
      if (raw.includes(' ') && !byFirstWord.has(first)) byFirstWord.set(first, { name: raw, head });
      continue;
    }
    // "Frostline expects...", "Corbel's director": the first word of an organisation named before stands for it.
    const known = byFirstWord.get(raw);
    if (known !== undefined) out.push({ start, end: start + raw.length, name: known.name, head: known.head });
  }
  return out;
}

/** Up to three lower-case words after a name, the last of them an organisation's head noun. */
const LOWER_WORDS_AFTER = /^[ \t]+(\p{Ll}[\p{Ll}-]*)(?:[ \t]+(\p{Ll}[\p{Ll}-]*))?(?:[ \t]+(\p{Ll}[\p{Ll}-]*))?/u;
/** "the" right before a name. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;

/**
 * "the Linhe fire department": a name after "the" followed by lower-case words that end in an
 * organisation's head noun (the first run of head nouns ends it); null otherwise.
 */
function lowerCaseHeadAfter(text: string, start: number, end: number): { end: number; head: string } | null {
  if (!THE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return null;
  const m = LOWER_WORDS_AFTER.exec(text.slice(end, end + 60));
  if (m === null) return null;
  let found: { end: number; head: string } | null = null;
  let from = 0;
  for (let k = 1; k <= 3; k++) {
    const word = m[k];
    if (word === undefined) break;
    from = m[0].indexOf(word, from) + word.length;
    // "the Dongmen police bureau": heads in a row end at the last one.
    if (HEADS.has(word)) found = { end: end + from, head: word };
    else if (found !== null) break;
  }
  // "the Swiss company", "the Braun-owned firm": a business noun after a capitalised word describes; an office's names it.
  if (found === null || BUSINESS_HEADS.has(found.head) || GENERIC_HEADS.has(found.head) || /-\p{Ll}/u.test(text.slice(start, end))) return null;
  return found;
}

/** "Cold-chain operator Frostline Holdings", "property consultancy Halden Tesselby", "The park's developer, Corbel Estates,": an organisation noun right before a name. */
const HEAD_BEFORE = /(?:^|[^\p{L}'’-])(\p{Ll}+)(,?)\s+$/u;
const HEAD_BEFORE_WINDOW = 24;

/** The organisation head noun written right before a name (directly, or as a role set off by a comma), or null. */
function headBefore(text: string, start: number): string | null {
  const m = HEAD_BEFORE.exec(text.slice(Math.max(0, start - HEAD_BEFORE_WINDOW), start));
  const word = m?.[1];
  return word !== undefined && HEADS.has(word) ? word : null;
}

/** Generic nouns that may stand for an organisation named with another head noun: "the company" for "Frostline Holdings, the cold-chain operator". */
const GENERIC_HEADS = new Set(['company', 'firm', 'business', 'organisation', 'organization', 'group']);
/** What "the company", "the firm" or "the business" may stand for (data/lexicons/business-heads.txt). */
const BUSINESS_HEADS = new Set(readLexicon('business-heads.txt'));
/** Generic nouns that may stand for any organisation. */
const ANY_KIND_HEADS = new Set(['organisation', 'organization', 'group']);

/**
 * "the company said" with no organisation of that head noun named: the latest organisation of any
 * head before `offset`, for a generic noun (company, firm, organisation...).
 */
export function latestAnyOrganization(mentions: readonly OrganizationMention[], head: string, offset: number, role = ''): OrganizationMention | null {
  if (!GENERIC_HEADS.has(head)) return null;
  let found: OrganizationMention | null = null;
  for (const mention of mentions) {
    if (mention.start >= offset) break;
    // "The group said on Twitter": the platform is no candidate for "the group".
    if (mention.channel === true) continue;
    if (ANY_KIND_HEADS.has(head) || BUSINESS_HEADS.has(mention.head)) found = mention;
  }
  // "The company flat-out denied" in a story about Big Machine, with Dick Clark Productions (a business
  // head) named since: a bare "the company" goes to the organisation of unknown kind the article names
  // at least twice as often, when one is named within the window.
  if (found !== null && /^the\s+\p{Ll}+$/iu.test(role.trim())) {
    const topic = salientUnknownKind(mentions, offset, role);
    if (topic !== null && mentionCount(mentions, topic.name, offset) >= TOPIC_FACTOR * mentionCount(mentions, found.name, offset)) return topic;
  }
  return found ?? salientUnknownKind(mentions, offset, role);
}

/** How many times more often the topic organisation must be named than the business found by its head. */
const TOPIC_FACTOR = 2;

function mentionCount(mentions: readonly OrganizationMention[], name: string, offset: number): number {
  let count = 0;
  for (const m of mentions) if (m.start < offset && m.name === name) count++;
  return count;
}

/** How far back (characters) an organisation of unknown kind is looked for, for "the company". */
const SALIENCE_WINDOW = 3000;
/** Letters of a role's modifier that must open a word of the organisation's name ("production" ~ "Productions"). */
const STEM_LETTERS = 5;

/**
 * "the production company", "The company flat-out denied": with no business named by a head noun,
 * the organisations the entities annotator found (kind unknown) within SALIENCE_WINDOW characters
 * before the quotation: the one whose name shares a word with the role's modifier, else the one
 * the article names most often so far (the topic), the later on a tie.
 */
function salientUnknownKind(mentions: readonly OrganizationMention[], offset: number, role: string): OrganizationMention | null {
  const before = mentions.filter((m) => m.start < offset && m.head === UNKNOWN_KIND_HEAD);
  const near = before.filter((m) => m.start >= offset - SALIENCE_WINDOW);
  if (near.length === 0) return null;
  const modifiers = role
    .toLowerCase()
    .split(/\s+/)
    .slice(1, -1)
    .filter((w) => w.length >= STEM_LETTERS);
  const byModifier = near.filter((m) => modifiers.some((w) => m.name.toLowerCase().split(/\s+/).some((n) => n.startsWith(w.slice(0, STEM_LETTERS)))));
  if (byModifier.length > 0) return byModifier[byModifier.length - 1] as OrganizationMention;
  const counts = new Map<string, number>();
  for (const m of before) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  let best: OrganizationMention | null = null;
  for (const m of near) if (best === null || (counts.get(m.name) ?? 0) >= (counts.get(best.name) ?? 0)) best = m;
  return best;
}

/** The full name of the organisation whose first word `word` is ("Frostline" -> "Frostline Holdings"), named before `offset`, or null. */
export function organizationByFirstWord(mentions: readonly OrganizationMention[], word: string, offset: number): string | null {
  for (const mention of mentions) {
    if (mention.start >= offset) break;
    if (mention.name !== word && mention.name.startsWith(`${word} `)) return mention.name;
  }
  return null;
}

/** The latest organisation mentioned before `offset` with head noun `head`, or null. */
export function latestOrganization(mentions: readonly OrganizationMention[], head: string, offset: number): OrganizationMention | null {
  let found: OrganizationMention | null = null;
  for (const mention of mentions) {
    if (mention.start >= offset) break;
    if (mention.head === head || HEAD_ALIASES.get(head)?.includes(mention.head) === true) found = mention;
  }
  return found;
}

/** "the court", "The agency": a definite role phrase made of an organisation head noun alone; its head, or null. */
export function organizationRoleHead(role: string): string | null {
  // "the court", and with one modifier, "the production company", "the state agency".
  const m = /^the\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/iu.exec(role.trim());
  const head = m?.[1]?.toLowerCase();
  if (head === undefined) return null;
  return HEADS.has(head) || HEAD_ALIASES.has(head) ? head : null;
}

/** A capitalised name joined by "of" or "for" read in place: "Red Crescent of Marivela", "Bank of England". */
const JOINED_NAME = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)*[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)*/uy;

/** The name joined by "of" or "for" that starts at `start` ("Red Crescent of Marivela"), or null: no person's name has such a join. */
export function joinedOrganizationName(text: string, start: number): string | null {
  JOINED_NAME.lastIndex = start;
  return JOINED_NAME.exec(text)?.[0] ?? null;
}
