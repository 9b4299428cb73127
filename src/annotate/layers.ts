/**
 * The text layers of a record: the strings a fact's offsets can index. The body (`text`) is the
 * main one; the title and the media captions are kept out of the body on purpose (a caption is not
 * part of the article's prose), yet they state facts too ("Satellite image of Etorofu, 2015-16.").
 *
 * A layer is named by its path in the record without the leading slash, in the manner of a JSON
 * Pointer: "text", "title", "media/3/caption". Every fact carries that name in `layer`, so a
 * reader finds the string its `start`/`end` index without knowing which annotator made it.
 */
import type { ArticleRecord } from '../record/schema.js';

/** The body's layer name: the record's clean `text`. */
export const BODY_LAYER = 'text';
/** The headline's layer name. */
export const TITLE_LAYER = 'title';

/** The layer name of media item `index`'s caption. */
export function captionLayer(index: number): string {
  return `media/${index}/caption`;
}

const CAPTION_LAYER = /^media\/(\d+)\/caption$/;

export interface TextLayer {
  /** The layer's name, the value of a fact's `layer`. */
  readonly layer: string;
  /** The string the facts' offsets index. */
  readonly text: string;
}

/** The parts of a record that hold text layers. */
export type LayeredRecord = Pick<ArticleRecord, 'text' | 'title' | 'media'>;

/**
 * The record's non-empty text layers in the order annotators report facts: the body first, then
 * the title, then the captions in media order.
 */
export function textLayers(record: Readonly<LayeredRecord>): TextLayer[] {
  const layers: TextLayer[] = [];
  const add = (layer: string, text: string | null): void => {
    if (text !== null && text.length > 0) layers.push({ layer, text });
  };
  add(BODY_LAYER, record.text);
  add(TITLE_LAYER, record.title);
  record.media.forEach((item, index) => add(captionLayer(index), item.caption));
  return layers;
}

/** The string a layer name points to in `record`, or null when the record has no such layer. */
export function layerText(record: Readonly<LayeredRecord>, layer: string): string | null {
  if (layer === BODY_LAYER) return record.text;
  if (layer === TITLE_LAYER) return record.title;
  const caption = CAPTION_LAYER.exec(layer);
  if (caption === null) return null;
  return record.media[Number(caption[1])]?.caption ?? null;
}
