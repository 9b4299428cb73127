/**
 * Duplicates at a known rate. A duplicate re-creates an earlier article from its own seed (so
 * nothing is kept in memory) and changes it the way the web does:
 *
 *   exact    a re-post on another site: the same title and body under a new id and URL
 *   near     a wire copy on another site with small edits: a sentence reworded, the last
 *            paragraph cut, a line added
 *   update   the same URL republished under a new id with an update note and a changed figure
 *
 * The ground truth (which document copies which) is what `--truth` writes.
 */
import type { SynthArticle } from './article.js';
import { type ArticleContext, sentence } from './fill.js';
import { Random } from './prng.js';

export const DUPLICATE_KINDS = ['exact', 'near', 'update'] as const;
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number];

/** Shares of the duplicate kinds. */
const KIND_SHARES: readonly [DuplicateKind, number][] = [
  ['exact', 0.4],
  ['near', 0.4],
  ['update', 0.2],
];
/** A copy follows its original within this many articles: re-posts come soon after the story. */
const MAX_DISTANCE = 2000;

export interface DuplicatePlan {
  kind: DuplicateKind;
  /** The index of the original (never itself a duplicate). */
  of: number;
}

/** One line of the `--truth` file. */
export interface DuplicateTruth {
  id: string;
  kind: DuplicateKind;
  /** The original's id. */
  of: string;
  url: string;
}

function firstPlan(seed: string, index: number, rate: number): DuplicatePlan | null {
  if (index === 0 || rate <= 0) return null;
  const random = new Random(`${seed}#dup#${index}`);
  if (!random.chance(rate)) return null;
  let roll = random.next();
  let kind: DuplicateKind = 'exact';
  for (const [name, share] of KIND_SHARES) {
    kind = name;
    if (roll < share) break;
    roll -= share;
  }
  return { kind, of: index - random.int(1, Math.min(index, MAX_DISTANCE)) };
}

/** Whether article `index` is a copy, and of which original. Depends on the seed and index only. */
export function duplicatePlan(seed: string, index: number, rate: number): DuplicatePlan | null {
  const plan = firstPlan(seed, index, rate);
  if (!plan) return null;
  // A copy of a copy is a copy of the original: walk back to an article that is no duplicate.
  let of = plan.of;
  for (let earlier = firstPlan(seed, of, rate); earlier; earlier = firstPlan(seed, of, rate)) of = earlier.of;
  return { kind: plan.kind, of };
}

function otherSite(original: SynthArticle, context: ArticleContext): ArticleContext['site'] {
  const others = context.cast.sites.filter((site) => site.domain !== original.site.domain);
  return others.length > 0 ? context.random.pick(others) : original.site;
}

function movedTo(original: SynthArticle, site: ArticleContext['site']): string {
  const path = original.url.slice(original.url.indexOf('/', 'https://'.length));
  return `https://${site.domain}${path}`;
}

/** Rewrites one sentence in a middle paragraph and trims or extends the end. */
function editParagraphs(paragraphs: readonly string[], context: ArticleContext): string[] {
  const { random } = context;
  const out = [...paragraphs];
  const detail = context.templates.get('detail', context.story.topic);
  if (out.length >= 3) {
    const at = random.int(1, out.length - 2);
    const sentences = (out[at] ?? '').split(/(?<=[.!?]["\u201d]?)\s+/);
    sentences[random.int(0, sentences.length - 1)] = sentence(random.pick(detail), context);
    out[at] = sentences.join(' ');
  }
  if (out.length >= 6 && random.chance(0.5)) out.pop();
  else out.push(sentence(random.pick(detail), context));
  return out;
}

export function makeCopy(original: SynthArticle, plan: DuplicatePlan, id: string, index: number, context: ArticleContext): SynthArticle {
  const copy: SynthArticle = { ...original, id, index, paragraphs: [...original.paragraphs] };
  switch (plan.kind) {
    case 'exact': {
      copy.site = otherSite(original, context);
      copy.url = movedTo(original, copy.site);
      break;
    }
    case 'near': {
      copy.site = otherSite(original, context);
      copy.url = movedTo(original, copy.site);
      copy.paragraphs = editParagraphs(original.paragraphs, context);
      break;
    }
    case 'update': {
      const update = context.templates.get('update', context.story.topic);
      copy.paragraphs = [...editParagraphs(original.paragraphs, context), sentence(context.random.pick(update), context)];
      break;
    }
  }
  return copy;
}
