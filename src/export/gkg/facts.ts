/**
 * The body's dates, quotations and amounts in GKG 2.1 syntax.
 *
 * V2.1ENHANCEDDATES: Resolution#Month#Day#Year#Offset, ";" between dates. Resolution 4: a full
 * date; 3: month and day without a year; 2: month and year; 1: a year alone. Absent parts are 0.
 * Only calendar dates are GKG dates: weeks, seasons, decades, durations and ranges are left out.
 *
 * V2.1QUOTATIONS: Offset|Length|Verb|Quote, "#" between quotations; the offset and length are
 * those of the quoted words in the body, the verb as written ("said").
 *
 * V2.1AMOUNTS: Amount,Object,Offset, ";" between amounts: every count, sum and share of the body;
 * the object is the counted noun phrase, for money the ISO currency code, for a share "percent"
 * (or "percentage points", "basis points").
 */
import type { AmountT } from '../../record/facts/amounts.js';
import type { DateFactT } from '../../record/facts/dates.js';
import type { QuoteT } from '../../record/facts/quotes.js';
import { BODY_LAYER, plainNumber } from '../record-parts.js';
import { itemValue } from './clean.js';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/;
const MONTH_DAY = /^XXXX-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** [resolution, month, day, year] of a TIMEX3 value, or null when it is not a calendar date. */
export function dateParts(value: string): [number, number, number, number] | null {
  let match = FULL_DATE.exec(value);
  if (match) return [4, Number(match[2]), Number(match[3]), Number(match[1])];
  match = MONTH_DAY.exec(value);
  if (match) return [3, Number(match[1]), Number(match[2]), 0];
  match = YEAR_MONTH.exec(value);
  if (match) return [2, Number(match[2]), 0, Number(match[1])];
  match = YEAR.exec(value);
  if (match) return [1, 0, 0, Number(match[1])];
  return null;
}

export function enhancedDates(dates: readonly DateFactT[]): string {
  const entries: string[] = [];
  for (const date of dates) {
    if (date.layer !== BODY_LAYER || (date.type !== 'DATE' && date.type !== 'TIME')) continue;
    const parts = dateParts(date.value);
    if (parts !== null) entries.push([...parts, date.start].join('#'));
  }
  return entries.join(';');
}

/** Inside a quotation entry: "#" between quotations, "|" between fields. */
const QUOTE_DELIMITERS = '#|';

export function quotations(quotes: readonly QuoteT[]): string {
  return quotes
    .filter((quote) => quote.layer === BODY_LAYER)
    .map((quote) => [quote.start, quote.end - quote.start, itemValue(quote.verb?.text ?? '', QUOTE_DELIMITERS), itemValue(quote.text, QUOTE_DELIMITERS)].join('|'))
    .join('#');
}

const AMOUNT_DELIMITERS = ';,';
const PERCENT_UNITS: Readonly<Record<string, string>> = { '%': 'percent', pp: 'percentage points', bp: 'basis points' };

function amountObject(amount: AmountT): string {
  if (amount.kind === 'money') return amount.unit ?? '';
  if (amount.kind === 'percent') return PERCENT_UNITS[amount.unit ?? '%'] ?? 'percent';
  return amount.object?.text ?? '';
}

export function amountsColumn(amounts: readonly AmountT[]): string {
  return amounts
    .filter((amount) => amount.layer === BODY_LAYER)
    .map((amount) => [plainNumber(amount.value), itemValue(amountObject(amount), AMOUNT_DELIMITERS), amount.start].join(','))
    .join(';');
}
