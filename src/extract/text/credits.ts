/**
 * Photo credits, in the forms scrapes carry them: a line of its own ("Photo Credit: KAZUHIRO NOGI /
 * AFP / Getty Images", "(AP Photo/Evan Vucci)", "Kim Lee/Reuters"), or the tail of a caption
 * ("... Hokkaido, Japan, 2018. (Photo Credit: ...)", "... on Tuesday. Photograph: Kim Lee/AP").
 * Credits come out without their label and brackets.
 */
import { endsLikeSentence } from './shape.js';

/** "Photo Credit:", "Photograph:", "Image:", "Credit:", "Credit...", "Photo by", "Courtesy of". */
const CREDIT_LABEL =
  /^(?:(?:photo(?:graph)?s?|image|picture|pic|illustration|video|graphic)(?:\s+(?:credit|courtesy|source))?\s*:|credits?\s*(?::|\.{3}|…)|(?:photo(?:graph)?|image|picture|illustration)\s+(?:by|courtesy of)\s|courtesy(?: of)?\s)\s*/i;
/** Agencies and picture libraries whose names mark an unlabelled credit ("Kim Lee/Reuters"). */
const AGENCY =
  /\b(?:AP|AFP|Reuters|EPA|EPA-EFE|Getty(?: Images)?|Shutterstock|Alamy|Bloomberg|Xinhua|Pool|Anadolu|Kyodo|Yonhap|dpa|iStock(?:photo)?|Sipa|ZUMA|NurPhoto|SOPA Images|PA Images|Press Association|Wikimedia Commons)\b/;
/** Picture libraries, whose name alone on a line is a credit ("Getty Images", "AFP via Getty Images"). */
const PICTURE_LIBRARY_LINE = /^(?:(?:[\p{L}.'’ -]{1,40} )?via )?(?:Getty Images(?:\/iStockphoto)?|Shutterstock|Alamy(?: Stock Photo)?|iStock(?:photo)?)$/u;
/** A credit is a name or two and an agency; anything longer is prose. */
const CREDIT_MAX_CHARS = 100;
/** A bracketed group at the very end of a line. */
const TRAILING_BRACKET = /\s*[([]([^()[\]]{2,120})[)\]]$/;
/** A labelled credit after the caption's last sentence: "... on Tuesday. Photograph: Kim Lee/AP". */
const TRAILING_LABELLED = /(?<=[.!?”"’'])\s*((?:photo(?:graph)?s?|picture|image|illustration|composite|credit)\s*(?::|\.{3}|…)\s*(.{2,100}))$/i;
/** A year (or span of years) in brackets closing a caption: "Kunashiri from the coast (2018)". */
const TRAILING_YEAR = /\s*[([]((?:c\.\s*)?\d{4}(?:\s*[-–]\s*\d{2,4})?)[)\]]$/;

export interface CaptionParts {
  /** The caption without its credit. */
  caption: string;
  /** The credit, or null when the caption closes with a bracketed year instead. */
  credit: string | null;
}

/** The credit a line consists of, or null when the line is something else. */
export function parseCreditLine(text: string): string | null {
  const labelled = CREDIT_LABEL.exec(text);
  if (labelled) return creditText(text.slice(labelled[0].length));
  const bracketed = /^[([]([^()[\]]+)[)\]]$/.exec(text);
  if (bracketed) return isAgencyCredit(bracketed[1] ?? '') ? creditText(bracketed[1] ?? '') : null;
  return isAgencyCredit(text) || PICTURE_LIBRARY_LINE.test(text) ? creditText(text) : null;
}

/** Splits a caption from the credit at its end, or returns null when the line ends with no credit. */
export function splitTrailingCredit(text: string): CaptionParts | null {
  const bracket = TRAILING_BRACKET.exec(text);
  if (bracket) {
    const inner = bracket[1] ?? '';
    const label = CREDIT_LABEL.exec(inner);
    const credit = label ? creditText(inner.slice(label[0].length)) : isAgencyCredit(inner) ? creditText(inner) : null;
    if (credit !== null) return captionWith(text.slice(0, bracket.index), credit);
  }
  const labelled = TRAILING_LABELLED.exec(text);
  if (labelled) {
    const credit = creditText(labelled[2] ?? '');
    if (credit !== null) return captionWith(text.slice(0, labelled.index), credit);
  }
  return null;
}

/** Splits off a bracketed year closing a caption, or returns null when there is none. */
export function splitTrailingYear(text: string): CaptionParts | null {
  const year = TRAILING_YEAR.exec(text);
  return year ? captionWith(text.slice(0, year.index), null) : null;
}

/** An unlabelled credit: short, no sentence, no brackets, an agency's name and the slash that joins names to it. */
function isAgencyCredit(text: string): boolean {
  if (text.length > CREDIT_MAX_CHARS || endsLikeSentence(text) || /[.!?]\s|[()[\]]/.test(text)) return false;
  return AGENCY.test(text) && text.includes('/');
}

function creditText(raw: string): string | null {
  const credit = raw.trim().replace(/[.;,]$/, '').trim();
  return credit.length > 0 && credit.length <= CREDIT_MAX_CHARS ? credit : null;
}

function captionWith(rawCaption: string, credit: string | null): CaptionParts | null {
  const caption = rawCaption.trim();
  return caption.length > 0 ? { caption, credit } : null;
}
