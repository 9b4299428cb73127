/**
 * The HTML extractor: one parse, then an explainable cascade.
 *
 *   parse (with the depth guard and the text statistics of every element) -> metadata
 *   -> prune furniture (recorded as boilerplate; figures become media)
 *   -> score containers -> choose the article and its continuing siblings -> emit blocks -> filter blocks
 *   -> fallbacks when that finds too little: all prose paragraphs, then all remaining text, then the
 *      JSON-LD articleBody when it is much longer than what was found
 *
 * `article.stage` names the stage whose text was kept.
 */
import type { Element, ParentNode } from 'domhandler';
import { type Article, type Block, type ExtractHints, emptyArticle } from '../article.js';
import type { MediaT } from '../../record/schema.js';
import { BoilerplateLog } from './boilerplate.js';
import { emitBlocks } from './blocks.js';
import { filterBlocks } from './block-filter.js';
import { MAX_DOM_DEPTH } from './depth.js';
import { parseHtml } from './parse.js';
import { isTag } from './dom.js';
import { jsonLdBlocks, proseParagraphs, totalChars } from './fallbacks.js';
import { extractMetadata, type PageMetadata } from './metadata.js';
import { PageSignalCollector } from './meta/page-signals.js';
import { type FoundMedia, pruneFurniture } from './prune.js';
import { scoreCandidates } from './score.js';
import { selectArticle } from './select.js';
import type { StatsMap } from './stats.js';

/** Below this many characters the scored container is not trusted and the fallbacks are tried. */
export const MIN_BODY_CHARS = 250;
/** The JSON-LD body wins when it is at least this long and the extracted text is under this share of it. */
export const JSON_LD_MIN_CHARS = 200;
export const JSON_LD_PREFERRED_SHARE = 0.5;

export const STAGE_SCORED = 'html/scored-container';
export const STAGE_ALL_PARAGRAPHS = 'html/all-paragraphs';
export const STAGE_JSON_LD = 'html/json-ld-body';
export const STAGE_BODY_TEXT = 'html/body-text';
export const STAGE_EMPTY = 'html/empty';

interface StageResult {
  stage: string;
  blocks: Block[];
  /** What this stage's block filter took out (kept only for the stage that wins). */
  removed: BoilerplateLog;
  /** The elements the text came from (empty for the JSON-LD stage). */
  containers: Element[];
  media: MediaT[];
}

export function extractHtml(html: string, hints: ExtractHints): Article {
  // One parse, which also measures every element's text and throws input/too-deep on pathological nesting.
  // The metadata signals are gathered on the same pass.
  const signals = new PageSignalCollector();
  const { dom, stats } = parseHtml(html, MAX_DOM_DEPTH, signals);
  const metadata = extractMetadata(dom, hints, signals.finish());
  const base = hints.url ?? metadata.canonicalUrl ?? null;
  const root: ParentNode = findBody(dom) ?? dom;
  const log = new BoilerplateLog();
  const pruned = pruneFurniture(root, stats, log, base);
  const title = metadata.title ?? hints.title ?? null;

  const result = runCascade(root, stats, metadata, title, base);
  log.addAll(result.removed);
  const article = emptyArticle(result.stage);
  copyMetadata(article, metadata);
  article.blocks = result.blocks;
  article.media = collectMedia(pruned.media, result);
  article.boilerplate = log.items;
  return article;
}

function runCascade(root: ParentNode, stats: StatsMap, metadata: PageMetadata, title: string | null, base: string | null): StageResult {
  let result = scoredContainerStage(root, stats, title, base);
  if (totalChars(result.blocks) < MIN_BODY_CHARS) {
    const fallback = allParagraphsStage(root, stats, title, base);
    if (totalChars(fallback.blocks) > totalChars(result.blocks)) result = fallback;
  }
  if (result.blocks.length === 0) result = bodyTextStage(root, title, base);
  const jsonLd = metadata.jsonLdBody;
  if (jsonLd && jsonLd.length >= JSON_LD_MIN_CHARS && totalChars(result.blocks) < JSON_LD_PREFERRED_SHARE * jsonLd.length) {
    return { stage: STAGE_JSON_LD, blocks: jsonLdBlocks(jsonLd), removed: new BoilerplateLog(), containers: [], media: [] };
  }
  if (result.blocks.length === 0) return { ...result, stage: STAGE_EMPTY };
  return result;
}

/** Emits and filters the blocks of the given containers: the common end of every HTML stage. */
function blocksStage(stage: string, containers: readonly ParentNode[], title: string | null, base: string | null): StageResult {
  const emitted = emitBlocks(containers, base);
  const removed = new BoilerplateLog();
  const blocks = filterBlocks(emitted.blocks, { title }, removed);
  return { stage, blocks, removed, containers: containers.filter(isTag), media: emitted.media };
}

function scoredContainerStage(root: ParentNode, stats: StatsMap, title: string | null, base: string | null): StageResult {
  const selection = selectArticle(scoreCandidates(root, stats), stats);
  return blocksStage(STAGE_SCORED, selection ? selection.containers : [], title, base);
}

function allParagraphsStage(root: ParentNode, stats: StatsMap, title: string | null, base: string | null): StageResult {
  return blocksStage(STAGE_ALL_PARAGRAPHS, proseParagraphs(root, stats), title, base);
}

/** Last resort: every block of what is left of the page (plain text without markup ends up here). */
function bodyTextStage(root: ParentNode, title: string | null, base: string | null): StageResult {
  const result = blocksStage(STAGE_BODY_TEXT, [root], title, base);
  return { ...result, containers: [] };
}

function findBody(dom: ParentNode): Element | null {
  for (const child of dom.children) {
    if (!isTag(child)) continue;
    if (child.name === 'body') return child;
    if (child.name === 'html') {
      for (const inner of child.children) if (isTag(inner) && inner.name === 'body') return inner;
    }
  }
  return null;
}

function isInside(node: ParentNode | null, containers: ReadonlySet<ParentNode>): boolean {
  for (let p = node; p; p = p.parent) if (containers.has(p)) return true;
  return false;
}

/**
 * Where the article's figures may sit: the chosen containers, their parent, and the <article>
 * element around them (the lead image usually sits beside the body, under the headline).
 */
function mediaScope(containers: readonly Element[]): Set<ParentNode> {
  const scope = new Set<ParentNode>(containers);
  const first = containers[0];
  // The lead picture often sits right beside the body, in the same parent.
  const parent = first?.parent;
  if (parent && isTag(parent) && parent.name !== 'body') scope.add(parent);
  for (let p: ParentNode | null = first ?? null; p; p = p.parent) {
    if (isTag(p) && p.name === 'article') {
      scope.add(p);
      break;
    }
  }
  return scope;
}

/** Figures that sat inside the article, then the images met in its text, without repeats. */
function collectMedia(found: readonly FoundMedia[], result: StageResult): MediaT[] {
  const containers = mediaScope(result.containers);
  const out: MediaT[] = [];
  const seen = new Set<string>();
  const add = (m: MediaT): void => {
    const key = m.src ?? `caption:${m.caption ?? ''}:${m.credit ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  for (const f of found) if (isInside(f.container, containers)) add(f.media);
  for (const m of result.media) add(m);
  return out;
}

function copyMetadata(article: Article, metadata: PageMetadata): void {
  article.title = metadata.title;
  article.authors = metadata.authors;
  article.published = metadata.published;
  article.modified = metadata.modified;
  article.siteName = metadata.siteName;
  article.canonicalUrl = metadata.canonicalUrl;
  article.language = metadata.language;
  article.description = metadata.description;
}
