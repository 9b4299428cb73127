/**
 * Bylines: "By Jane Doe", "By Jane Doe and Ken Sato, Harbour Wire", "By JANE DOE in Osaka", and the
 * wire trailer "Reporting by Ken Sato; Editing by Paul Grant". The names come out as printed,
 * cleaned of "By", places, roles and agencies. A line that starts with "By" but does not continue
 * with names ("By the end of the week, ...") is not a byline.
 */
import { looksLikePersonName } from './shape.js';

const BYLINE_PREFIX = /^(?:by|written by|words by|story by|text by|reporting by|writing by)[:\s]\s*/i;
/** Trailer credits of wire copy: who reported and wrote (authors) and who edited (not authors). */
const TRAILER_PART = /^(additional reporting|reporting|writing|editing|compiled|graphics|fact-checking|research) by\s+(.+)$/i;
const AUTHOR_TRAILER_ROLES = new Set(['reporting', 'writing']);
/** Words that mark a piece of a byline as a role or an organisation rather than a person. */
const ROLE_WORDS = new Set([
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'contributor', 'columnist', 'senior', 'chief', 'bureau', 'desk', 'team', 'photographer', 'producer', 'analyst',
  'associated', 'press', 'reuters', 'afp', 'ap', 'bloomberg', 'wire', 'news', 'service', 'agency', 'newsroom',
]);
/** A place after a name: "By Jane Doe in Osaka" (stripped from each name, as each may have its own). */
const PLACE_SUFFIX = /,?\s+in\s+\p{Lu}[\p{L} .’'-]*$/u;
/** A place standing as its own piece of the list: "By Jane Doe and Ken Sato, in Tokyo". */
const PLACE_PIECE = /^in\s+\p{Lu}/u;
/** An outlet after the names: "By Jane Doe for The Courier". */
const OUTLET_SUFFIX = /\s+for\s+\p{Lu}.*$/u;
const NAME_SEPARATOR = /\s*,\s*|\s+and\s+|\s*&\s*/i;

/**
 * The people a byline part names, or null when the part is not a byline. An empty list means a
 * byline that names only an organisation ("By Harbour Wire Staff").
 */
export function parseBylinePart(part: string): string[] | null {
  const prefix = BYLINE_PREFIX.exec(part);
  if (!prefix) return null;
  return namesIn(part.slice(prefix[0].length));
}

/** The authors a wire trailer credits ("Reporting by A and B; Editing by C"), or null when it is not one. */
export function parseTrailer(line: string): string[] | null {
  const parts = line.replace(/[.;]\s*$/, '').split(/\s*;\s*/);
  const names: string[] = [];
  for (const part of parts) {
    const m = TRAILER_PART.exec(part);
    if (!m) return null;
    const partNames = namesIn(m[2] ?? '');
    if (partNames === null) return null;
    if (AUTHOR_TRAILER_ROLES.has((m[1] ?? '').toLowerCase())) names.push(...partNames);
  }
  return names;
}

function namesIn(list: string): string[] | null {
  const cleaned = list.replace(OUTLET_SUFFIX, '').replace(/[.;:]\s*$/, '').trim();
  if (cleaned.length === 0) return null;
  const names: string[] = [];
  for (const piece of cleaned.split(NAME_SEPARATOR)) {
    const name = piece.replace(PLACE_SUFFIX, '').trim();
    if (name.length === 0 || PLACE_PIECE.test(name)) continue;
    if (isRoleOrOrganisation(name)) continue;
    if (!looksLikePersonName(name)) return null;
    names.push(name);
  }
  return names;
}

/** "Staff Writer", "Reuters", "Harbour Wire Staff": capitalised words, at least one of them a role or agency word. */
function isRoleOrOrganisation(piece: string): boolean {
  const words = piece.split(/\s+/);
  return words.every((word) => /^\p{Lu}/u.test(word)) && words.some((word) => ROLE_WORDS.has(word.toLowerCase()));
}
