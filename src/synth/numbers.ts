/**
 * Numbers as news writes them: counts with thousands separators, small numbers in words, money
 * with a currency and a scale, shares in per cent.
 */
import type { Random } from './prng.js';

const SMALL_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const CURRENCIES = ['$', 'US$', '€', '£'];
const MIN_COUNT = 12;
const MAX_COUNT = 48_000;

/** A count spread evenly over orders of magnitude, rounded the way reports round: 37, 420, 12,400. */
export function count(random: Random): string {
  const raw = Math.exp(Math.log(MIN_COUNT) + random.next() * (Math.log(MAX_COUNT) - Math.log(MIN_COUNT)));
  const step = raw >= 10_000 ? 100 : raw >= 1_000 ? 10 : 1;
  return (Math.round(raw / step) * step).toLocaleString('en-US');
}

export function smallNumber(random: Random): string {
  return random.pick(SMALL_WORDS);
}

/** "$4.2 million", "€310 million", "£1.5 billion", "12 billion yen". */
export function money(random: Random): string {
  if (random.chance(0.08)) return `${random.int(2, 90)} billion yen`;
  const scale = random.chance(0.7) ? 'million' : 'billion';
  const value = random.chance(0.5) ? String(random.int(2, 950)) : (random.int(11, 99) / 10).toFixed(1);
  return `${random.pick(CURRENCIES)}${value} ${scale}`;
}

/** "4.5 percent", "12 per cent", "3.1%". */
export function percent(random: Random): string {
  const value = random.chance(0.6) ? (random.int(5, 400) / 10).toFixed(1) : String(random.int(2, 85));
  const style = random.next();
  return style < 0.5 ? `${value} percent` : style < 0.8 ? `${value} per cent` : `${value}%`;
}

/** A market move: "0.4 percent". */
export function smallChange(random: Random): string {
  return `${(random.int(1, 39) / 10).toFixed(1)} percent`;
}
