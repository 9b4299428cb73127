/**
 * The synthetic corpus as a stream: article n is made from (seed, n) alone, so any size streams in
 * constant memory and the same seed always gives the same bytes.
 */
import { type SynthArticle, articleId, writeArticle } from './article.js';
import { type Cast, buildCast } from './cast.js';
import { type DuplicateTruth, duplicatePlan, makeCopy } from './duplicates.js';
import { type ArticleContext } from './fill.js';
import { Random } from './prng.js';
import { type SynthDocument, renderDocument } from './render.js';
import { StoryCache, type YearRange, makeStory, storiesFor } from './story.js';
import { type WordLists, loadWordLists } from './word-lists.js';

export interface SynthOptions {
  articles: number;
  seed: string;
  /** Share of documents that copy an earlier one (0..1). */
  dupRate: number;
  /** Share of documents written as HTML pages; the rest are plain-text scrapes. */
  htmlShare: number;
  years: YearRange;
}

export const DEFAULT_SYNTH_OPTIONS: Omit<SynthOptions, 'articles'> = {
  seed: '1',
  dupRate: 0.05,
  htmlShare: 0.6,
  years: { from: 2019, to: 2025 },
};

export interface SynthItem {
  document: SynthDocument;
  article: SynthArticle;
  /** Set when the document copies an earlier one. */
  truth: DuplicateTruth | null;
}

export class SynthCorpus {
  readonly cast: Cast;
  readonly #options: SynthOptions;
  readonly #lists: WordLists;
  readonly #stories: StoryCache;
  readonly #storyCount: number;

  constructor(options: SynthOptions, lists: WordLists = loadWordLists()) {
    this.#options = options;
    this.#lists = lists;
    this.cast = buildCast(options.seed, options.articles, lists);
    this.#storyCount = storiesFor(options.articles);
    this.#stories = new StoryCache((index) => makeStory(options.seed, index, this.cast, options.years));
  }

  /** The story article `index` belongs to: a few stories are big, most are small. */
  storyOf(index: number): number {
    return Math.floor(Math.pow(new Random(`${this.#options.seed}#story-of#${index}`).next(), 1.6) * this.#storyCount);
  }

  /** Article `index` as first written, before any duplication. */
  original(index: number): SynthArticle {
    const { seed, htmlShare } = this.#options;
    const story = this.#stories.get(this.storyOf(index));
    const lastDay = Date.UTC(this.#options.years.to, 11, 31) / 86_400_000;
    return writeArticle({ seed, index, story, cast: this.cast, templates: this.#lists.templates, htmlShare, lastDay });
  }

  item(index: number): SynthItem {
    const { seed, dupRate } = this.#options;
    const plan = duplicatePlan(seed, index, dupRate);
    if (!plan) {
      const article = this.original(index);
      return { article, document: renderDocument(article), truth: null };
    }
    const source = this.original(plan.of);
    const context: ArticleContext = {
      story: this.#stories.get(source.story),
      cast: this.cast,
      site: source.site,
      templates: this.#lists.templates,
      random: new Random(`${seed}#copy#${index}`),
      day: source.day,
      // The original introduced its people; an edit names them as a later paragraph would.
      introduced: new Set(this.#stories.get(source.story).people),
    };
    const article = makeCopy(source, plan, articleId(seed, index), index, context);
    return {
      article,
      document: renderDocument(article),
      truth: { id: article.id, kind: plan.kind, of: source.id, url: article.url },
    };
  }

  *items(): Generator<SynthItem> {
    for (let index = 0; index < this.#options.articles; index++) yield this.item(index);
  }
}
