/**
 * Header lines: the byline and the date lines under a headline, alone or sharing one line
 * ("By Jane Doe | Published January 30, 2024 | 4 min read"). Every part of the line must be a
 * byline, a date or a reading time; then the line is claimed, and the names and dates it states
 * become the article's authors, `published` and `modified`.
 */
import type { AuthorT } from '../../record/schema.js';
import { parseBylinePart, parseTrailer } from './byline.js';
import { type DatePart, dateLineFact, parseDatePart } from './date-line.js';
import { type LineFacts, type LineRule, single } from './rule.js';
import { looksLikePersonName } from './shape.js';

/** Header lines are short; a longer line is prose even when it starts with "By". */
const HEADER_LINE_MAX_CHARS = 160;
/** Separators between the parts of a combined header line. */
const PART_SEPARATOR = /\s+[|·•]\s+|\s+[–—]\s+/;
const READING_TIME = /^\d+\s*(?:-|\s)?min(?:ute)?s?\.?(?:\s+read(?:ing)?(?:\s+time)?)?$/i;

interface HeaderParts {
  names: string[];
  isByline: boolean;
  dates: DatePart[];
}

export const headerLineRule: LineRule = (context, index) => {
  const text = context.lines[index]?.text ?? '';
  if (text.length > HEADER_LINE_MAX_CHARS) return null;
  const trailerNames = parseTrailer(text);
  if (trailerNames !== null) return single('text/wire-trailer', 'byline', { facts: authorFacts(trailerNames) });
  const parts = readHeaderParts(text);
  if (parts === null) return null;
  const facts: LineFacts = { ...authorFacts(parts.names), ...dateFacts(parts.dates) };
  return parts.isByline ? single('text/byline', 'byline', { facts }) : single('text/date-line', 'dateline', { facts });
};

/**
 * A byline printed as the name alone, right above a date line ("Tom Ellery" / "Wed 14 Feb 2024
 * 07.30 GMT"), as some sites lay out their header. The date line itself is left to headerLineRule.
 */
export const nameOverDateRule: LineRule = (context, index) => {
  const name = context.lines[index]?.text ?? '';
  const next = context.lines[index + 1]?.text ?? '';
  if (!looksLikePersonName(name) || next.length > HEADER_LINE_MAX_CHARS) return null;
  const parts = readHeaderParts(next);
  if (parts === null || parts.isByline || parts.dates.length === 0) return null;
  return single('text/name-over-date', 'byline', { facts: authorFacts([name]) });
};

/** The byline names and dates of a header line, or null when some part of it is neither. */
export function readHeaderParts(text: string): HeaderParts | null {
  const result: HeaderParts = { names: [], isByline: false, dates: [] };
  for (const part of text.split(PART_SEPARATOR)) {
    const trimmed = part.trim();
    if (trimmed.length === 0 || READING_TIME.test(trimmed)) continue;
    const names = parseBylinePart(trimmed);
    if (names !== null) {
      result.isByline = true;
      result.names.push(...names);
      continue;
    }
    const date = parseDatePart(trimmed);
    if (date === null) return null;
    result.dates.push(date);
  }
  return result.isByline || result.dates.length > 0 ? result : null;
}

function authorFacts(names: string[]): LineFacts {
  if (names.length === 0) return {};
  const authors: AuthorT[] = names.map((name) => ({ name, from: 'byline' }));
  return { authors };
}

function dateFacts(dates: DatePart[]): LineFacts {
  const facts: LineFacts = {};
  if (dates.length > 0) facts.datesLabelled = dates.every((date) => date.labelled);
  for (const date of dates) {
    if (date.role === 'published') facts.published ??= dateLineFact(date);
    else facts.modified ??= dateLineFact(date);
  }
  return facts;
}
