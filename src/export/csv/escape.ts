/**
 * RFC 4180 fields and rows. Written here rather than taken from a library because no CSV package is
 * installed and the rule is four lines: a field holding a comma, a double quote, CR or LF is
 * wrapped in double quotes, with each double quote inside doubled; rows end with CRLF.
 */
import { plainNumber } from '../record-parts.js';

export type CsvValue = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? plainNumber(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
