/**
 * Page furniture recognised by its wording: advert labels, share bars, menus, promos and related
 * links, copyright lines. Each kind is a small table of phrases (matched against the whole line,
 * case and surrounding marks ignored) or of labels that open a line ("Read more: ...").
 */
import type { BoilerplateKindT } from '../../record/schema.js';
import type { Line } from './lines.js';
import { type LineRule, single } from './rule.js';
import { endsLikeSentence, escapeRegExp, wordCount } from './shape.js';

interface PhraseKind {
  kind: BoilerplateKindT;
  rule: string;
  /** Lines that are exactly one of these (after normalising). */
  phrases: readonly string[];
  /** Labels that open a line and are followed by a colon, dash or arrow, or by nothing. */
  labels: readonly string[];
}

const ADVERT: PhraseKind = {
  kind: 'advert',
  rule: 'text/advert',
  phrases: [
    'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'paid post',
    'promoted', 'promoted content', 'partner content', 'story continues below', 'story continues below advertisement',
    'article continues below', 'article continues below advertisement', 'continue reading below', 'continue reading the main story',
    'scroll to continue with content', 'advertisement scroll to continue with content', 'ad feedback', 'report this ad', 'skip advert',
  ],
  labels: ['advertisement', 'sponsored by', 'presented by'],
};

const SHARE: PhraseKind = {
  kind: 'share',
  rule: 'text/share',
  phrases: [
    'share', 'share this', 'share this article', 'share this story', 'share this page', 'share article', 'share story', 'share via',
    'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share on whatsapp', 'share via email', 'tweet',
    'copy link', 'link copied', 'copy article link', 'print', 'print this article', 'email', 'e-mail', 'save', 'save article',
    'save story', 'save for later', 'gift this article', 'gift article', 'bookmark', 'share full article',
    'sharing is caring', 'copy link urlcopied', 'like this', 'like loading', 'bloggers like this',
  ],
  labels: ['share this article', 'share this story'],
};

const NAVIGATION: PhraseKind = {
  kind: 'navigation',
  rule: 'text/navigation',
  phrases: [
    'home', 'menu', 'search', 'skip to content', 'skip to main content', 'skip navigation', 'sign in', 'log in', 'login',
    'register', 'subscribe', 'subscribe now', 'back to top', 'next article', 'previous article', 'next story', 'most read',
    'most popular', 'most viewed', 'trending', 'trending now', 'latest', 'latest news', 'top stories', 'follow us',
    'you may have missed', 'more stories', 'in this article', 'listen to this article', 'listen to article', 'listen',
    'close', 'open menu', 'view all', 'see all', 'load more', 'show more',
  ],
  labels: ['tags', 'topics', 'filed under', 'filed in', 'posted in', 'categories', 'category', 'follow us on'],
};

const PROMO: PhraseKind = {
  kind: 'promo',
  rule: 'text/promo',
  phrases: ['got a tip', 'got a news tip', 'send us a tip'],
  labels: [
    'more from us', 'recommended', 'recommended for you', 'you may also like', 'you might also like', "don't miss", 'don’t miss',
    "editor's picks", 'editor’s picks', "editors' picks", 'popular now', 'watch', 'watch now', 'sponsored stories',
    'from our partners', 'around the web', 'trending stories', 'must read', 'must-read', 'listen now',
  ],
};

const RELATED: PhraseKind = {
  kind: 'related',
  rule: 'text/related',
  phrases: [],
  labels: [
    'related', 'related articles', 'related stories', 'related coverage', 'related content', 'related reading', 'read more',
    'read also', 'also read', 'see also', 'read next', 'more on this story', 'more on this', 'further reading', 'more coverage',
    'click here to read', 'read the full story',
  ],
};

/** The phrase kinds in the order they are tried. */
export const PHRASE_KINDS: readonly PhraseKind[] = [ADVERT, SHARE, NAVIGATION, PROMO, RELATED];

/** The names on a bar of share buttons ("Facebook Twitter Email"). */
const SOCIAL_WORDS = new Set([
  'facebook', 'twitter', 'x', 'email', 'e-mail', 'mail', 'whatsapp', 'linkedin', 'reddit', 'pinterest', 'telegram', 'print',
  'copy', 'link', 'share', 'tweet', 'save', 'messenger', 'flipboard', 'bluesky', 'threads', 'tumblr', 'sms', 'comments',
]);
/** A bar of buttons has at least this many names on it. */
const SOCIAL_BAR_MIN_WORDS = 2;
/** Separators between the entries of a menu or a breadcrumb trail. */
const MENU_SEPARATOR = /\s+[|•·›>»/]\s+/;
/** A menu has at least this many entries ... */
const MENU_MIN_ENTRIES = 3;
/** ... and each entry is a label of at most this many words. */
const MENU_ENTRY_MAX_WORDS = 3;
/** "More from The Harbour Times: ..." (a promo label naming the site). */
const MORE_FROM_SITE = /^more (?:from|on) [^:]{1,40}:/i;
/** Counters and disclosures printed around an article ("This story has been shared 1,204 times."). */
const SHARE_COUNTER = /^this (?:story|article|post) has been shared [\d,.]+ times\.?$/i;
const AFFILIATE_DISCLOSURE = /^this (?:post|article|page|story) (?:may )?contains? affiliate\b/i;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;
/** A copyright line is a line; longer text that mentions copyright is prose. */
const COPYRIGHT_MAX_CHARS = 200;

/** Lower-cases and strips the marks pages put around button labels ("— Advertisement —", "Share:"). */
export function normalisePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, '')
    .replace(/\s+/g, ' ');
}

const compiled = PHRASE_KINDS.map((phraseKind) => ({
  phraseKind,
  phrases: new Set(phraseKind.phrases),
  label: phraseKind.labels.length > 0 ? new RegExp(`^(?:${phraseKind.labels.map(escapeRegExp).join('|')})(?:\\s*:|\\s+[|»>–—-](?:\\s|$)|\\s*$)`, 'i') : null,
}));

/** The phrase kind of a line, or null. */
export function phraseKindOf(text: string): PhraseKind | null {
  const normal = normalisePhrase(text);
  for (const { phraseKind, phrases, label } of compiled) {
    if (phrases.has(normal)) return phraseKind;
    if (label && label.test(text.replace(/^[^\p{L}]+/u, ''))) return phraseKind;
    if (phraseKind === PROMO && MORE_FROM_SITE.test(text)) return phraseKind;
  }
  return null;
}

/** Kinds whose bare label ("Related", "Most Read") heads a list of links below it. */
const LIST_HEADING_KINDS: ReadonlySet<BoilerplateKindT> = new Set(['promo', 'related', 'navigation']);
/** A list of links under a label has at most this many entries ... */
const LINK_LIST_MAX_LINES = 12;
/** ... each a headline, not a paragraph. */
const LINK_MAX_CHARS = 150;

export const phraseRule: LineRule = (context, index) => {
  const text = context.lines[index]?.text ?? '';
  if (SHARE_COUNTER.test(text)) return single('text/share-counter', 'share');
  if (AFFILIATE_DISCLOSURE.test(text)) return single('text/affiliate-disclosure', 'advert');
  const phraseKind = phraseKindOf(text);
  if (!phraseKind) return null;
  const isBareLabel = /^[^\p{L}]*[\p{L}\s’'-]+[^\p{L}]*$/u.test(text) && wordCount(text) <= MENU_ENTRY_MAX_WORDS;
  const length = isBareLabel && LIST_HEADING_KINDS.has(phraseKind.kind) ? 1 + linksUnder(context.lines, index) : 1;
  return { length, rule: phraseKind.rule, kind: phraseKind.kind };
};

/**
 * How many link lines follow a bare label in its block. Only a small block counts (a box on the
 * page): in a scrape without blank lines the whole text is one block, and nothing is taken.
 */
function linksUnder(lines: readonly Line[], label: number): number {
  const block = lines[label]?.block;
  const blockSize = lines.filter((line) => line.block === block).length;
  if (blockSize > LINK_LIST_MAX_LINES + 1) return 0;
  let count = 0;
  for (let index = label + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.block !== block || line.text.length > LINK_MAX_CHARS || endsLikeSentence(line.text)) break;
    count += 1;
  }
  return count;
}

/** A bar of share buttons: every word on the line names a network or an action. */
export const shareBarRule: LineRule = (context, index) => {
  const words = (context.lines[index]?.text ?? '').toLowerCase().split(/[\s|•·,]+/).filter((word) => word.length > 0);
  if (words.length < SOCIAL_BAR_MIN_WORDS || !words.every((word) => SOCIAL_WORDS.has(word))) return null;
  return single('text/share-bar', 'share');
};

/** A menu or breadcrumb trail: several short labels between separators ("Home | World | Asia"). */
export const menuRule: LineRule = (context, index) => {
  const entries = (context.lines[index]?.text ?? '').split(MENU_SEPARATOR);
  if (entries.length < MENU_MIN_ENTRIES) return null;
  if (!entries.every((entry) => wordCount(entry) >= 1 && wordCount(entry) <= MENU_ENTRY_MAX_WORDS)) return null;
  return single('text/menu', 'navigation');
};

/** A copyright notice ("© 2024 The Harbour Times", "All rights reserved."). */
export function isCopyrightLine(text: string): boolean {
  return text.length <= COPYRIGHT_MAX_CHARS && COPYRIGHT.test(text);
}

export const copyrightRule: LineRule = (context, index) =>
  isCopyrightLine(context.lines[index]?.text ?? '') ? single('text/copyright', 'other') : null;
