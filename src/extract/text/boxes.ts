/**
 * Boxes: a cookie banner or a newsletter sign-up copied off a page is a handful of lines (a pitch,
 * an e-mail field, a button, the small print). The box starts at a line that is clearly its pitch;
 * the lines after it stay in the box while they are more of its wording, or short labels sitting
 * in the same block of a small block (buttons have no full stops).
 */
import type { BoilerplateKindT } from '../../record/schema.js';
import type { Line } from './lines.js';
import type { LineRule, RuleMatch } from './rule.js';
import { endsLikeSentence } from './shape.js';

interface BoxKind {
  kind: BoilerplateKindT;
  rule: string;
  /** True for the line that opens the box. */
  opens(text: string): boolean;
  /** True for a line that can only belong to such a box (a button, the e-mail field, the small print). */
  belongs(text: string): boolean;
}

/** A box is never longer than this many lines. */
const BOX_MAX_LINES = 8;
/** An unrecognised line joins the box only if its block is this small (so a run of body lines never does). */
const BOX_BLOCK_MAX_LINES = 6;
/** A button or field label is short. */
const BOX_LABEL_MAX_CHARS = 60;
/** The pitch of a box is at most a couple of sentences. */
const BOX_PITCH_MAX_CHARS = 400;

const COOKIE_WORD = /\bcookies?\b/i;
const CONSENT_WORD = /\b(?:accept|consent|agree|preferences|settings|privacy|by continuing|personali[sz]e|partners|opt out)\b/i;
const COOKIE_TITLE = /^(?:we value your privacy|your privacy(?: choices)?|privacy (?:settings|preferences)|cookie (?:policy|notice|settings|preferences|consent))\.?$/i;
const COOKIE_PART =
  /^(?:(?:accept|reject|decline|allow|deny|refuse)(?: all)?(?: cookies)?|(?:manage|customi[sz]e|change|show) (?:preferences|settings|options|cookies|purposes)|i agree|i accept|agree|got it|ok(?:ay)?|continue|more options|learn more|privacy policy|cookie policy|necessary cookies only)\.?$/i;

const NEWSLETTER_PITCH = /^(?:sign up|subscribe|get|join|receive|enter|want)\b.*\b(?:newsletters?|inbox|e-?mail)\b/i;
/** The small print of a sign-up box, which some scrapes keep without the pitch above it. */
const NEWSLETTER_PROMISE = /^no spam\b|\bunsubscribe (?:at any time|anytime)\b/i;
const NEWSLETTER_TITLE = /^[\p{L}\p{N} ’'&:-]{1,60}\bnewsletter$/iu;
const NEWSLETTER_PART =
  /^(?:(?:enter )?(?:your )?e-?mail(?: address)?:?|(?:sign up|subscribe)(?: now| today| here| for free)?|by (?:signing up|subscribing|clicking|entering)\b.*|thanks? (?:you )?for (?:signing up|subscribing)\b.*|.*\bunsubscribe\b.*|.*\bdelivered\b.*\binbox\b.*|invalid e-?mail.*|privacy (?:policy|notice))\.?$/i;

const COOKIE_BOX: BoxKind = {
  kind: 'cookie',
  rule: 'text/cookie-notice',
  opens: (text) => COOKIE_TITLE.test(text) || (text.length <= BOX_PITCH_MAX_CHARS && COOKIE_WORD.test(text) && CONSENT_WORD.test(text)),
  belongs: (text) => COOKIE_PART.test(text),
};

const NEWSLETTER_BOX: BoxKind = {
  kind: 'newsletter',
  rule: 'text/newsletter',
  opens: (text) =>
    text.length <= BOX_PITCH_MAX_CHARS && (NEWSLETTER_PITCH.test(text) || NEWSLETTER_TITLE.test(text) || NEWSLETTER_PROMISE.test(text)),
  belongs: (text) => NEWSLETTER_PART.test(text),
};

function boxRule(box: BoxKind): LineRule {
  return (context, index) => {
    const first = context.lines[index];
    if (!first || !box.opens(first.text)) return null;
    const end = boxEnd(context.lines, index, box);
    const match: RuleMatch = { length: end - index, rule: box.rule, kind: box.kind };
    return match;
  };
}

function boxEnd(lines: readonly Line[], start: number, box: BoxKind): number {
  const blockSizes = countBlockSizes(lines);
  const first = lines[start];
  let index = start + 1;
  while (index < lines.length && index - start < BOX_MAX_LINES) {
    const line = lines[index];
    if (!line) break;
    const sameSmallBlock = line.block === first?.block && (blockSizes.get(line.block) ?? 0) <= BOX_BLOCK_MAX_LINES;
    const label = line.text.length <= BOX_LABEL_MAX_CHARS && !endsLikeSentence(line.text);
    if (!(box.belongs(line.text) || box.opens(line.text) || (sameSmallBlock && label))) break;
    index += 1;
  }
  return index;
}

function countBlockSizes(lines: readonly Line[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const line of lines) sizes.set(line.block, (sizes.get(line.block) ?? 0) + 1);
  return sizes;
}

export const cookieRule = boxRule(COOKIE_BOX);
export const newsletterRule = boxRule(NEWSLETTER_BOX);

/** True when a line opens or belongs to a box; the title search skips such lines. */
export function isBoxLine(text: string): boolean {
  return [COOKIE_BOX, NEWSLETTER_BOX].some((box) => box.opens(text) || box.belongs(text));
}
