/**
 * Tells a quotation from quoted words that are not one: a name (known as the “Northern
 * Territories”), a term (the so-called ‘Northern territories’), a scare quote (a “peace” plan) or
 * the title of a work (her book “The Long Road”).
 *
 * Order of the tests, first that applies wins:
 * 1. the words of a sign ("signs reading “Let Us Sleep.”") -> other; a cue just before the opening mark ("known as", "so-called", "dubbed", "titled", "his book") -> its kind;
 *    "call X “the Y”" (a short noun phrase after a naming verb: call, label, dub, brand) -> name,
 *    unless one person (a name, he or she) does the calling: "Bell called the plan “a vanity
 *    project”" is Bell's words; a label in apposition right after the marks ("“homing drift,” a
 *    term borrowed from...") -> term;
 * 2. capitalised words opening a parenthesis ("McDowell (“The Discovery,” ...)") -> title; a short
 *    span whose words are all capitalised (up to MAX_TITLE_CASE_WORDS words when even the
 *    small words are), not right after a reporting verb -> name;
 * 3. attributed to a speaker by a reporting verb -> quotation, whatever its length;
 *    unattributed words used as a modifier ("its “Starts with one” campaign") -> name;
 * 4. a sentence (capital first, terminal punctuation inside the marks, several words) -> quotation;
 * 5. a short span (at most MAX_TERM_WORDS words) -> scare quote; a long capitalised one -> title;
 * 6. anything longer -> quotation (its speaker may come from the context).
 */
import { readLexicon, escapeRegExp } from '../../nlp/lexicons.js';
import { BARRIER } from './speaker-phrase.js';

export type TermKind = 'name' | 'term' | 'scare' | 'title' | 'other';

export interface TermDecision {
  kind: TermKind;
  /** The cue phrase that decided it ("so-called"), or null. */
  cue: string | null;
  /** The rule name, without the "quotes/" prefix. */
  rule: string;
}

/** Quoted spans of at most this many words, unattributed, are terms rather than quotations. */
export const MAX_TERM_WORDS = 4;
/** A span of up to this many words, every one capitalised ("Takin’ It To The Streets"), is a name or title even when attributed. */
const MAX_TITLE_CASE_WORDS = 8;
/** A title with a subtitle is read as one up to this many words. */
const MAX_SUBTITLED_WORDS = 14;
/** "Title: Subtitle", both capitalised. */
const TITLE_COLON = /^\s*\p{Lu}[^:]*:\s+\p{Lu}/u;
/** A determiner or possessive, and up to two lower-case modifiers, just before the marks. */
const ATTRIBUTIVE_BEFORE = /(?:(?<![\p{L}])(?:the|a|an|its|their|his|her|our)|['’]s)(?:\s+[\p{Ll}-]+){0,2}\s*$/iu;
/** A determiner opening a sentence (or the text, or a line) right before the mark. */
const OPENING_DETERMINER_BEFORE = /(?:^|[.!?]\s+|\n)(?:A|An|The)\s*$/u;
/** A lower-case word right after the closing mark: the quoted words modify it. */
const LOWER_WORD_AFTER = /^\s+\p{Ll}+\b(?![’'])/u;
/** A quoted noun phrase after a naming verb ("call X “the scar”") is a name up to this many words. */
const MAX_NAMED_WORDS = 6;
/** "in “…”", "from “…”": a preposition that a work's title follows, never a quotation. */
const WORK_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:[Ii]n|[Ff]rom)\s*$/u;
/** After the marks: an author's name in the possessive ("Douglas Edwards' inside view") or telling a story ("Steven Levy tells the story", "recounts"). */
const AUTHOR_AFTER = /^\s*,?\s*(?:\p{Lu}[\p{L}.'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+(?:['’]s?\s+(?:\p{Ll}+\s+)?(?:view|account|book|memoir|history|biography|story|telling|novel)|\s+(?:tells\s+(?:the\s+story|of|how)|recounts|chronicles))\b/u;
/** A span this many words or more, all capitalised, reads as the title of a work. */
const MIN_TITLE_WORDS = 2;
/** A sentence needs at least this many words ("No." is a word, not a sentence). */
const MIN_SENTENCE_WORDS = 3;
/** How far before the opening mark a cue is looked for. */
const CUE_WINDOW = 40;

const CUES = readLexicon('term-cues.txt').map((line) => {
  const [kind, cue] = line.split('\t') as [TermKind, string];
  return { kind, cue };
});
const CUE_KIND = new Map(CUES.map((c) => [c.cue, c.kind]));
/** A cue, then optionally "the/a/an", then optionally a comma, right before the opening mark. */
const CUE_BEFORE = new RegExp(
  `(?<![\\p{L}])(${CUES.map((c) => escapeRegExp(c.cue)).sort((a, b) => b.length - a.length).join('|')})(?:\\s+(?:the|a|an|as))?\\s*,?\\s*$`,
  'iu',
);
/** "as" between the cue and the mark. */
const AS_AFTER_CUE = /\sas\s*,?\s*$/i;
/** An article between the cue and the mark ("campaign a", "dubbed the"). */
const ARTICLE_AFTER_CUE = /\s(?:the|a|an)\s*,?\s*$/i;
/** Cues that are verbs or end in "as" ("called", "dubbed", "known as"), which an article may follow. */
const VERB_CUE_END = /(?:ed|as)$/;
/** "known by Japan as the", "known locally as": a "known ... as" with a few words between. */
const KNOWN_AS_BEFORE = /(?<![\p{L}])(known|referred to)\s+(?:[\p{L}\p{N}’'-]+\s+){1,4}as(?:\s+(?:the|a|an))?\s*$/iu;
/** A quoted noun phrase after "call": "the scar", "a disgrace" is still a name when short. */
const NAMING_START = /^\s*(?:the|a|an)\s/i;
/**
 * A label in apposition right after the closing mark: "“homing drift,” a term borrowed from pigeon
 * research", "the “slow cinema” tradition, a label its director rejects" is not.
 */
const LABEL_AFTER = /^[\s,]*(?:a|an|the)\s+(?:(?:new|popular|common|technical|local|favourite|favorite)\s+)?(term|phrase|word|label|nickname|coinage|expression)(?![\p{L}])/iu;
/** Words "what he called “...”" needs to be his words rather than a name ("experiments" stays a term). */
const MIN_CALLED_WORDS = 3;
/** A verb of calling right before the mark, at most "it" or "them" between ("she calls", "called it"). */
const NAMING_VERB_RIGHT_BEFORE = /(?<![\p{L}])(?:call|calls|called|calling|dubbed|dubs|named|names)(?:\s+(?:it|them|this|that))?\s*$/iu;
/** Cues that are verbs of calling: what one person calls something are that person's words. */
const CALLING_CUES = new Set(['called', 'labelled', 'labeled', 'branded', 'termed']);
/** "labelled the policy “a tax on the poor”": a naming verb and its object before the quote. */
const NAMING_VERB_BEFORE = /(?<![\p{L}])(?:call|calls|called|calling|label(?:l)?ed|labels|dubbed|branded|termed|named)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;
/** "held up signs reading", "a banner that said": the words written on a sign are no one's quotation. */
// "a hand-painted sign on the fence of one farm reads": a few words may describe the sign first.
const INSCRIPTION_BEFORE = /(?<![\p{L}])(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|graffiti|billboards?)(?:\s+[^\s.,;:!?\uE000]+){0,10}?\s+(?:that\s+|which\s+)?(?:read|reads|reading|said|saying)\s*[:,]?\s*$/iu;
/** "chanted", "to chant", "sang": a chant or a song is no one's quotation either. */
const CHANT_BEFORE = /(?<![\p{L}])(?:chant|chants|chanted|chanting|sang|sing|sings|singing)\s*[:,]?\s*$/iu;
/** "card machines displayed the message", "the screen showed the words": text shown on a screen. */
const DISPLAY_BEFORE = /(?<![\p{L}])(?:display|displays|displayed|displaying|show|shows|showed|showing|flashed|flashing)\s+(?:the\s+|a\s+)?(?:message|messages|words|notice|warning|error)\s*[:,]?\s*$/iu;
/** A closing mark and "and", "or" or a comma right before the mark: the span is the next of a list ("“A” and “B”"). */
// In masked text a quotation already read is a run of BARRIER characters, marks included.
const LIST_AFTER_CLOSE = /(["”\uE000])\s*(?:,\s*)?(?:(?:and|or)\s+)?$/u;
/** How far before the mark a sign and its reading verb are looked for ("a hand-painted sign on the fence of one farm reads"). */
const INSCRIPTION_WINDOW = 100;
/** How many list members back a sign's or a chant's cue is looked for. */
const MAX_LIST_MEMBERS = 4;

/**
 * True when the words at `open` are written on a sign or chanted: the cue is right before the mark,
 * or before the first of a list the span closes ("banners reading “A” and “B”").
 */
function isInscription(text: string, open: number): boolean {
  let at = open;
  for (let member = 0; member < MAX_LIST_MEMBERS; member++) {
    const before = text.slice(Math.max(0, at - INSCRIPTION_WINDOW), at);
    if (INSCRIPTION_BEFORE.test(before) || CHANT_BEFORE.test(before) || DISPLAY_BEFORE.test(before)) return true;
    const list = LIST_AFTER_CLOSE.exec(before);
    if (list === null || !/,|and|or/.test(list[0])) return false;
    const close = at - list[0].length;
    const previous = list[1] === BARRIER ? runStart(text, close) : text.lastIndexOf(list[1] === '”' ? '“' : '"', close - 1);
    if (previous < 0 || close - previous > CUE_WINDOW * 2) return false;
    at = previous;
  }
  return false;
}

/** Where the run of BARRIER characters that ends at `end` (its last character) starts. */
function runStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && text[at - 1] === BARRIER) at--;
  return at;
}

/** An opening parenthesis right before the mark. */
const PARENTHESIS_BEFORE = /\(\s*$/;
const SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'de', 'von', 'van', 'or', 'is', 'from', 'into', 'over', 'under', 'vs', 'as']);
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’*-]*/gu;

export function wordsIn(content: string): string[] {
  return content.match(WORDS) ?? [];
}

/** The term cue just before `open`, if any. */
export function cueBefore(text: string, open: number): { cue: string; kind: TermKind } | null {
  const before = text.slice(Math.max(0, open - CUE_WINDOW), open);
  const known = KNOWN_AS_BEFORE.exec(before);
  if (known) return { cue: known[0].trim(), kind: 'name' };
  const m = CUE_BEFORE.exec(before);
  if (!m) return null;
  const cue = (m[1] as string).toLowerCase();
  // "called the new campaign a “bold effort”": an article after a noun cue makes the noun an object
  // and the quoted words what is said of it; only verb cues ("named the", "known as a") take one.
  // So does "as" ("posters of the Cruise video as “another small skirmish…”").
  if ((ARTICLE_AFTER_CUE.test(m[0]) || AS_AFTER_CUE.test(m[0])) && !VERB_CUE_END.test(cue)) return null;
  return { cue, kind: CUE_KIND.get(cue) ?? 'other' };
}

/** Share of words (joining words aside) that are capitalised. */
function capitalisedShare(words: readonly string[]): number {
  const counted = words.filter((w) => !SMALL_WORDS.has(w));
  if (counted.length === 0) return 0;
  return counted.filter((w) => /^\p{Lu}/u.test(w)).length / counted.length;
}

/** True when every word is capitalised, small joining words and numbers aside ("Northern Territories", "Lord of the Rings"). */
export function isTitleCase(words: readonly string[]): boolean {
  let capitals = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) capitals++;
    else if (!SMALL_WORDS.has(w) && !/^\p{N}/u.test(w)) return false;
  }
  return capitals > 0;
}

function isSentence(content: string, words: readonly string[]): boolean {
  return words.length >= MIN_SENTENCE_WORDS && /^\p{Lu}/u.test(content.trimStart()) && /[.!?,]\s*$/.test(content);
}

export interface TermInput {
  /** The text around the marks is read for cues. */
  text: string;
  open: number;
  /** Offset of the closing mark. */
  close: number;
  content: string;
  /** True when a reporting verb attributes the span to a speaker. */
  attributed: boolean;
  /** True when the reporting verb sits right next to the span ("said: “Go Home”"). */
  verbAdjacent: boolean;
  /** The reporting verb's lemma, or null. */
  verbLemma: string | null;
  /** True when the attribution names one person (a name, he or she) rather than a group or a role. */
  speakerIsPerson?: boolean;
}

/** The term decision for a quoted span, or null when it is a quotation. */
export function decideTerm(input: TermInput): TermDecision | null {
  const words = wordsIn(input.content);
  const cue = cueBefore(input.text, input.open);
  // "which she called “a love letter to my grandmother’s village”": one person's words, not a name.
  const personsWords = input.speakerIsPerson === true && !isTitleCase(words);
  if (cue !== null && !(personsWords && words.length >= MIN_CALLED_WORDS && CALLING_CUES.has(cue.cue))) return { kind: cue.kind, cue: cue.cue, rule: 'term-cue' };
  if (isInscription(input.text, input.open)) return { kind: 'other', cue: null, rule: 'inscription' };
  const label = LABEL_AFTER.exec(input.text.slice(input.close + 1, input.close + 1 + CUE_WINDOW));
  if (label !== null && words.length <= MAX_TERM_WORDS) return { kind: 'term', cue: (label[1] as string).toLowerCase(), rule: 'term-cue' };
  const short = words.length <= MAX_NAMED_WORDS;
  // "residents call the highway “the scar”": calling something a noun phrase names it; when one
  // person calls it so ("he called her extension “a vanity project”"), the words are that person's.
  if (short && !personsWords && NAMING_START.test(input.content) && (input.verbLemma === 'call' || NAMING_VERB_BEFORE.test(input.text.slice(Math.max(0, input.open - CUE_WINDOW), input.open)))) {
    return { kind: 'name', cue: null, rule: 'named-by-verb' };
  }
  // "a series she calls “Broken Weather,”", "he called it “Project Lantern”": a capitalised name right after calling, whoever calls it.
  if (short && isTitleCase(words) && capitalisedShare(words) === 1 && NAMING_VERB_RIGHT_BEFORE.test(input.text.slice(Math.max(0, input.open - CUE_WINDOW), input.open))) {
    return { kind: 'name', cue: null, rule: 'named-by-verb' };
  }
  // "filmmaker Charlie McDowell (“The Discovery,” “The One I Love”)": capitalised words opening a
  // parenthesis are the titles of works credited to the name before it, even after a quotation.
  if (words.length <= MAX_TITLE_CASE_WORDS && isTitleCase(words) && capitalisedShare(words) === 1 && PARENTHESIS_BEFORE.test(input.text.slice(Math.max(0, input.open - 3), input.open))) {
    return { kind: 'title', cue: null, rule: 'parenthesised-title' };
  }
  if ((words.length <= MAX_TERM_WORDS || (words.length <= MAX_TITLE_CASE_WORDS && capitalisedShare(words) === 1)) && isTitleCase(words) && !input.verbAdjacent) return { kind: 'name', cue: null, rule: 'title-case' };
  // "the current “Great Recession,” Hoenig said": capitalised words after a determiner and its
  // modifiers name a thing, even when a reporting verb follows.
  if (words.length <= MAX_TERM_WORDS && isTitleCase(words) && capitalisedShare(words) === 1 && ATTRIBUTIVE_BEFORE.test(input.text.slice(Math.max(0, input.open - CUE_WINDOW), input.open))) {
    return { kind: 'name', cue: null, rule: 'title-case' };
  }
  // "In “In The Plex,” Steven Levy tells", "according to “I'm Feeling Lucky,” Douglas Edwards' inside
  // view": capitalised words after "in" or "from", or followed by an author's name in the possessive
  // or doing the telling, are a work's title, even next to a verb.
  if (words.length <= MAX_TITLE_CASE_WORDS && isTitleCase(words) && capitalisedShare(words) === 1) {
    const before = input.text.slice(Math.max(0, input.open - 8), input.open);
    const after = input.text.slice(input.close + 1, input.close + 1 + CUE_WINDOW + 20);
    if (WORK_PREPOSITION_BEFORE.test(before) || AUTHOR_AFTER.test(after)) return { kind: 'title', cue: null, rule: 'title-case' };
  }
  // "curator of “Andy Warhol: Photographs and Prints from the University Collection”": a title and its subtitle.
  if (words.length <= MAX_SUBTITLED_WORDS && TITLE_COLON.test(input.content) && isTitleCase(words) && capitalisedShare(words) === 1 && !input.verbAdjacent) return { kind: 'title', cue: null, rule: 'title-case' };
  // One word is no quotation, as the gold made on published news counts it: a lower-case word
  // borrowed ("called the plan “cruel”", "the “reset” with Moscow"), a capitalised one spoken as a
  // name ("just say “California”"), or a one-word answer ("“Proud,” she says").
  if (words.length === 1) {
    const lower = /^\p{Ll}/u.test(input.content.trim());
    const bare = /^\p{Lu}[\p{L}\p{M}\p{N}'’-]*$/u.test(input.content.trim());
    return { kind: lower ? (input.attributed ? 'other' : 'scare') : bare ? 'name' : 'other', cue: null, rule: 'one-word' };
  }
  // "A “phase two” agreement could slip, trade analysts say": short quoted words between a sentence's
  // opening determiner and a noun modify it, whoever the sentence's closing clause names.
  if (words.length <= MAX_TERM_WORDS && OPENING_DETERMINER_BEFORE.test(input.text.slice(Math.max(0, input.open - 8), input.open)) && LOWER_WORD_AFTER.test(input.text.slice(input.close + 1, input.close + 1 + CUE_WINDOW))) {
    return { kind: 'name', cue: null, rule: 'attributive' };
  }
  if (input.attributed) return null;
  // "South Dakota’s viral “Meth. We’re on it.” awareness campaign": quoted words used as a modifier.
  if ((words.length > MAX_TERM_WORDS || isSentence(input.content, words)) && ATTRIBUTIVE_BEFORE.test(input.text.slice(Math.max(0, input.open - CUE_WINDOW), input.open)) && LOWER_WORD_AFTER.test(input.text.slice(input.close + 1, input.close + 1 + CUE_WINDOW))) {
    return { kind: 'name', cue: null, rule: 'attributive' };
  }
  if (isSentence(input.content, words)) return null;
  if (words.length <= MAX_TERM_WORDS) return { kind: 'scare', cue: null, rule: 'short-unattributed' };
  if (words.length >= MIN_TITLE_WORDS && isTitleCase(words)) return { kind: 'title', cue: null, rule: 'title-case' };
  return null;
}
