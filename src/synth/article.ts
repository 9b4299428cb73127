/**
 * One synthetic article: a story, a site, a day, and paragraphs written from the templates until
 * the article reaches the length drawn for it (a few short briefs, mostly 300 to 1,200 words,
 * some long features).
 */
import { isoDay, yearOf } from './calendar.js';
import type { Cast, Site } from './cast.js';
import { type ArticleContext, sentence } from './fill.js';
import { Random } from './prng.js';
import type { Story } from './story.js';
import type { Section, TemplateBook } from './template-book.js';

export interface SynthArticle {
  id: string;
  index: number;
  story: number;
  site: Site;
  url: string;
  title: string;
  authors: readonly string[];
  /** ISO 8601 with the site's UTC offset. */
  published: string;
  day: number;
  paragraphs: string[];
  format: 'html' | 'text';
}

export interface LengthBand {
  share: number;
  min: number;
  max: number;
}

/** Word-count bands: briefs, the usual news story, long reads. */
export const LENGTH_BANDS: readonly LengthBand[] = [
  { share: 0.06, min: 60, max: 180 },
  { share: 0.8, min: 300, max: 1200 },
  { share: 0.14, min: 1300, max: 3000 },
];

/** Body paragraph kinds after the lead, with their weights. */
const BODY_SECTIONS: readonly [Section, number][] = [
  ['detail', 0.36],
  ['quote', 0.26],
  ['background', 0.14],
  ['reaction', 0.14],
  ['amount', 0.1],
];
/** Days after a story starts on which its articles appear: most early on, a long tail. */
/** Where a used-up body section borrows from. */
const FALLBACK_SECTIONS: readonly Section[] = ['detail', 'background', 'reaction', 'amount'];
const MAX_STORY_DAYS = 150;
const SLUG_WORDS = 8;

export function targetWords(random: Random): number {
  let roll = random.next();
  for (const band of LENGTH_BANDS) {
    if (roll < band.share) return random.int(band.min, band.max);
    roll -= band.share;
  }
  return random.int(300, 1200);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function pickSection(random: Random): Section {
  let roll = random.next();
  for (const [section, weight] of BODY_SECTIONS) {
    if (roll < weight) return section;
    roll -= weight;
  }
  return 'detail';
}

/** Draws templates of a section without repeating one inside an article until all have been used. */
class TemplateDeck {
  readonly #used = new Set<string>();

  constructor(
    readonly book: TemplateBook,
    readonly context: ArticleContext,
  ) {}

  draw(section: Section): string {
    const topic = this.context.story.topic;
    // Attribution shapes are few and carry fresh quotations: they may repeat.
    if (section === 'quote') return sentence(this.context.random.pick(this.book.get(section, topic)), this.context);
    // A section used up lends from the general ones before a template is used twice in an article.
    const tries: readonly Section[] = [section, ...FALLBACK_SECTIONS.filter((other) => other !== section)];
    let template: string | null = null;
    for (const candidate of tries) {
      const fresh = this.book.get(candidate, topic).filter((t) => !this.#used.has(t));
      if (fresh.length > 0) {
        template = this.context.random.pick(fresh);
        break;
      }
      if (candidate === 'title' || candidate === 'lead' || candidate === 'closing' || candidate === 'update') break;
    }
    template ??= this.context.random.pick(this.book.get(section, topic));
    this.#used.add(template);
    return sentence(template, this.context);
  }
}

export function slugOf(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, SLUG_WORDS)
    .join('-');
}

function publishedAt(day: number, site: Site, random: Random): string {
  const hour = String(random.int(5, 22)).padStart(2, '0');
  const minute = String(random.int(0, 59)).padStart(2, '0');
  return `${isoDay(day)}T${hour}:${minute}:00${site.offset}`;
}

function bylineFor(site: Site, random: Random): string[] {
  const first = random.pick(site.authors);
  if (!random.chance(0.12)) return [first];
  const second = random.pick(site.authors);
  return second === first ? [first] : [first, second];
}

export interface ArticleInput {
  seed: string;
  index: number;
  story: Story;
  cast: Cast;
  templates: TemplateBook;
  htmlShare: number;
  /** The last day articles may carry (the end of the corpus's last year). */
  lastDay: number;
}

export function articleId(seed: string, index: number): string {
  return `syn-${seed}-${index}`;
}

export function writeArticle(input: ArticleInput): SynthArticle {
  const { seed, index, story, cast, templates } = input;
  const random = new Random(`${seed}#text#${index}`);
  const site = random.pick(cast.sites);
  const day = Math.min(story.startDay + Math.floor(Math.pow(random.next(), 2.5) * MAX_STORY_DAYS), input.lastDay);
  const context: ArticleContext = { story, cast, site, templates, random, day, introduced: new Set() };
  const deck = new TemplateDeck(templates, context);
  // The title is written first but introduces nobody: the body still presents its people in full.
  const title = deck.draw('title').replace(/[.]$/, '');
  context.introduced.clear();
  const target = targetWords(random);
  const paragraphs: string[] = [];
  const lead = [deck.draw('lead')];
  if (random.chance(0.5)) lead.push(deck.draw(random.chance(0.5) ? 'detail' : 'background'));
  paragraphs.push(lead.join(' '));
  let words = wordCount(paragraphs[0] ?? '');
  while (words < target) {
    const section = pickSection(random);
    const sentences = [deck.draw(section)];
    const extra = section === 'quote' ? (random.chance(0.4) ? 1 : 0) : random.int(0, 2);
    for (let i = 0; i < extra; i++) sentences.push(deck.draw(section === 'quote' ? 'detail' : section));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    words += wordCount(paragraph);
  }
  if (target >= 250) paragraphs.push(deck.draw('closing'));
  const date = new Date(day * 86_400_000);
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  return {
    id: articleId(seed, index),
    index,
    story: story.index,
    site,
    url: `https://${site.domain}/${yearOf(day)}/${month}/${slugOf(title)}-${index.toString(36)}`,
    title,
    authors: bylineFor(site, random),
    published: publishedAt(day, site, random),
    day,
    paragraphs,
    format: random.chance(input.htmlShare) ? 'html' : 'text',
  };
}
