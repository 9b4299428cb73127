/**
 * The author bio at the foot of a page: the author's name alone on a line, then a paragraph that
 * opens with that name (or "She"/"He"/"They") and says the person writes ("Clare Fitzgerald is a
 * Writer and Editor ..."), then more paragraphs about the person and portfolio lines ("Writing
 * Portfolio", the titles after it, "Follow her on ...").
 *
 * Both signals are required: a paragraph that merely mentions a person is body text, and a name
 * alone above a paragraph about, say, a politician is not a bio (the paragraph does not describe a
 * writer).
 */
import type { LineRule, RuleMatch } from './rule.js';
import type { Line } from './lines.js';
import { endsLikeSentence, escapeRegExp, looksLikePersonName } from './shape.js';

/** Words that say the paragraph is about someone who writes for a living. */
const WRITER_WORDS =
  /\b(?:writers?|reporters?|editors?|journalists?|correspondents?|columnists?|contributors?|authors?|freelancer?|bloggers?|critics?|producers?|covers|has written|writes (?:about|for|on)|bureau chief)\b/i;
const PRONOUN_OPENING = /^(?:she|he|they)\b/i;
/** What a bio says right after the first name: "Clare is ...", "Ken has covered ...". */
const BIO_VERBS = String.raw`(?:is|was|has|had|joined|covers|covered|writes|wrote|reports|spent|began|started|lives|grew)\b`;
/** Third-person words that keep a following paragraph inside the bio ("Among her accomplishments ..."). */
const PERSON_PRONOUN = /\b(?:she|he|her|his|him|they|their|them)\b/i;
/** How far into a paragraph a pronoun may first appear for it to be about the bio's person. */
const PRONOUN_WINDOW_WORDS = 6;
/** Lines that list the author's other work or channels. */
const PORTFOLIO_LINE =
  /^(?:(?:writing |my )?portfolio|view (?:all )?(?:posts|articles|stories)|all (?:posts|articles|stories) by|more (?:by|from) |follow\b|contact (?:her|him|them|the author)|e-?mail (?:her|him|them|the author)|@\w+$|https?:\/\/|www\.)/i;
/** Portfolio entries are titles and handles: short, no sentence. */
const PORTFOLIO_ENTRY_MAX_CHARS = 80;
const ABOUT_HEADER = /^about the authors?:?$/i;
/** A bio paragraph starts with the person's name and a verb: "Jane Doe is ...", "Ken Sato covers ...". */
const NAME_OPENING = /^((?:\p{Lu}[\p{L}’'.-]*\s){1,3}\p{Lu}[\p{L}’'-]+)\s+(?:is|was|has|covers|writes|reports|joined)\b/u;
/** A job title under the author's name is a short label. */
const ROLE_LINE_MAX_CHARS = 60;
/** A bio paragraph is prose; a shorter line is a label or a title. */
const BIO_PARAGRAPH_MIN_CHARS = 40;

export const authorBioRule: LineRule = (context, index) => {
  const opening = bioOpening(context.lines, index);
  if (opening === null) return null;
  const end = bioEnd(context.lines, opening.firstParagraph + 1, opening.name);
  const match: RuleMatch = { length: end - index, rule: 'text/author-bio', kind: 'author-bio' };
  match.facts = { authors: [{ name: opening.name, from: 'bio' }] };
  return match;
};

interface BioOpening {
  name: string;
  /** Position of the paragraph that introduces the person. */
  firstParagraph: number;
}

/** A name line (optionally under "About the author") over a paragraph that introduces a writer. */
function bioOpening(lines: readonly Line[], index: number): BioOpening | null {
  const first = lines[index]?.text ?? '';
  let nameIndex = index;
  if (ABOUT_HEADER.test(first)) {
    const next = lines[index + 1]?.text ?? '';
    if (!looksLikePersonName(next)) return paragraphNamingWriter(lines, index + 1);
    nameIndex = index + 1;
  }
  const name = lines[nameIndex]?.text ?? '';
  if (!looksLikePersonName(name)) return null;
  const paragraphIndex = isRoleLine(lines[nameIndex + 1]?.text ?? '') ? nameIndex + 2 : nameIndex + 1;
  const paragraph = lines[paragraphIndex]?.text ?? '';
  return introducesWriter(paragraph, name) ? { name, firstParagraph: paragraphIndex } : null;
}

/** A job title under the name ("Senior Writer", "Contributing Editor, Culture"). */
function isRoleLine(text: string): boolean {
  return text.length <= ROLE_LINE_MAX_CHARS && !endsLikeSentence(text) && WRITER_WORDS.test(text);
}

/** Under an "About the author" header with no name line: the paragraph itself opens with the name. */
function paragraphNamingWriter(lines: readonly Line[], index: number): BioOpening | null {
  const paragraph = lines[index]?.text ?? '';
  const name = NAME_OPENING.exec(paragraph)?.[1];
  if (!name || !WRITER_WORDS.test(paragraph)) return null;
  return { name, firstParagraph: index };
}

/** True when the paragraph opens with the person (name, first name or pronoun) and describes a writer. */
export function introducesWriter(paragraph: string, name: string): boolean {
  if (paragraph.length < BIO_PARAGRAPH_MIN_CHARS || !WRITER_WORDS.test(paragraph)) return false;
  const firstName = name.split(' ')[0] ?? name;
  const opensWithName = new RegExp(`^${escapeRegExp(name)}(?!\\p{L})`, 'u').test(paragraph);
  const opensWithFirstName = new RegExp(`^${escapeRegExp(firstName)}\\s+${BIO_VERBS}`, 'u').test(paragraph);
  return opensWithName || opensWithFirstName || PRONOUN_OPENING.test(paragraph);
}

/** The position after the bio: following paragraphs about the person and portfolio lines belong to it. */
function bioEnd(lines: readonly Line[], from: number, name: string): number {
  const nameWords = name.split(' ').filter((word) => word.length > 2);
  let index = from;
  while (index < lines.length) {
    const line = lines[index];
    if (!line) break;
    if (PORTFOLIO_LINE.test(line.text)) {
      index = afterPortfolioEntries(lines, index);
    } else if (aboutThePerson(line.text, nameWords)) {
      index += 1;
    } else {
      break;
    }
  }
  return index;
}

/** A portfolio header claims the short entries listed under it in its block. */
function afterPortfolioEntries(lines: readonly Line[], header: number): number {
  const block = lines[header]?.block;
  let index = header + 1;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || line.block !== block || line.text.length > PORTFOLIO_ENTRY_MAX_CHARS || endsLikeSentence(line.text)) break;
    index += 1;
  }
  return index;
}

function aboutThePerson(text: string, nameWords: string[]): boolean {
  if (nameWords.some((word) => new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'u').test(text))) return true;
  const opening = text.split(/\s+/).slice(0, PRONOUN_WINDOW_WORDS).join(' ');
  return PERSON_PRONOUN.test(opening);
}
