/**
 * Units that make a number money or a share: a currency sign or code before it ("$", "US$",
 * "EUR"), a currency word after it ("dollars", "yen"), a percent sign or word after it. Reading
 * a unit widens the number's span to cover it.
 */
import type { NumberToken } from './numbers.js';

export type AmountKind = 'count' | 'money' | 'percent';

export interface UnitReading {
  start: number;
  end: number;
  kind: AmountKind;
  unit: string | null;
}

/** Signs and codes printed before the digits, longest first. Dollar alone is taken as USD. */
const CURRENCY_BEFORE: readonly (readonly [string, string])[] = [
  ['US$', 'USD'], ['A$', 'AUD'], ['C$', 'CAD'], ['HK$', 'HKD'], ['NZ$', 'NZD'], ['$', 'USD'],
  ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
];
const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'RUB', 'AUD', 'CAD', 'CHF', 'HKD', 'NZD'];
/** A code before the number, as in "USD 5 million". */
const CODE_BEFORE = new RegExp(`\\b(${CURRENCY_CODES.join('|')})[ \\t]?$`);
/** Longest look-back needed for a sign or code (e.g. "USD " or "HK$"). */
const LOOKBACK_CHARS = 4;

/** Words after the number that name the currency. "pounds" is left out: it is as often a weight. */
const CURRENCY_AFTER = new RegExp(
  `^[ \\t]+(?:(?<code>${CURRENCY_CODES.join('|')})\\b|(?<word>dollars|euros|euro|yen|yuan|rupees|roubles|rubles|pounds[ \\t]+sterling)\\b)`,
);
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: 'USD', euros: 'EUR', euro: 'EUR', yen: 'JPY', yuan: 'CNY', rupees: 'INR', roubles: 'RUB', rubles: 'RUB',
};
const PERCENT_AFTER = /^(?:[ \t]?%|[ \t]+(?:per[ \t]?cent\b|percent\b)|(?<points>[ \t]+percentage[ \t]+points?\b)|(?<basis>[ \t]+basis[ \t]+points?\b))/i;
/** How far after the number a unit word may reach. */
const LOOKAHEAD_CHARS = 24;

function currencyBefore(text: string, start: number): { start: number; unit: string } | null {
  const before = text.slice(Math.max(0, start - LOOKBACK_CHARS), start);
  for (const [sign, unit] of CURRENCY_BEFORE) {
    if (before.endsWith(sign)) return { start: start - sign.length, unit };
  }
  const code = CODE_BEFORE.exec(before);
  return code ? { start: start - code[0].length, unit: code[1] ?? '' } : null;
}

function unitAfter(text: string, end: number): { end: number; kind: AmountKind; unit: string } | null {
  const after = text.slice(end, end + LOOKAHEAD_CHARS);
  const percent = PERCENT_AFTER.exec(after);
  if (percent) {
    const unit = percent.groups?.points ? 'pp' : percent.groups?.basis ? 'bp' : '%';
    return { end: end + percent[0].length, kind: 'percent', unit };
  }
  const currency = CURRENCY_AFTER.exec(after);
  if (!currency) return null;
  const word = currency.groups?.word?.split(/[ \t]/)[0];
  const unit = currency.groups?.code ?? (word === 'pounds' ? 'GBP' : CURRENCY_WORDS[word ?? ''] ?? '');
  return { end: end + currency[0].length, kind: 'money', unit };
}

/** The unit of a number, widening its span; a plain count when there is none. */
export function readUnit(text: string, token: NumberToken): UnitReading {
  if (token.finder !== 'vague') {
    const before = currencyBefore(text, token.start);
    if (before) return { start: before.start, end: token.end, kind: 'money', unit: before.unit };
    const after = unitAfter(text, token.end);
    if (after) return { start: token.start, end: after.end, kind: after.kind, unit: after.unit };
  }
  return { start: token.start, end: token.end, kind: 'count', unit: null };
}
