/**
 * The plain-text extractor: a scrape (text copied off a page, no markup left) in, an Article out.
 *
 *   raw text --splitLines--> lines --classifyLines--> segments --assemble--> Article
 *
 * Every line ends up somewhere: the headline, a body block, a media item (alt text, caption,
 * credit) or a boilerplate entry naming the rule that removed it. Dates and authors are read only
 * from what the lines state (bylines, date lines, the author bio, a wire dateline).
 */
import type { AuthorT, BoilerplateT, PublishedT } from '../../record/schema.js';
import { type Article, type Block, type ExtractHints, emptyArticle } from '../article.js';
import { type Segment, classifyLines } from './classify.js';
import { type Line, splitLines } from './lines.js';
import { withoutBullet } from './paragraphs.js';
import { withoutSiteName } from './title.js';
import { wireDatelineDate } from './wire-dateline.js';

/** The stages of the cascade: the line rules, or (when they leave no prose at all) every unclaimed line. */
export const TEXT_STAGE = 'text/line-rules';
export const FALLBACK_STAGE = 'text/unclaimed-lines';
/** Boilerplate entries keep at most this much of the removed text (the record's contract). */
const BOILERPLATE_TEXT_MAX_CHARS = 2000;

export function extractText(text: string, hints: ExtractHints): Article {
  const lines = splitLines(text);
  const { titleIndex, segments } = classifyLines(lines, hints);
  const fallback = needsFallback(segments);
  const article = emptyArticle(fallback ? FALLBACK_STAGE : TEXT_STAGE);
  const titleLine = titleIndex === null ? undefined : lines[titleIndex]?.text;
  article.title = titleLine === undefined ? null : withoutSiteName(titleLine, hints.siteName);
  const facts = collectFacts(segments);
  for (const segment of segments) addSegment(article, segment, lines, fallback);
  article.authors = chooseAuthors(facts.bylineAuthors, facts.bioAuthors, hints.authors);
  article.published = facts.published ?? firstBlockDateline(article.blocks, hints.published);
  article.modified = facts.modified;
  return article;
}

/** True when the rules left no prose but some unclaimed lines below the headline. */
function needsFallback(segments: readonly Segment[]): boolean {
  const below = segments.filter((segment) => 'position' in segment && segment.position !== 'before-title');
  return below.length > 0 && !below.some((segment) => segment.type === 'paragraph');
}

/**
 * Puts one segment where it belongs. With `keepFragments` (no line read as prose: a transcript, a
 * list, verse, a language that ends sentences differently) the unclaimed lines after the headline
 * are kept as the body rather than losing the whole text.
 */
function addSegment(article: Article, segment: Segment, lines: readonly Line[], keepFragments: boolean): void {
  const text = linesText(lines, segment.start, segment.length);
  switch (segment.type) {
    case 'title':
      return;
    case 'rule':
      article.media.push(...(segment.match.media ?? []));
      if (segment.match.kind !== null) article.boilerplate.push(boilerplate(segment.match.kind, text, segment.match.rule));
      return;
    case 'paragraph':
      if (segment.position === 'before-title') article.boilerplate.push(boilerplate('other', text, 'text/before-title-prose'));
      else article.blocks.push(block(text, 'paragraph'));
      return;
    case 'heading':
      article.blocks.push(block(text, 'heading'));
      return;
    case 'list-item':
      article.blocks.push(block(withoutBullet(text), 'list-item'));
      return;
    case 'fragment':
      if (keepFragments && segment.position !== 'before-title') article.blocks.push(block(text, 'paragraph'));
      else article.boilerplate.push(boilerplate('other', text, `text/${segment.position}-fragment`));
      return;
  }
}

interface CollectedFacts {
  bylineAuthors: AuthorT[];
  bioAuthors: AuthorT[];
  published: PublishedT | null;
  modified: PublishedT | null;
}

/** The authors and dates the claimed lines state, first statement first; bare dates only above the body. */
function collectFacts(segments: readonly Segment[]): CollectedFacts {
  const collected: CollectedFacts = { bylineAuthors: [], bioAuthors: [], published: null, modified: null };
  const bodyStart = segments.find((segment) => segment.type === 'paragraph' && segment.position !== 'before-title')?.start ?? Infinity;
  for (const segment of segments) {
    if (segment.type !== 'rule' || !segment.match.facts) continue;
    const { authors, published, modified, datesLabelled } = segment.match.facts;
    for (const author of authors ?? []) (author.from === 'bio' ? collected.bioAuthors : collected.bylineAuthors).push(author);
    if (segment.start > bodyStart && !datesLabelled) continue;
    collected.published ??= published ?? null;
    collected.modified ??= modified ?? null;
  }
  return collected;
}

/** Byline names first, in their order, then bio names; each person once. The input's authors only when the text names none. */
function chooseAuthors(byline: AuthorT[], bio: AuthorT[], stated: string[] | undefined): AuthorT[] {
  const seen = new Set<string>();
  const authors: AuthorT[] = [];
  for (const author of [...byline, ...bio]) {
    const key = author.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    authors.push(author);
  }
  if (authors.length > 0 || !stated) return authors;
  return stated.map((name) => ({ name, from: 'input' }));
}

function firstBlockDateline(blocks: readonly Block[], statedPublished: string | undefined): PublishedT | null {
  const first = blocks.find((b) => b.kind === 'paragraph');
  return first ? wireDatelineDate(first.text, statedPublished) : null;
}

function linesText(lines: readonly Line[], start: number, length: number): string {
  return lines
    .slice(start, start + length)
    .map((line) => line.text)
    .join('\n');
}

function block(text: string, kind: Block['kind']): Block {
  return { text, kind };
}

function boilerplate(kind: BoilerplateT['kind'], text: string, rule: string): BoilerplateT {
  return { kind, text: text.slice(0, BOILERPLATE_TEXT_MAX_CHARS), rule };
}
