/**
 * Stage 5: judge each emitted block on its own text. Furniture that has no telling class name
 * still has telling words ("Advertisement", "Share this article", "Sign up for our newsletter"),
 * is mostly links, or repeats the headline; such blocks go to the boilerplate log instead of the body.
 */
import type { Block } from '../article.js';
import type { BoilerplateKindT } from '../../record/schema.js';
import type { BoilerplateLog } from './boilerplate.js';
import type { RawBlock } from './blocks.js';

/** Word-pattern rules only judge blocks up to this length: a long block is prose whatever it starts with. */
export const SHORT_BLOCK_CHARS = 160;
/** A block whose text is at least this share links is a list of links, not prose. */
export const LINK_BLOCK_SHARE = 0.8;
/** Link-heavy paragraphs shorter than this are dropped; longer ones are kept (a linked sentence is still prose). */
export const LINK_PARAGRAPH_MAX_CHARS = 140;
/** A block is compared with the title only when their lengths differ by less than this share. */
const TITLE_LENGTH_SLACK = 0.3;
/** Bylines are short. */
export const MAX_BYLINE_CHARS = 90;

interface TextRule {
  kind: BoilerplateKindT;
  rule: string;
  pattern: RegExp;
}

const SHARE_WORDS = String.raw`(?:share|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|flipboard|copy(?:\s+link)?|link|comments?|save|messenger|sms|telegram|pocket|mail)`;

/** Short-block word rules, first match wins. */
const TEXT_RULES: readonly TextRule[] = [
  { kind: 'advert', rule: 'html/text:advert', pattern: /^(?:advertisement|advertising|advert|ad|ads|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|реклама|iklan|広告|광고|sponsored(?: content)?|paid content|(?:story|article|text) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading (?:the main story|below)|scroll (?:down )?to continue(?: reading)?.*)(?:\s*[·|•–—-]\s*(?:scroll|continue|story continues)[\w ]*)?\W*$/i },
  { kind: 'share', rule: 'html/text:share', pattern: new RegExp(String.raw`^(?:share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page))?(?:\s+(?:on|via))?\W*(?:${SHARE_WORDS}\W*)*|(?:${SHARE_WORDS}\W*)+)$`, 'i') },
  { kind: 'newsletter', rule: 'html/text:newsletter', pattern: /\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|inbox|email|briefing|digest)/i },
  { kind: 'related', rule: 'html/text:related', pattern: /^(?:related(?: (?:stories|articles|coverage|content|links))?|read more|more(?: from| on)? [\w ]{0,30}|see also|also read|read next|recommended|you may also like|most (?:read|popular))\s*[:：»›>-]?\s*$/i },
  { kind: 'related', rule: 'html/text:related-label', pattern: /^(?:related|read more|see also|more from|don[’']t miss|recommended|also read|read next|buyer[’']s guide)\b[^\n:]{0,40}(?::|\n)/i },
  { kind: 'share', rule: 'html/text:share-invite', pattern: /^(?:like|enjoyed|loved) this (?:story|article|post)\b|^(?:text|font) size\W*$/i },
  { kind: 'other', rule: 'html/text:needs-script', pattern: /requires javascript|enable javascript|javascript (?:is )?(?:disabled|required)/i },
  { kind: 'credit', rule: 'html/text:credit', pattern: /^(?:photo|image)s?\s*(?:credit)?\s*:/i },
  { kind: 'related', rule: 'html/text:tags', pattern: /^(?:tags?|topics|keywords|categories|filed under|labels?)\s*(?:[:\n]|$)/i },
  { kind: 'related', rule: 'html/text:promo-heading', pattern: /^(?:you (?:may|might) (?:also )?like|don[’']t miss|explore further|highlights|more|must (?:read|watch)|editor[’']s picks|popular (?:now|today)|(?:more|other|top|latest|recommended|related|trending|popular) (?:\S+ ){0,3}(?:stories|articles|news|coverage|reads|posts|videos))\W*$/i },
  { kind: 'newsletter', rule: 'html/text:subscribe', pattern: /^subscribe\b.{0,100}$/i },
  { kind: 'author-bio', rule: 'html/text:contributors', pattern: /contributed (?:reporting|to this (?:report|story|article))|^\(?(?:additional )?reporting by\b|^\(?(?:writing|editing) by\b|^follow (?:\S+ ){0,5}on (?:twitter|instagram|facebook)|^(?:email|reach|contact) (?:the )?(?:\S+ ){0,3}(?:at|on) \S+@|^reach the (?:reporters?|writers?|author)\b|^have a (?:news )?tip\b|^follow\b.{0,120}(?:twitter|facebook|instagram|https?:\/\/|@\w)|^(?:write to|email|e-mail|contact)\b.{0,60}@\S+\.\w+|^\S+@\S+\.\w+$|^(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com\/\S+$/i },
  { kind: 'other', rule: 'html/text:counter-label', pattern: /^(?:views?|reads?|comments?|shares?|likes?|просмотров|просмотры|visualizações|visitas|aufrufe|vues|閲覧数?)\s*[:：]?\s*[\d\s.,]+$/i },
  { kind: 'other', rule: 'html/text:counter', pattern: /^(?:(?:image|photo|picture|slide|foto)\s+)?\d+\s*(?:of|\/|de|von|из)\s*\d+$/i },
  { kind: 'other', rule: 'html/text:reading-time', pattern: /^(?:(?:estimated )?reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\b.{0,30}$|^\d+\s*min(?:ute)?s?\s+read$/i },
  { kind: 'other', rule: 'html/text:copyright', pattern: /all rights reserved\W*$|subject to copyright/i },
  { kind: 'navigation', rule: 'html/text:pager', pattern: /^(?:\d+[\s|.,·•]*){2,}(?:next|more|»|›|>)?\W*$|^(?:next|prev(?:ious)?|older|newer)(?:\s+(?:next|prev(?:ious)?|older|newer))*\W*$/i },
  { kind: 'comment', rule: 'html/text:comment', pattern: /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|show comments|view comments|join the (?:conversation|discussion))\W*$/i },
  { kind: 'byline', rule: 'html/text:byline', pattern: /^(?:[Bb]y|[Pp]or|[Vv]on|[Pp]ar|[Dd]i)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|da|del|la|le))*\s*(?:[,|/–—-]\s*.{0,50})?$/u },
  { kind: 'dateline', rule: 'html/text:dateline', pattern: /^(?:published|updated|posted|last (?:updated|modified)|first published)\b.{0,60}$/i },
];

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export interface FilterOptions {
  /** The page's headline, when known: a block repeating it is not body text. */
  title: string | null;
}

export interface BlockVerdict {
  kind: BoilerplateKindT;
  rule: string;
}

/** The comparable form of a headline (see normalize), or null without one. */
export function titleKeyOf(title: string | null): string | null {
  const key = title ? normalize(title) : '';
  return key === '' ? null : key;
}

const LINK_DENSE_RULE = 'html/link-dense';
/** Rules whose block announces a list of teasers. */
const RELATED_LABEL_RULES: ReadonlySet<string> = new Set(['html/text:promo-heading', 'html/text:related-label', 'html/text:related']);
/** After such a label, a block with at least this share of links is one of the teasers. */
export const LABELLED_LIST_LINK_SHARE = 0.3;

/** A date line is short, names a year or a time, and has only a few words besides. */
export const MAX_DATE_LINE_CHARS = 60;
export const MAX_DATE_LINE_WORDS = 4;

/**
 * A numeric date, or a day number near a year ("18 Nov 2019", "November 18, 2019", "22 de janeiro
 * de 2018"). A bare time is not enough: live blogs stamp each entry with one, and those stay.
 */
const DATE_SHAPE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}\b\D{1,16}\b(?:19|20)\d{2}\b/u;

/** "Monday, 22 January 2018 at 0:13", "sexta-feira, 22 de outubro de 2010 às 20:13": a date and nothing else. */
export function isDateOnly(text: string): boolean {
  // Attribution lines of quoted posts ("— Name (@handle) November 18, 2019") are part of the quote.
  if (text.length > MAX_DATE_LINE_CHARS || /[@—]/.test(text) || !DATE_SHAPE.test(text)) return false;
  if (/[.!?]["”’]?$/.test(text) && !/\d\.?$/.test(text)) return false;
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  return words.length <= MAX_DATE_LINE_WORDS;
}

function isLinked(block: RawBlock | undefined): boolean {
  return block !== undefined && block.linkShare >= LINK_BLOCK_SHARE;
}

/** What a block is when it is not body text, or null when it is body text. */
export function classifyBlock(block: RawBlock, titleKey: string | null): BlockVerdict | null {
  if (block.tag === 'h1') return { kind: 'heading', rule: 'html/headline' };
  if (titleKey !== null && Math.abs(block.text.length - titleKey.length) <= TITLE_LENGTH_SLACK * titleKey.length + 2 && normalize(block.text) === titleKey) {
    return { kind: 'heading', rule: 'html/title-repeat' };
  }
  // Linked subheadings (product names, section titles) are part of the text.
  if (block.kind !== 'heading' && block.linkShare >= LINK_BLOCK_SHARE && (block.kind === 'list-item' || block.text.length < LINK_PARAGRAPH_MAX_CHARS)) {
    return { kind: 'related', rule: LINK_DENSE_RULE };
  }
  if (block.text.length > SHORT_BLOCK_CHARS) return null;
  if (isDateOnly(block.text)) return { kind: 'dateline', rule: 'html/text:date-only' };
  for (const rule of TEXT_RULES) {
    if (rule.kind === 'byline' && block.text.length > MAX_BYLINE_CHARS) continue;
    if (rule.pattern.test(block.text)) return { kind: rule.kind, rule: rule.rule };
  }
  return null;
}

/** Splits emitted blocks into body blocks and boilerplate. */
export function filterBlocks(raw: readonly RawBlock[], options: FilterOptions, log: BoilerplateLog): Block[] {
  const titleKey = titleKeyOf(options.title);
  const body: Block[] = [];
  let afterLabel = false;
  for (let i = 0; i < raw.length; i++) {
    const block = raw[i] as RawBlock;
    let verdict = classifyBlock(block, titleKey);
    // Under a "More stories" / "Don't miss" label, the linked lines that follow are the teasers it announces.
    if (verdict === null && afterLabel && (block.kind === 'list-item' || block.linkShare >= LABELLED_LIST_LINK_SHARE)) {
      verdict = { kind: 'related', rule: 'html/text:after-related-label' };
    }
    afterLabel = verdict !== null && (RELATED_LABEL_RULES.has(verdict.rule) || (afterLabel && verdict.kind === 'related'));
    // A linked subheading stays, unless it is one of a run of linked lines: a list of teasers.
    if (verdict === null && block.kind === 'heading' && block.linkShare >= LINK_BLOCK_SHARE && (isLinked(raw[i - 1]) || isLinked(raw[i + 1]))) {
      verdict = { kind: 'related', rule: LINK_DENSE_RULE };
    }

    if (verdict) log.add(verdict.kind, block.text, verdict.rule);
    else body.push({ text: block.text, kind: block.kind });
  }
  return body;
}
