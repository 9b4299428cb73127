/**
 * Qualifiers written next to a place name: "Paris, Texas", "London, Ontario", "Victoria (British
 * Columbia)", "the Texas city of Paris", "Perth in Western Australia". A qualifier names a larger
 * place, and a candidate that lies in it wins outright.
 */
import type { KbEntry, KnowledgeBase, PlaceEntry } from '../../kb/index.js';
import { normalizeName } from '../../kb/index.js';
import { US_STATE_ABBREVIATIONS } from './link-us-states.js';

/** Up to four capitalised words right after ", " or "(": "Paris, Texas", "Victoria (British Columbia)". */
const AFTER_COMMA = /^\s*(?:,|\()\s*((?:[A-Z][\p{L}.'-]*)(?:\s+(?:of\s+|de\s+)?[A-Z][\p{L}.'-]*){0,3})/u;
/** "the Texas city of Paris", "Ontario's town of London". */
const BEFORE_KIND_OF =
  /((?:[A-Z][\p{L}.'-]*)(?:\s+[A-Z][\p{L}.'-]*){0,2})(?:['’]s)?\s+(?:city|town|village|capital|port|province|state|region|county|district|island|municipality|suburb|resort)\s+of\s+$/u;

/** A cheap test before BEFORE_KIND_OF, which is slow to fail on long text. */
const ENDS_WITH_OF = /\sof\s+$/;

/** Larger places a qualifier can name. */
const CONTAINER_KINDS: ReadonlySet<string> = new Set(['country', 'territory', 'region', 'disputed-territory', 'island', 'archipelago']);

export interface Qualifier {
  /** Normalised names of the region the qualifier names (to compare with an entry's admin1 or name). */
  readonly regions: ReadonlySet<string>;
  /** Countries the qualifier names or lies in. */
  readonly countries: ReadonlySet<string>;
}

function prefixes(phrase: string): string[] {
  const words = phrase.replace(/,+$/, '').split(/\s+/);
  const out: string[] = [];
  for (let n = words.length; n >= 1; n--) out.push(words.slice(0, n).join(' '));
  return out;
}

function containers(kb: KnowledgeBase, phrase: string): PlaceEntry[] {
  for (const candidate of prefixes(phrase)) {
    const state = US_STATE_ABBREVIATIONS.get(candidate.replace(/[.\s]+/g, ''));
    const name = state ?? candidate;
    const found = kb
      .lookup(name)
      .map((c) => c.entry)
      .filter((e): e is PlaceEntry => e.type === 'location' && CONTAINER_KINDS.has(e.kind));
    if (found.length > 0) return state === undefined ? found : found.filter((e) => e.cc[0] === 'US');
  }
  return [];
}

function toQualifier(entries: readonly PlaceEntry[]): Qualifier | null {
  if (entries.length === 0) return null;
  const regions = new Set<string>();
  const countries = new Set<string>();
  for (const entry of entries) {
    if (entry.kind !== 'country' && entry.kind !== 'territory') regions.add(normalizeName(entry.name));
    for (const cc of entry.cc) countries.add(cc);
  }
  return { regions, countries };
}

/** The larger place written right after (", Texas") or before ("the Texas city of") a mention. */
export function readQualifier(kb: KnowledgeBase, before: string, after: string): Qualifier | null {
  const following = AFTER_COMMA.exec(after);
  if (following?.[1] !== undefined) {
    const found = toQualifier(containers(kb, following[1]));
    if (found !== null) return found;
  }
  if (!ENDS_WITH_OF.test(before)) return null;
  const preceding = BEFORE_KIND_OF.exec(before);
  if (preceding?.[1] !== undefined) return toQualifier(containers(kb, preceding[1]));
  return null;
}

/** True when the entry lies in the place the qualifier names. */
export function satisfies(entry: KbEntry, qualifier: Qualifier): boolean {
  if (entry.type !== 'location') return false;
  if (entry.admin1 !== undefined) {
    if (qualifier.regions.has(normalizeName(entry.admin1))) return true;
    if (qualifier.regions.size > 0) return false;
  }
  // No region known for the entry (many countries' towns have none): its country must agree.
  return entry.cc.some((cc) => qualifier.countries.has(cc));
}
