/**
 * The headline: in a scrape it is the first line that is not page furniture (a cookie banner, a
 * menu, a section label), reads like a headline rather than a sentence, and comes before the
 * article's prose. When the input states a title, the line that carries it wins.
 */
import type { ExtractHints } from '../article.js';
import type { Line } from './lines.js';
import { escapeRegExp, wordCount } from './shape.js';

/** The headline sits near the top: only this many lines are searched. */
const TITLE_SEARCH_LINES = 15;
/** Longer lines are paragraphs, not headlines. */
const TITLE_MAX_CHARS = 200;
/** Headlines run to several words; a shorter line before them is usually a site name or section label. */
const TITLE_PREFERRED_MIN_WORDS = 4;
/** A line this long that ends a sentence is the article's prose, which the headline precedes. */
const PROSE_MIN_WORDS = 12;
/**
 * Headline-style capitalisation: at least this share of the words of four or more letters start
 * with a capital. A long question in title case ("... Comes Down to One Question: How Many?") is a
 * headline, not prose, though it ends like a sentence.
 */
const TITLE_CASE_SHARE = 0.6;
/** Title case is only judged on lines with at least this many words of four or more letters. */
const TITLE_CASE_MIN_WORDS = 3;

/**
 * Position of the headline, or null. `isFurniture` says whether a rule claims the line on its own
 * (the title search must not pick a cookie banner or a byline).
 */
export function findTitle(lines: readonly Line[], hints: ExtractHints, isFurniture: (index: number) => boolean): number | null {
  const searched = lines.slice(0, TITLE_SEARCH_LINES);
  if (hints.title) {
    const stated = comparable(hints.title);
    const index = searched.findIndex((line) => comparable(line.text).startsWith(stated));
    if (index >= 0) return index;
  }
  const candidates: number[] = [];
  for (const [index, line] of searched.entries()) {
    if (isFurniture(index)) continue;
    if (isProse(line.text) && !isTitleCase(line.text)) break;
    if (isHeadlineLike(line.text)) candidates.push(index);
  }
  const preferred = candidates.find((index) => wordCount(lines[index]?.text ?? '') >= TITLE_PREFERRED_MIN_WORDS);
  return preferred ?? candidates[0] ?? null;
}

/** A headline is one short line that does not end like a clause of running text. */
export function isHeadlineLike(text: string): boolean {
  return text.length <= TITLE_MAX_CHARS && wordCount(text) >= 2 && !/[.,;:]$/.test(text) && /^(?!\p{Ll})[\p{L}\p{N}"“‘']/u.test(text);
}

/** Separators pages put between a headline and the site's name ("Headline | The Harbour Times"). */
const SITE_SEPARATOR = String.raw`\s+(?:[|–—-]|::|·)\s+`;

/**
 * The headline without the site's name when the input states the name and the line ends (or starts)
 * with it; without a stated name nothing is cut, since a headline may itself contain a dash or bar.
 */
export function withoutSiteName(title: string, siteName: string | undefined): string {
  const site = siteName?.trim();
  if (!site) return title;
  const name = escapeRegExp(site);
  const cut = title.replace(new RegExp(`${SITE_SEPARATOR}${name}$`, 'i'), '').replace(new RegExp(`^${name}${SITE_SEPARATOR}`, 'i'), '');
  return cut.length > 0 ? cut : title;
}

function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < TITLE_CASE_MIN_WORDS) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE;
}

function isProse(text: string): boolean {
  return wordCount(text) >= PROSE_MIN_WORDS && /[.!?…]["”’']?$/.test(text);
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s\u00A0]+/g, ' ').trim();
}
