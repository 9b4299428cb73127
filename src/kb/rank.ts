/**
 * The build-time ranking score of an entry: which reading of a shared name is likelier in news.
 *
 * The score is on a log10-population scale: a city of a million scores 6. Kinds without a
 * population get a base that places them against cities ("Georgia" the country, 9, before the US
 * state, 6; "Washington" the capital, 5.8 + 1, before the state). Capitals get a bonus, and a
 * curated `priority` adds to the total where the rule of thumb is wrong.
 */
import type { EntryType } from './entry.js';

/** Base score per kind, in log10-population units. */
const KIND_BASE: Readonly<Record<string, number>> = {
  continent: 9.5,
  country: 9,
  ocean: 9,
  'international-organization': 8,
  sea: 8,
  territory: 7.5,
  'historical-state': 7.5,
  'disputed-territory': 7,
  'armed-force': 7,
  'government-body': 7,
  'intelligence-agency': 7,
  'law-enforcement': 7,
  'central-bank': 7,
  ngo: 7,
  war: 7,
  battle: 6.5,
  attack: 6.5,
  archipelago: 6.5,
  gulf: 6.5,
  strait: 6.5,
  peninsula: 6.5,
  region: 6,
  island: 6,
  landmark: 5,
  // Physical features rank against towns of the same name. A range, desert or bay is as large as
  // a region; a lake, mountain, volcano or canal beats a town of under ~300,000 people; a river,
  // glacier or waterfall only one under ~100,000, so a bare "Severn" is the river but a bare
  // "Columbia" stays the city. Curated aliases never give a lake a bare city name ("Victoria").
  'mountain-range': 6,
  desert: 6,
  bay: 6,
  lake: 5.5,
  mountain: 5.5,
  volcano: 5.5,
  canal: 5.5,
  river: 5,
  glacier: 5,
  waterfall: 5,
  'sports-league': 7,
  'political-party': 7,
  company: 6.5,
  media: 6.5,
  university: 6.5,
  'sports-club': 6,
};

/** Places without a population in any source and without a base above. */
const DEFAULT_BASE = 5;
const NATIONAL_CAPITAL_BONUS = 1;
const REGIONAL_SEAT_BONUS = 0.5;
/** Two decimals are enough to order candidates and keep the built file deterministic. */
const SCORE_DECIMALS = 100;

export interface RankInput {
  readonly type: EntryType;
  readonly kind: string;
  readonly population?: number;
  readonly seat?: 'country' | 'admin1';
  readonly priority?: number;
}

/** Kinds ranked by their population alone: a hamlet should not outrank a region. */
const POPULATION_RANKED_KINDS: ReadonlySet<string> = new Set(['city', 'district']);

function baseScore(input: RankInput): number {
  const fromPopulation = input.population !== undefined && input.population > 0 ? Math.log10(input.population) : 0;
  if (POPULATION_RANKED_KINDS.has(input.kind)) return fromPopulation;
  return Math.max(KIND_BASE[input.kind] ?? DEFAULT_BASE, fromPopulation);
}

function seatBonus(seat: RankInput['seat']): number {
  if (seat === 'country') return NATIONAL_CAPITAL_BONUS;
  if (seat === 'admin1') return REGIONAL_SEAT_BONUS;
  return 0;
}

export function rankScore(input: RankInput): number {
  const score = baseScore(input) + seatBonus(input.seat) + (input.priority ?? 0);
  return Math.round(score * SCORE_DECIMALS) / SCORE_DECIMALS;
}
