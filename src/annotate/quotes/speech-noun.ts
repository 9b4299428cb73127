/**
 * Words quoted as the content of someone's claim, promise or order, with no reporting verb: "Xi's
 * call to “show absolutely no mercy”", "Trump’s claim that “nobody has done more”", "directives
 * from Xi to “...”", "a pledge by the company to “...”". The noun names a speech act and its owner
 * (a possessive before it, his/her/their/its resolved as he/she/they/it, or "from"/"by" after it)
 * is the speaker. Only named people and
 * organisations are taken as owners: "the report's claim that" names a document, not a speaker.
 */
import type { Attribution } from './attribution.js';
import type { OrganizationMention } from './organizations.js';
import type { PersonMention } from './people.js';
import type { VerbHit } from './speech-verbs.js';

/** Nouns of speech acts whose content can be quoted, singular and plural. */
const NOUNS = String.raw`(?:claims?|warnings?|promises?|pledges?|vows?|calls?|demands?|insistence|assertions?|remarks?|comments?|directives?|orders?|instructions?|appeals?|threats?|boasts?|admission|accusations?|allegations?|denials?|plea|description|verdict)`;
/** "in the same interview ", "on Monday ": where or when, between the noun and its content. */
const CIRCUMSTANCE = String.raw`(?:(?:in|on|at|during)\s+[^,;:.!?\uE000"“”]{1,40}?\s+)?`;
/** "that the pair were ": the start of the claim's clause before its quoted words. */
const THAT_CLAUSE = String.raw`(?:\s+[^,;:.!?\uE000"“”]{1,50}?)?`;
/** "Xi's call to ", "Trump’s sweeping claim that ": a possessive, at most one modifier, the noun, then that/to/of or nothing. */
const OWNED = new RegExp(String.raw`(?:'s|’s|'|’)\s+(?:\p{Ll}+\s+)?(${NOUNS})\s+${CIRCUMSTANCE}(?:(?:that${THAT_CLAUSE}|to|of)\s+)?$`, 'u');
/** "his claim in the same interview that ": the same owned by a possessive pronoun, resolved like he/she/they/it. */
const OWNED_BY_PRONOUN = new RegExp(String.raw`(?<![\p{L}])(his|her|their|its)\s+(?:\p{Ll}+\s+)?(${NOUNS})\s+${CIRCUMSTANCE}(?:that${THAT_CLAUSE}|to)\s+$`, 'iu');
const PRONOUN_OF: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };
/** "directives from Xi to ", "a pledge by the company that ": the owner after from/by, then that/to. */
const FROM = new RegExp(String.raw`(?<![\p{L}])(${NOUNS})\s+(?:from|by)\s+(?:the\s+)?([^,;:.!?\uE000]{1,60}?)\s+(?:that|to)\s+$`, 'u');
/** How far back from the opening mark the noun may sit. */
const WINDOW = 120;

export interface SpeechNounContext {
  masked: string;
  people: readonly PersonMention[];
  organizations: () => readonly OrganizationMention[];
}

/** The attribution of a quotation opened right after a speech noun with a named owner, or null. */
export function speechNounAttribution(ctx: SpeechNounContext, sentenceStart: number, open: number): Attribution | null {
  const from = Math.max(sentenceStart, open - WINDOW);
  const lead = ctx.masked.slice(from, open);
  const owned = OWNED.exec(lead);
  if (owned !== null) {
    const ownerEnd = from + owned.index;
    const noun = owned[1] as string;
    const nounStart = from + owned.index + owned[0].indexOf(noun, owned[0].search(/\s/));
    return attributionTo(ctx, (m) => m.end === ownerEnd, nounStart, noun, open);
  }
  const byPronoun = OWNED_BY_PRONOUN.exec(lead);
  if (byPronoun !== null) {
    const possessive = byPronoun[1] as string;
    const at = from + byPronoun.index;
    const noun = byPronoun[2] as string;
    const verb = nounHit(at + byPronoun[0].indexOf(noun, possessive.length), noun);
    const phrase = { start: at, end: at + possessive.length, text: PRONOUN_OF[possessive.toLowerCase()] ?? 'they', kind: 'pronoun' as const, name: null, role: null };
    return { verb, phrase, side: 'before', windowStart: at, windowEnd: open, adjacent: false };
  }
  const byOwner = FROM.exec(lead);
  if (byOwner === null) return null;
  const noun = byOwner[1] as string;
  const nounStart = from + byOwner.index;
  const owner = byOwner[2] as string;
  const ownerStart = from + byOwner.index + byOwner[0].lastIndexOf(owner);
  return attributionTo(ctx, (m) => m.start === ownerStart && m.end === ownerStart + owner.length, nounStart, noun, open);
}

/** The speech noun as the attribution's verb: "claims" at `start`, lemma "claim". */
function nounHit(start: number, noun: string): VerbHit {
  return { start, end: start + noun.length, text: noun, lemma: noun.replace(/s$/, '') };
}

function attributionTo(ctx: SpeechNounContext, at: (m: { start: number; end: number }) => boolean, nounStart: number, noun: string, open: number): Attribution | null {
  const verb = nounHit(nounStart, noun);
  const person = ctx.people.find(at);
  if (person !== undefined) {
    const phrase = { start: person.start, end: person.end, text: ctx.masked.slice(person.start, person.end), kind: 'name' as const, name: person.name, role: person.role };
    return { verb, phrase, side: 'before', windowStart: person.start, windowEnd: open, adjacent: false };
  }
  const organization = ctx.organizations().find(at);
  if (organization === undefined) return null;
  const phrase = { start: organization.start, end: organization.end, text: organization.name, kind: 'name' as const, name: organization.name, role: null };
  return { verb, phrase, side: 'before', windowStart: organization.start, windowEnd: open, adjacent: false };
}
