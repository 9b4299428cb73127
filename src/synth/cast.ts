/**
 * The cast a synthetic corpus draws on: countries, their cities and organizations from the
 * knowledge base (so the places and institutions are real entries the linker can find), and
 * invented people, outlets and journalists from the lists in data/synth/.
 */
import { readFileSync } from 'node:fs';
import type { KbEntry, KbFile, OrganizationEntry, PlaceEntry } from '../kb/entry.js';
import { defaultKbPath } from '../kb/paths.js';
import { Random } from './prng.js';
import type { Topic } from './template-book.js';
import type { Outlet, WordLists } from './word-lists.js';

export interface Country {
  name: string;
  demonym: string;
  cc: string;
  /** Its largest cities first (the capital always among them). */
  cities: readonly string[];
}

export interface Organization {
  /** As written in running text, with "the" where English wants it ("the World Bank", "NATO"). */
  name: string;
  kind: OrganizationEntry['kind'];
  /** The country it belongs to; null for international bodies. */
  cc: string | null;
}

export interface Person {
  given: string;
  surname: string;
  role: string;
  topics: readonly string[];
  /** Index into `Cast.countries`: person i belongs to country i mod the number of countries. */
  country: number;
}

export interface Site extends Outlet {
  authors: readonly string[];
  /** UTC offset its timestamps carry, e.g. "+02:00". */
  offset: string;
  /** Plain "straight" quotation marks or typographic ones. */
  curlyQuotes: boolean;
}

export interface Cast {
  countries: readonly Country[];
  organizations: readonly Organization[];
  people: readonly Person[];
  sites: readonly Site[];
}

/** Countries kept: those with the most large cities, so stories favour populous, newsy places. */
const MAX_COUNTRIES = 80;
const CITIES_PER_COUNTRY = 8;
const MIN_CITY_POPULATION = 100_000;
const MIN_AUTHORS_PER_SITE = 4;
const MAX_AUTHORS_PER_SITE = 10;
const SITE_OFFSETS = ['+00:00', '+01:00', '+02:00', '-05:00', '-08:00', '+05:30', '+08:00', '+09:00'];
/** Organization kinds that stories may name (intelligence services and disbanded bodies are left out). */
const USABLE_KINDS: ReadonlySet<string> = new Set([
  'international-organization',
  'ngo',
  'central-bank',
  'government-body',
  'armed-force',
]);
/** Last words of a name that English writes with "the" ("the World Bank", but "NATO", "Greenpeace"). */
const THE_HEADS = new Set([
  'Agency', 'Army', 'Assembly', 'Bank', 'Commission', 'Committee', 'Congress', 'Council', 'Court', 'Fleet',
  'Force', 'Forces', 'Fund', 'Guard', 'Kremlin', 'League', 'Navy', 'Nations', 'Office', 'Organisation',
  'Organization', 'Parliament', 'Party', 'Programme', 'Reserve', 'Service', 'Union', 'House', 'Duma',
  'Diet', 'Bundesbank', 'Corps',
]);

/** Country names English writes with "the": the United States, the Philippines, the Czech Republic. */
const THE_COUNTRY = /^(United |Central African )|Republic|Islands$|lands$|ines$|Emirates$|Bahamas$|Maldives$/;

export function countryPhrase(name: string): string {
  return THE_COUNTRY.test(name) ? `the ${name}` : name;
}

export function organizationPhrase(name: string): string {
  const last = name.split(' ').at(-1) ?? '';
  return THE_HEADS.has(last) || / of /.test(name) ? `the ${name}` : name;
}

function isPlace(entry: KbEntry): entry is PlaceEntry {
  return entry.type === 'location';
}

function countriesFrom(entries: readonly KbEntry[]): Country[] {
  const cities = new Map<string, PlaceEntry[]>();
  for (const entry of entries) {
    if (!isPlace(entry) || entry.kind !== 'city') continue;
    if ((entry.population ?? 0) < MIN_CITY_POPULATION && entry.seat !== 'country') continue;
    const cc = entry.cc[0];
    if (cc === undefined) continue;
    const list = cities.get(cc) ?? [];
    list.push(entry);
    cities.set(cc, list);
  }
  const countries: Country[] = [];
  for (const entry of entries) {
    if (!isPlace(entry) || entry.kind !== 'country') continue;
    const cc = entry.cc[0];
    const demonym = entry.demonyms?.[0];
    const own = cc === undefined ? undefined : cities.get(cc);
    if (cc === undefined || demonym === undefined || !own || own.length === 0) continue;
    // Largest first, the capital moved to the front: it is the city foreign news names most.
    const sorted = [...own].sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.id.localeCompare(b.id));
    const capital = sorted.findIndex((city) => city.seat === 'country');
    if (capital > 0) sorted.unshift(...sorted.splice(capital, 1));
    const names = [...new Set(sorted.map((city) => city.name))].slice(0, CITIES_PER_COUNTRY);
    countries.push({ name: countryPhrase(entry.name), demonym, cc, cities: names });
  }
  const size = (country: Country): number => cities.get(country.cc)?.length ?? 0;
  return countries.sort((a, b) => size(b) - size(a) || a.cc.localeCompare(b.cc)).slice(0, MAX_COUNTRIES);
}

function organizationsFrom(entries: readonly KbEntry[]): Organization[] {
  const out: Organization[] = [];
  for (const entry of entries) {
    if (entry.type !== 'organization' || entry.end !== undefined || !USABLE_KINDS.has(entry.kind)) continue;
    out.push({ name: organizationPhrase(entry.name), kind: entry.kind, cc: entry.cc[0] ?? null });
  }
  return out;
}

/** Organization kinds a story on this topic may name. */
export const TOPIC_ORGANIZATION_KINDS: Readonly<Record<Topic, readonly string[]>> = {
  diplomacy: ['international-organization', 'government-body'],
  conflict: ['international-organization', 'armed-force', 'ngo'],
  economy: ['central-bank', 'international-organization'],
  trade: ['international-organization'],
  election: ['international-organization', 'government-body'],
  disaster: ['ngo', 'international-organization'],
  health: ['ngo', 'international-organization'],
};

function inventPeople(lists: WordLists, countries: number, count: number, random: Random): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const role = random.pick(lists.roles);
    people.push({
      given: random.pick(lists.givenNames),
      surname: random.pick(lists.surnames),
      role: role.title,
      topics: role.topics,
      // Round-robin, so a story can find the people of its country: person i is of country i mod n.
      country: i % countries,
    });
  }
  return people;
}

function sitesFrom(lists: WordLists, random: Random): Site[] {
  return lists.outlets.map((outlet) => {
    const authors = new Set<string>();
    const wanted = random.int(MIN_AUTHORS_PER_SITE, MAX_AUTHORS_PER_SITE);
    while (authors.size < wanted) authors.add(`${random.pick(lists.givenNames)} ${random.pick(lists.surnames)}`);
    return { ...outlet, authors: [...authors], offset: random.pick(SITE_OFFSETS), curlyQuotes: random.chance(0.5) };
  });
}

/** People in the cast for a corpus of `articles`: enough that a person recurs, never so few that all do. */
export function peopleFor(articles: number): number {
  return Math.min(5000, Math.max(300, Math.round(articles / 20)));
}

let kbFile: KbFile | null = null;

/**
 * The knowledge base's entries. loadKnowledgeBase() answers look-ups but cannot list its entries,
 * and the cast needs to list countries and cities, so the same built file is read here.
 */
function kbEntries(): readonly KbEntry[] {
  kbFile ??= JSON.parse(readFileSync(defaultKbPath(), 'utf8')) as KbFile;
  return kbFile.entries;
}

export function buildCast(seed: string, articles: number, lists: WordLists, entries: readonly KbEntry[] = kbEntries()): Cast {
  const random = new Random(`${seed}#cast`);
  const countries = countriesFrom(entries);
  return {
    countries,
    organizations: organizationsFrom(entries),
    people: inventPeople(lists, countries.length, peopleFor(articles), random.fork('people')),
    sites: sitesFrom(lists, random.fork('sites')),
  };
}
