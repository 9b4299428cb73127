/**
 * A story: what a run of articles follows. It fixes the topic, the two countries, the cities, an
 * organization, the people who speak and when it starts; each article of the story is written
 * around these, so the same entities recur across articles and over weeks, as in real coverage.
 */
import { type Cast, type Country, type Organization, TOPIC_ORGANIZATION_KINDS } from './cast.js';
import { Random } from './prng.js';
import { TOPICS, type Topic } from './template-book.js';

export interface Story {
  index: number;
  topic: Topic;
  country: Country;
  country2: Country;
  city: string;
  city2: string;
  organization: Organization;
  /** Indices into `Cast.people`: the people the story quotes, the first one most. */
  people: readonly number[];
  /** The day the story starts, in days since 1970-01-01 (UTC). */
  startDay: number;
}

export interface YearRange {
  from: number;
  to: number;
}

const MIN_PEOPLE = 2;
const MAX_PEOPLE = 4;
/** Tries to find a person whose role fits the topic before taking anyone. */
const ROLE_TRIES = 40;
const DAY_MS = 86_400_000;

/** Stories in a corpus of `articles`: about eight articles each on average, some far more. */
export function storiesFor(articles: number): number {
  return Math.max(1, Math.round(articles / 8));
}

/** A person of the country (index into Cast.countries) whose role fits the topic, if one is found. */
function pickPerson(cast: Cast, topic: Topic, country: number, random: Random, taken: ReadonlySet<number>): number {
  const countries = cast.countries.length;
  const perCountry = Math.max(1, Math.floor(cast.people.length / countries));
  let fallback = -1;
  for (let attempt = 0; attempt < ROLE_TRIES; attempt++) {
    // People are assigned to countries round-robin (see cast.ts); the first few of each are the most quoted.
    const index = Math.floor(Math.pow(random.next(), 1.7) * perCountry) * countries + country;
    if (taken.has(index)) continue;
    const person = cast.people[index];
    if (!person) continue;
    if (person.topics.length === 0 || person.topics.includes(topic)) return index;
    if (fallback < 0) fallback = index;
  }
  return fallback >= 0 ? fallback : country;
}

function pickOrganization(cast: Cast, topic: Topic, country: Country, random: Random): Organization {
  const kinds = TOPIC_ORGANIZATION_KINDS[topic];
  const fitting = cast.organizations.filter((org) => kinds.includes(org.kind) && (org.cc === null || org.cc === country.cc));
  const national = fitting.filter((org) => org.cc !== null);
  if (national.length > 0 && random.chance(0.4)) return random.pick(national);
  const international = fitting.filter((org) => org.cc === null);
  return random.pick(international.length > 0 ? international : cast.organizations);
}

export function makeStory(seed: string, index: number, cast: Cast, years: YearRange): Story {
  const random = new Random(`${seed}#story#${index}`);
  const topic = random.pick(TOPICS);
  const country = random.pickSkewed(cast.countries, 1.8);
  let country2 = random.pickSkewed(cast.countries, 1.5);
  if (country2 === country) country2 = cast.countries[(cast.countries.indexOf(country) + 1) % cast.countries.length] ?? country;
  const taken = new Set<number>();
  const count = random.int(MIN_PEOPLE, MAX_PEOPLE);
  const home = cast.countries.indexOf(country);
  const away = cast.countries.indexOf(country2);
  for (let tries = 0; taken.size < count && tries < count * 4; tries++) {
    taken.add(pickPerson(cast, topic, random.chance(0.7) ? home : away, random, taken));
  }
  const first = Date.UTC(years.from, 0, 1) / DAY_MS;
  const last = Date.UTC(years.to, 11, 31) / DAY_MS;
  return {
    index,
    topic,
    country,
    country2,
    city: random.pickSkewed(country.cities, 1.5),
    city2: random.pickSkewed(country2.cities, 1.5),
    organization: pickOrganization(cast, topic, country, random),
    people: [...taken],
    startDay: random.int(first, last),
  };
}

/** Remembers the last few hundred stories made, so the big stories are not made again for every article. */
export class StoryCache {
  readonly #limit: number;
  readonly #stories = new Map<number, Story>();

  constructor(
    readonly make: (index: number) => Story,
    limit = 512,
  ) {
    this.#limit = limit;
  }

  get(index: number): Story {
    let story = this.#stories.get(index);
    if (story) return story;
    story = this.make(index);
    this.#stories.set(index, story);
    if (this.#stories.size > this.#limit) {
      const oldest = this.#stories.keys().next().value;
      if (oldest !== undefined) this.#stories.delete(oldest);
    }
    return story;
  }
}
