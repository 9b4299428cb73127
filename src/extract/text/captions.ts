/**
 * Images in a scrape. Copying a page leaves, where a picture was, its alt text (a short line with no
 * full stop), its caption, and the caption's credit, usually in brackets at the caption's end. The
 * rules here turn those lines into media items; captions and credits never stay in the body.
 *
 * The line that tells the story is the caption with a credit: a short line right above it is the
 * alt text. A short line above anything else is left alone, so a short sentence of the body is never
 * taken for alt text (it also ends with a full stop, which alt text does not).
 */
import type { MediaT } from '../../record/schema.js';
import { type CaptionParts, parseCreditLine, splitTrailingCredit, splitTrailingYear } from './credits.js';
import { type LineRule, type RuleContext, type RuleMatch, single } from './rule.js';
import { endsLikeSentence } from './shape.js';

/** Alt text describes a picture in a phrase; a longer line is a caption or prose. */
const ALT_MAX_CHARS = 160;
/** A caption is a sentence or two; a longer line ending in a bracket is a paragraph. */
const CAPTION_MAX_CHARS = 400;

/** A line that is only a credit ("Photo Credit: ..."): an image known only by its credit. */
export const creditLineRule: LineRule = (context, index) => {
  const credit = parseCreditLine(context.lines[index]?.text ?? '');
  if (credit === null) return null;
  return single('text/credit-line', null, { media: [image({ alt: null, caption: null, credit })] });
};

/** An alt line followed by a caption that carries a credit or closes with a bracketed year. */
export const altAndCaptionRule: LineRule = (context, index) => {
  const alt = context.lines[index];
  const next = context.lines[index + 1];
  if (!alt || !next || index + 1 === context.titleIndex || !isAltLike(alt.text)) return null;
  const parts = captionParts(next.text) ?? splitTrailingYearCaption(next.text);
  if (parts === null) return null;
  const match: RuleMatch = { length: 2, rule: 'text/alt-and-caption', kind: null };
  match.media = [image({ alt: alt.text, caption: parts.caption, credit: parts.credit })];
  return match;
};

/** A caption carrying its credit, with no alt line above it. */
export const captionRule: LineRule = (context, index) => {
  const parts = captionParts(context.lines[index]?.text ?? '');
  if (parts === null) return null;
  return single('text/caption-credit', null, { media: [image({ alt: null, caption: parts.caption, credit: parts.credit })] });
};

/** "Image source, Getty Images" / "Image caption, Firefighters ...": labels some sites print before each part. */
const PART_LABEL = /^(?:image|photo|picture|video|media) (source|credit|caption)\s*[,:]\s*(.*)$/i;

interface LabelledPart {
  label: 'credit' | 'caption';
  value: string;
  /** Lines the part takes: 2 when the label stands alone and the value is on the next line. */
  length: number;
}

/**
 * Labelled image parts: a source (credit) line and a caption line, each "Label, value" on one line
 * or the label alone with the value on the next line. Together they make one media item.
 */
export const labelledCaptionRule: LineRule = (context, index) => {
  const first = labelledPart(context, index);
  if (first === null) return null;
  const second = first.label === 'credit' ? labelledPart(context, index + first.length) : null;
  const parts = second?.label === 'caption' ? [first, second] : [first];
  const credit = parts.find((part) => part.label === 'credit')?.value ?? null;
  const caption = parts.find((part) => part.label === 'caption')?.value ?? null;
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  return { length, rule: 'text/labelled-caption', kind: null, media: [image({ alt: null, caption, credit })] };
};

function labelledPart(context: RuleContext, index: number): LabelledPart | null {
  const m = PART_LABEL.exec(context.lines[index]?.text ?? '');
  if (!m) return null;
  const label = (m[1] ?? '').toLowerCase() === 'caption' ? 'caption' : 'credit';
  const inline = (m[2] ?? '').trim();
  if (inline.length > 0) return { label, value: inline, length: 1 };
  const next = context.lines[index + 1];
  if (!next || index + 1 === context.titleIndex || PART_LABEL.test(next.text) || next.text.length > CAPTION_MAX_CHARS) return null;
  return { label, value: next.text, length: 2 };
}

function captionParts(text: string): CaptionParts | null {
  return text.length <= CAPTION_MAX_CHARS ? splitTrailingCredit(text) : null;
}

function splitTrailingYearCaption(text: string): CaptionParts | null {
  return text.length <= CAPTION_MAX_CHARS ? splitTrailingYear(text) : null;
}

/** Alt text is a short phrase: no full stop at its end, not a bracketed aside. */
export function isAltLike(text: string): boolean {
  return text.length <= ALT_MAX_CHARS && !endsLikeSentence(text) && !/[:)]$/.test(text) && /\p{L}/u.test(text);
}

function image(parts: Pick<MediaT, 'alt' | 'caption' | 'credit'>): MediaT {
  return { kind: 'image', src: null, ...parts };
}
