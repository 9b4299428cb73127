/**
 * The headline: chosen among JSON-LD headline, og:title, twitter:title, the article's <h1> and
 * <title>, then cleaned of the site name that pages glue to it ("Headline | The Daily Planet",
 * "Daily Planet - Headline").
 *
 * A segment is removed only on evidence: it names the site (og:site_name, JSON-LD publisher, the
 * host name), or the rest of the title is exactly another candidate (the <h1> says "Headline" and
 * <title> says "Headline | Something"). Without evidence the title is kept whole: a dash or a pipe
 * inside a headline is common ("Biden - the interview").
 */
import { cleanText } from './text.js';

/** Separators between headline and site name, with spaces around them. A colon is not one: "Medvedev: Peace..." */
const SEPARATOR_RE = /\s+(?:[|\-–—·•»/]|::)\s+/g;
/** A site segment is short; a longer one is part of the headline. */
const MAX_SITE_SEGMENT_WORDS = 5;
/** A segment matched by the host name (not the site name) has at most this many words. */
const MAX_HOST_SEGMENT_WORDS = 3;
/** Host labels that say nothing about the site. */
const GENERIC_HOST_LABELS: ReadonlySet<string> = new Set(['www', 'com', 'net', 'org', 'co', 'gov', 'edu', 'news', 'm', 'amp', 'blog', 'blogs']);
/** Host labels shorter than this are too likely to occur by chance inside a segment. */
const MIN_HOST_LABEL_LENGTH = 3;
/** A JSON-LD headline at least this long that ends with an ellipsis was truncated (search engines advise 110 characters). */
const TRUNCATED_HEADLINE_MIN_LENGTH = 60;
/** A page-level <h1> must be at least this share of <title> to count as the headline. */
const MIN_PAGE_H1_SHARE_OF_TITLE = 0.5;

export interface TitleSources {
  jsonLdHeadline: string | null;
  metaTitle: string | null;
  h1: string | null;
  /** Whether the <h1> is inside the article; one outside it is often the site's logo. */
  h1InArticle: boolean;
  htmlTitle: string | null;
}

export interface SiteEvidence {
  siteName: string | null;
  host: string | null;
}

export interface ChosenTitle {
  title: string | null;
  /**
   * The segment removed because it names the site (matched the site name or the host), when one
   * was: a fallback for the site name itself. A segment removed only because the rest matched
   * another candidate is not reported: it may be a section ("Opinion | Headline").
   */
  siteSegment: string | null;
}

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function hostLabels(host: string | null): string[] {
  if (host === null) return [];
  return host.split('.').filter((l) => l.length >= MIN_HOST_LABEL_LENGTH && !GENERIC_HOST_LABELS.has(l)).map(compact);
}

function namesSite(segment: string, evidence: SiteEvidence): boolean {
  const seg = compact(segment);
  if (seg.length === 0 || segment.split(/\s+/).length > MAX_SITE_SEGMENT_WORDS) return false;
  if (evidence.siteName !== null) {
    const site = compact(evidence.siteName);
    if (site.length > 0 && (seg === site || seg === `the${site}` || site === `the${seg}`)) return true;
  }
  // "CNN Politics", "Vortex Cannon Entertainment": the host label and a word or two; not a whole phrase.
  const short = segment.split(/\s+/).length <= MAX_HOST_SEGMENT_WORDS;
  return hostLabels(evidence.host).some((label) => seg === label || (short && (seg.startsWith(label) || seg.endsWith(label))));
}

interface Split {
  first: string;
  restAfterFirst: string;
  last: string;
  restBeforeLast: string;
}

/** The first and last segments of a title and what remains without each; null when it has no separator. */
function splitEnds(title: string): Split | null {
  const seps = [...title.matchAll(SEPARATOR_RE)];
  const firstSep = seps[0];
  const lastSep = seps[seps.length - 1];
  if (firstSep === undefined || lastSep === undefined) return null;
  return {
    first: title.slice(0, firstSep.index),
    restAfterFirst: title.slice(firstSep.index + firstSep[0].length),
    last: title.slice(lastSep.index + lastSep[0].length),
    restBeforeLast: title.slice(0, lastSep.index),
  };
}

/** Removes a site-name segment from the start or end of a title when the evidence says it is one. */
export function stripSiteName(title: string, evidence: SiteEvidence, others: readonly string[] = []): ChosenTitle {
  const split = splitEnds(title);
  if (split === null) return { title, siteSegment: null };
  // Named evidence first: a page-level <h1> may be the logo, which would match the wrong half.
  if (namesSite(split.last, evidence)) return { title: split.restBeforeLast, siteSegment: split.last };
  if (namesSite(split.first, evidence)) return { title: split.restAfterFirst, siteSegment: split.first };
  const otherKeys = new Set(others.map(compact));
  if (otherKeys.has(compact(split.restBeforeLast))) return { title: split.restBeforeLast, siteSegment: null };
  if (otherKeys.has(compact(split.restAfterFirst))) return { title: split.restAfterFirst, siteSegment: null };
  return { title, siteSegment: null };
}

/** A truncated JSON-LD headline ("Medvedev says peace treaty only possible if…") gives way to its full form. */
function untruncate(headline: string, others: readonly string[]): string {
  const m = /^(.*?)\s*(?:…|\.\.\.)$/u.exec(headline);
  if (!m || m[1] === undefined || headline.length < TRUNCATED_HEADLINE_MIN_LENGTH) return headline;
  const stem = m[1];
  return others.find((o) => o.startsWith(stem) && o.length > stem.length) ?? headline;
}

/** The headline of the page, cleaned of a site-name segment. */
/**
 * A page-level <h1> is the headline only when <title> contains it and it makes up most of it;
 * otherwise it is a logo or a section name ("India Post" in "Deportees return | India Post").
 */
function usableH1(sources: TitleSources): string | null {
  const h1 = cleanText(sources.h1);
  if (h1 === null || sources.h1InArticle || sources.htmlTitle === null) return h1;
  const title = compact(sources.htmlTitle);
  const heading = compact(h1);
  return title.includes(heading) && heading.length >= title.length * MIN_PAGE_H1_SHARE_OF_TITLE ? h1 : null;
}

export function chooseTitle(sources: TitleSources, evidence: SiteEvidence): ChosenTitle {
  const site = evidence.siteName !== null ? compact(evidence.siteName) : null;
  const candidates = [cleanText(sources.jsonLdHeadline), cleanText(sources.metaTitle), usableH1(sources), cleanText(sources.htmlTitle)]
    // og:title set to the site's name is a template default, not the headline.
    .filter((c): c is string => c !== null && compact(c) !== site);
  const primary = candidates[0];
  if (primary === undefined) return { title: null, siteSegment: null };
  const others = candidates.slice(1);
  const full = untruncate(primary, others);
  const chosen = stripSiteName(full, evidence, others);
  if (chosen.siteSegment !== null || sources.htmlTitle === null) return chosen;
  // The headline itself carried no site name: <title> may still tell us what the site calls itself.
  const fromHtmlTitle = stripSiteName(cleanText(sources.htmlTitle) ?? '', evidence, [chosen.title ?? '']);
  return { title: chosen.title, siteSegment: fromHtmlTitle.siteSegment };
}
