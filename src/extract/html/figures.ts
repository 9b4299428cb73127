/**
 * Figures found while pruning: <figure>/<picture>, picture boxes (an image with its caption line,
 * without figure markup) and loose caption or credit elements. Each becomes a media item, and its
 * text goes to the boilerplate log, never to the body.
 */
import type { Element, ParentNode } from 'domhandler';
import type { MediaT } from '../../record/schema.js';
import { type BoilerplateLog, MAX_BOILERPLATE_CHARS } from './boilerplate.js';
import { cleanCredit } from './credit.js';
import { collapsedText } from './dom.js';
import { containsImage, figureMedia } from './media.js';
import { type StatsMap, statsOf } from './stats.js';

/** Longest text a picture box may hold: a caption, not a story. */
export const MAX_PICTURE_BOX_CHARS = 400;
/** How many descendants are looked at to find a picture box's image. */
const PICTURE_BOX_LOOKAHEAD = 6;
/** How many descendants are looked at to decide whether a caption container holds an image. */
const CAPTION_IMAGE_LOOKAHEAD = 40;
/** Block containers that can be picture boxes. */
const PICTURE_BOX_TAGS = new Set(['div', 'section', 'span', 'p']);

/** A figure found on the page, with the element it sat in (to tell later whether it was in the article). */
export interface FoundMedia {
  media: MediaT;
  container: ParentNode | null;
}

/** Where figures go: the media list being built, the log, and the URL to resolve against. */
export interface FigureSink {
  media: FoundMedia[];
  log: BoilerplateLog;
  base: string | null;
}

/** A block named like a picture that holds an image and at most a caption's worth of unlinked text. */
export function isPictureBox(el: Element, stats: StatsMap): boolean {
  if (!PICTURE_BOX_TAGS.has(el.name)) return false;
  const s = statsOf(stats, el);
  if (s.textLen === 0 || s.textLen > MAX_PICTURE_BOX_CHARS || s.paraCount > 1 || s.linkLen > 0) return false;
  return containsImage(el, PICTURE_BOX_LOOKAHEAD);
}

export function takeFigure(el: Element, sink: FigureSink): void {
  const media = figureMedia(el, sink.base);
  if (media.src !== null || media.caption !== null || media.credit !== null) sink.media.push({ media, container: el.parent });
  if (media.caption) sink.log.add('caption', media.caption, `html/tag:${el.name}`);
  if (media.credit) sink.log.add('credit', media.credit, `html/tag:${el.name}`);
}

/** A caption- or credit-named element: a figure when it holds an image, else a caption for the image before it. */
export function takeCaption(el: Element, isCredit: boolean, sink: FigureSink): void {
  if (containsImage(el, CAPTION_IMAGE_LOOKAHEAD)) {
    takeFigure(el, sink);
    return;
  }
  const text = collapsedText(el, MAX_BOILERPLATE_CHARS);
  if (text === '') return;
  if (isCredit) {
    attachToPreviousMedia(sink, el, null, cleanCredit(text));
    sink.log.add('credit', text, 'html/class:credit');
  } else {
    const figure = figureMedia(el, sink.base);
    attachToPreviousMedia(sink, el, figure.caption, figure.credit);
    sink.log.add('caption', text, 'html/class:caption');
  }
}

/** A loose caption or credit belongs to the image just before it when that image has none yet. */
function attachToPreviousMedia(sink: FigureSink, el: Element, caption: string | null, credit: string | null): void {
  const last = sink.media[sink.media.length - 1];
  const lastItem = last?.media;
  if (lastItem && last.container === el.parent && (caption === null || lastItem.caption === null) && (credit === null || lastItem.credit === null)) {
    if (caption !== null) lastItem.caption = caption;
    if (credit !== null) lastItem.credit = credit;
    return;
  }
  sink.media.push({ media: { kind: 'image', src: null, alt: null, caption, credit }, container: el.parent });
}
