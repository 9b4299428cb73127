/**
 * A wire dateline opening the body: "MOSCOW (Reuters) -", "TOKYO, Jan. 30 (AP) —", "WASHINGTON
 * —". The place in capitals is a location mention and a known news agency in the brackets an
 * organization mention (rule "entities/dateline"); the tagger, which reads a mixed-case line, is
 * not relied on for them.
 */
import { type MentionCandidate, ruleName } from './candidate.js';
import { AGENCIES } from './lexicon.js';

export const DATELINE_RULE = ruleName('dateline');
export const DATELINE_CONFIDENCE = 0.9;

/**
 * 1: the place in capitals (up to four words); then an optional region or date after commas, an
 * optional agency in brackets (2), and a dash.
 */
const DATELINE =
  /^[ \t]*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2})?\s*(?:\(([^()\n]{2,40})\))?\s*[-–—]{1,2}\s/u;

const AGENCY_NAMES = new Set(AGENCIES);

export function findDateline(layer: string, text: string): MentionCandidate[] {
  const m = DATELINE.exec(text);
  if (m === null) return [];
  const place = m[1] as string;
  const start = m.index + m[0].indexOf(place);
  const out: MentionCandidate[] = [
    { layer, start, end: start + place.length, text: place, type: 'location', form: 'name', rule: DATELINE_RULE, confidence: DATELINE_CONFIDENCE },
  ];
  const agency = m[2]?.trim();
  if (agency !== undefined && AGENCY_NAMES.has(agency)) {
    const at = m[0].indexOf(`(${m[2] as string})`) + 1 + (m[2] as string).indexOf(agency) + m.index;
    out.push({ layer, start: at, end: at + agency.length, text: agency, type: 'organization', form: 'name', rule: DATELINE_RULE, confidence: DATELINE_CONFIDENCE });
  }
  return out;
}
