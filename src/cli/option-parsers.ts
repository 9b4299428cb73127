/**
 * Parsers for option values, in commander's style: they return the parsed value or throw
 * InvalidArgumentError, which commander turns into "error: option '--x <v>' argument 'y' is invalid.
 * <reason>" and a usage exit.
 */
import { InvalidArgumentError } from 'commander';
import { checkIsoDate } from '../dates/index.js';

export function parsePublished(value: string): string {
  const check = checkIsoDate(value);
  if (!check.ok) throw new InvalidArgumentError(`${check.reason}.`);
  return check.value;
}

export function parseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected an absolute URL such as https://example.com/news/story.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError(`expected an http or https URL, not ${url.protocol}.`);
  }
  return value;
}

export function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError('expected a whole number of at least 1.');
  }
  return n;
}

export function parsePositiveSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0.');
  return n;
}
