/**
 * The page-furniture rules, as data: which tags, ARIA roles and class/id names mark text that is
 * not the article, and what kind of boilerplate each one is. Each rule has a stable name that is
 * stored with what it removed ("html/class:share"), so a record can say why text is missing.
 */
import type { BoilerplateKindT } from '../../record/schema.js';

export interface FurnitureRule {
  kind: BoilerplateKindT;
  /** Stable rule name stored in `boilerplate[].rule`. */
  rule: string;
}

export interface ClassRule extends FurnitureRule {
  /** Tested against the lower-cased "class id" string of an element. */
  pattern: RegExp;
}

/** Elements that never hold readable article text; removed without being recorded. */
export const SILENT_TAGS: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'link', 'meta', 'input', 'select', 'option', 'textarea', 'button', 'map', 'audio', 'video', 'source', 'track', 'dialog',
]);

/** Structural elements that hold page furniture, not the article. */
export const TAG_RULES: ReadonlyMap<string, FurnitureRule> = new Map([
  ['nav', { kind: 'navigation', rule: 'html/tag:nav' }],
  ['aside', { kind: 'related', rule: 'html/tag:aside' }],
  ['footer', { kind: 'other', rule: 'html/tag:footer' }],
  ['header', { kind: 'heading', rule: 'html/tag:header' }],
  ['form', { kind: 'other', rule: 'html/tag:form' }],
  ['menu', { kind: 'navigation', rule: 'html/tag:menu' }],
]);

export const ROLE_RULES: ReadonlyMap<string, FurnitureRule> = new Map([
  ['navigation', { kind: 'navigation', rule: 'html/role:navigation' }],
  ['menu', { kind: 'navigation', rule: 'html/role:menu' }],
  ['menubar', { kind: 'navigation', rule: 'html/role:menubar' }],
  ['banner', { kind: 'navigation', rule: 'html/role:banner' }],
  ['contentinfo', { kind: 'other', rule: 'html/role:contentinfo' }],
  ['complementary', { kind: 'related', rule: 'html/role:complementary' }],
  ['dialog', { kind: 'promo', rule: 'html/role:dialog' }],
  ['alertdialog', { kind: 'promo', rule: 'html/role:alertdialog' }],
  ['search', { kind: 'navigation', rule: 'html/role:search' }],
]);

/** A name part: the pattern must stand between separators (start, end, space, "-", "_" or a digit). */
function part(body: string): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${body})(?=$|[\\s_\\d-])`);
}

/** Class/id rules, first match wins; the order puts the most specific kinds first. */
export const CLASS_RULES: readonly ClassRule[] = [
  { kind: 'cookie', rule: 'html/class:cookie', pattern: /cookie|consent|gdpr/ },
  // "subscriber-only" wraps the text of paywalled stories: it is not a sign-up box.
  { kind: 'newsletter', rule: 'html/class:newsletter', pattern: /newsletter|subscribe(?!r)|subscription|signup|sign-up|mailing-?list|paywall|regwall/ },
  { kind: 'comment', rule: 'html/class:comment', pattern: part('comments?|comment-\\w+|commentlist|disqus\\w*|respond|replies|discussion') },
  // "social" alone or as a bar of links; not "social-media-embed", which holds quoted posts that are part of the story.
  { kind: 'share', rule: 'html/class:share', pattern: /share|sharing|addthis|(?:^|[\s_-])social(?:-?(?:links|icons|buttons|bar|share|follow|tools|networks|list|nav|media-links))?(?=$|[\s_])|toolbar|print-?link|(?:^|[\s_-])tools(?=$|[\s_-])/ },
  { kind: 'author-bio', rule: 'html/class:author-bio', pattern: /author-?(?:bio|info|box|card|about|details)|about-?(?:the-)?author|contributor-?bio|bio-?box/ },
  { kind: 'related', rule: 'html/class:related', pattern: /related|recommend|more-?(?:stories|from|news|articles|on)|read-?(?:more|next)|also-?read|trending|popular|most-?(?:read|viewed|shared)|outbrain|taboola|recirc|further-?reading|next-?(?:article|story|post)|prev-?next|post-?navigation|see-?also/ },
  // Only names that end in "tags" ("entry-tags", "tags"): WordPress marks posts with "tag-<word>" classes.
  { kind: 'related', rule: 'html/class:tags', pattern: /(?:^|\s)(?:[\w-]*[-_])?(?:tags?|tag-?list|tag-?links|keywords|topics)(?=$|\s)/ },
  { kind: 'advert', rule: 'html/class:advert', pattern: part('ad|ads|adv|advert\\w*|ad-?(?:slot|unit|box|container|wrapper|wrap|block|zone|placeholder)|adslot|adunit|dfp\\w*|gpt\\w*|sponsor\\w*|banner-?ad|native-?ad|googlead\\w*|adsbygoogle') },
  { kind: 'other', rule: 'html/class:icon', pattern: /(?:^|[\s_-])(?:material-icons\w*|icons?|glyphicon|fa)(?=$|\s)/ },
  { kind: 'other', rule: 'html/class:popover', pattern: /rollover|tooltip|hover-?card|popover/ },
  { kind: 'promo', rule: 'html/class:promo', pattern: /promo|modal|popup|pop-up|overlay|lightbox|cta(?:$|[\s_-])|(?:^|[\s_-])banner|marketing/ },
  { kind: 'navigation', rule: 'html/class:nav', pattern: part('nav|navbar|navigation|\\w*-nav|menu|\\w*-menu|breadcrumbs?|pagination|pager|skip-?link\\w*|jump-?link\\w*|masthead|site-?header|site-?footer|global-?header|global-?footer') },
  { kind: 'byline', rule: 'html/class:byline', pattern: /byline|author-?name|(?:^|[\s_-])authors?(?=$|[\s_-])|contributor/ },
  { kind: 'dateline', rule: 'html/class:dateline', pattern: /dateline|timestamp|publish(?:ed)?-?(?:date|time|on)|posted-?on|entry-?date|post-?date|article-?date|(?:^|[\s_-])date(?=$|[\s_-])|updated-?(?:date|time)/ },
  { kind: 'other', rule: 'html/class:meta', pattern: /entry-?meta|post-?meta|article-?meta|story-?meta|meta-?(?:data|info|bar)/ },
  { kind: 'other', rule: 'html/class:footer', pattern: part('footer|\\w*-footer|foot') },
  { kind: 'other', rule: 'html/class:header', pattern: part('header|\\w*-header|headline|\\w*-headline|title|\\w*-title|kicker|eyebrow') },
  // "widget" only as a whole name ("widget", "widget_recent_entries"): "article-widget" wraps quoted posts in some bodies.
  { kind: 'related', rule: 'html/class:sidebar', pattern: /sidebar|side-?bar|(?:^|[\s_-])rail|(?:^|\s)widgets?(?:-area|_\w+)?(?=$|\s)|(?:^|[\s_-])aside/ },
  { kind: 'other', rule: 'html/class:hidden', pattern: part('hidden|hide|visually-?hidden|sr-?only|screen-?reader\\w*|offscreen|invisible|print-?only') },
];

/** Class/id names that say "this is the article", used for scoring and to protect containers from removal. */
export const POSITIVE_CLASS = /article|body|content|entry|main|post|story|text|blog|prose|hentry|page-?copy/;

/** Class/id names that say "not the article" for scoring (wider than the removal rules). */
export const NEGATIVE_CLASS = /comment|combx|contact|foot|masthead|media|meta|outbrain|promo|related|scroll|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|share|social|nav|menu|banner|ad-|advert|popup|modal|newsletter|subscribe|caption|credit|hidden/;

/** Strong markers of the article body itself: a container carrying one is never removed as furniture. */
export const ARTICLE_BODY_CLASS = /article-?body|story-?body|entry-?content|post-?(?:content|body)|article-?content|articlebody|story-?content|body-?text|article-?text|main-?content/;

/** Class names of captions and credits (a container of this kind with an image is a figure). */
export const CAPTION_CLASS = /caption|photo-?credit|image-?credit|media-?credit|credit|getty|wp-caption/;
export const CREDIT_CLASS = /credit|getty|copyright|photographer/;
