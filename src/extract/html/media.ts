/**
 * Figures become media items: the image, its alt text, and its caption split from its credit.
 * Captions and credits never reach the body text.
 */
import type { ChildNode, Element } from 'domhandler';
import type { MediaT } from '../../record/schema.js';
import { CAPTION_CLASS, CREDIT_CLASS } from './rules.js';
import { classAndId, collapseWhitespace, isTag, isText, walkElements } from './dom.js';
import { cleanCredit, splitCredit } from './credit.js';
import { resolveUrl } from './url.js';

/** Longest caption kept on a media item. */
export const MAX_CAPTION_CHARS = 1_000;

/** Attributes lazy-loading scripts put the real image URL in, checked before `src`. */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-hi-res-src', 'src'];

/** The image URL of an <img>, preferring lazy-load attributes over placeholder `src`s. */
export function imageSource(img: Element): string | null {
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const value = img.attribs[name]?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  const srcset = img.attribs['srcset'] ?? img.attribs['data-srcset'];
  const first = srcset?.trim().split(/\s+/)[0];
  return first && !first.startsWith('data:') ? first : null;
}

export function imageMedia(img: Element, base: string | null): MediaT {
  const src = imageSource(img);
  const alt = img.attribs['alt']?.replace(/\s+/g, ' ').trim();
  return { kind: 'image', src: src === null ? null : resolveUrl(src, base), alt: alt || null, caption: null, credit: null };
}

interface FigureParts {
  img: Element | null;
  captionText: string;
  creditText: string;
  /** Text of the figure outside any caption or credit element (a picture box's caption line). */
  looseText: string;
}

/** Where a piece of a figure's text belongs. */
type TextRole = 'loose' | 'caption' | 'credit';

/** Tags that hold an image: <img> and AMP's <amp-img>. */
export const IMAGE_TAGS: ReadonlySet<string> = new Set(['img', 'amp-img']);

function roleOf(el: Element, outer: TextRole): TextRole {
  if (outer === 'credit') return 'credit';
  const names = classAndId(el);
  if (names !== '' && CREDIT_CLASS.test(names)) return 'credit';
  if (el.name === 'figcaption' || (names !== '' && CAPTION_CLASS.test(names))) return 'caption';
  return outer;
}

/** The image of a figure and its text, sorted into caption, credit and the rest (iterative walk). */
function collectFigureParts(figure: Element): FigureParts {
  let img: Element | null = null;
  const text: Record<TextRole, string[]> = { loose: [], caption: [], credit: [] };
  let size = 0;
  const stack: { node: ChildNode; role: TextRole }[] = [];
  for (let i = figure.children.length - 1; i >= 0; i--) stack.push({ node: figure.children[i] as ChildNode, role: 'loose' });
  while (stack.length > 0 && size < MAX_CAPTION_CHARS * 2) {
    const { node, role } = stack.pop() as { node: ChildNode; role: TextRole };
    if (isText(node)) {
      text[role].push(node.data);
      size += node.data.length;
      continue;
    }
    if (!isTag(node) || UNREADABLE_IN_FIGURE.has(node.name)) continue;
    if (IMAGE_TAGS.has(node.name) && img === null) img = node;
    const inner = roleOf(node, role);
    text[inner].push(' ');
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as ChildNode, role: inner });
  }
  const join = (parts: string[]): string => collapseWhitespace(parts.join('')).slice(0, MAX_CAPTION_CHARS);
  return { img, captionText: join(text.caption), creditText: join(text.credit), looseText: join(text.loose) };
}

/** Elements inside a figure whose text is never shown. */
const UNREADABLE_IN_FIGURE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button']);

/**
 * The media item of a figure-like element (<figure>, or a container with a caption class). When a
 * credit sits in its own element, the caption is taken whole; otherwise the credit is split out of it.
 */
export function figureMedia(figure: Element, base: string | null): MediaT {
  const parts = collectFigureParts(figure);
  const media: MediaT = parts.img ? imageMedia(parts.img, base) : { kind: 'image', src: null, alt: null, caption: null, credit: null };
  // A picture box without caption markup: its only text is the caption.
  const captionText = parts.captionText !== '' ? parts.captionText : parts.looseText;
  if (parts.creditText !== '') {
    media.caption = captionText || null;
    media.credit = cleanCredit(parts.creditText);
  } else {
    const split = splitCredit(captionText);
    media.caption = split.caption;
    media.credit = split.credit;
  }
  return media;
}

/** Whether an element holds an <img> within its first few descendants (cheap, bounded look). */
export function containsImage(el: Element, limit: number): boolean {
  let seen = 0;
  let found = false;
  walkElements(el, (child) => {
    if (found || seen++ > limit) return false;
    if (IMAGE_TAGS.has(child.name) || child.name === 'picture') found = true;
    return !found;
  });
  return found;
}
