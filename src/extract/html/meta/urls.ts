/**
 * URL helpers for metadata: making the canonical link absolute, and reading a publication date
 * from a URL path ("/2024/01/30/slug", "/2024-01-30/slug", "/20240130/slug").
 */
import { isoDate } from '../../../dates/index.js';

/** An absolute http(s) URL for `href`, resolved against `base` when relative; null otherwise. */
export function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The host without "www.", lower-cased; null when the URL does not parse. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Year, month, day in a path: slashed, dashed, or eight digits, each between separators. */
const URL_DATE_PATTERNS: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/,
  /(?:\/|[-_])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\/|$|[-_.])/,
  /(?:\/|[-_])((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$|[-_.])/,
];

/** "/2019/nov/18/" (The Guardian, PolitiFact): a year, an English month abbreviation, a day. */
const URL_MONTH_NAME_RE = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(\d{1,2})(?=\/|$)/i;
const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface UrlDate {
  value: string;
  /** Which shape matched: "url:ymd-path", "url:ymd-dashed", "url:ymd-compact", "url:y-month-d". */
  detail: string;
}

const URL_DATE_DETAILS = ['url:ymd-path', 'url:ymd-dashed', 'url:ymd-compact'] as const;

/** The date written in a URL's path, or null. */
export function dateFromUrl(url: string | null | undefined): UrlDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (let i = 0; i < URL_DATE_PATTERNS.length; i++) {
    const m = URL_DATE_PATTERNS[i]?.exec(path);
    if (!m) continue;
    const value = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value !== null) return { value, detail: URL_DATE_DETAILS[i] ?? 'url:path' };
  }
  const named = URL_MONTH_NAME_RE.exec(path);
  if (!named) return null;
  const value = isoDate(Number(named[1]), URL_MONTHS.indexOf((named[2] ?? '').toLowerCase()) + 1, Number(named[3]));
  return value !== null ? { value, detail: 'url:y-month-d' } : null;
}
