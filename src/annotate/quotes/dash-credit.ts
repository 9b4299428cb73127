/**
 * A quotation credited after a dash, as pull quotes, epigraphs and quote boxes on web pages are:
 * "“So far, it's the Internet: 1, Scientology: 0.” - Matthew Ingram", "“...” — Ana Ruiz, chief
 * executive". The name after the dash, ending the paragraph or followed by a comma and a role, is
 * the speaker; no reporting verb is written. Title-case words with no sentence punctuation at their
 * end are a work and its author ("“Moby Dick” - Herman Melville"), not a quotation.
 */
import type { Attribution } from './attribution.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { splitTitle } from './people.js';
import { isTitleCase } from './term-kind.js';

/**
 * Right after the closing mark, or at the start of the next line ("”\n— Thandeka Mahlangu-Dube,
 * chairperson of the committee"): a dash, a capitalised name of one to five words (particles such as
 * "de la" inside it; "the" before an organisation's name), then the end of the paragraph or a comma
 * (a role may follow). Group 1 is the name.
 */
const DASH_CREDIT = /^[ \t]*\n?[ \t]*[-–—―][ \t]*((?:the[ \t]+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+(?:(?:de|la|van|der|von|da|di|du|le|bin|binti|al)[ \t]+)*\p{Lu}[\p{L}\p{M}.'’-]*){0,4})[ \t]*(?:,[^\n]{0,160})?(?:\n|$)/u;

/** The quoted words of a work's title: title case with no sentence punctuation at the end ("“The Salt Road Home” - Amara Okafor"). */
const SENTENCE_END = /[.!?…,;:]\s*$/;

/** The credit after `close` (the offset of the closing mark) of the quoted `content`, or null; a credited title is no quotation. */
export function dashCredit(masked: string, close: number, content: string): Attribution | null {
  if (!SENTENCE_END.test(content) && isTitleCase(content.trim().split(/\s+/))) return null;
  const after = masked.slice(close + 1, close + 1 + 160);
  const credit = DASH_CREDIT.exec(after);
  if (credit === null) return null;
  const text = (credit[1] as string).replace(/\.$/, '');
  const start = close + 1 + credit[0].indexOf(text);
  const { name, role } = splitTitle(text);
  if (name === null) return null;
  const phrase: SpeakerPhrase = { start, end: start + text.length, text, kind: 'name', name, role };
  return { verb: null, phrase, side: 'dash', windowStart: close + 1, windowEnd: start + text.length, adjacent: true };
}
