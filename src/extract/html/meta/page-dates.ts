/**
 * Publication and modification dates, from the most explicit source that has a valid one:
 *   published: JSON-LD datePublished, dateCreated -> meta tags (article:published_time...) ->
 *     <time>/itemprop marked as publication -> <time> in a byline -> <time> in the article ->
 *     other <time> -> the same three for elements with a date-like class ("article_date") ->
 *     a date written in a byline ("text") -> a date in the URL ("url")
 *   modified: JSON-LD dateModified -> meta tags (article:modified_time...) -> <time>/itemprop
 *     marked as modification
 * Each result says where it came from in `detail` ("json-ld:datePublished", "meta:pubdate",
 * "time[datetime]", "byline:text", "url:ymd-path").
 */
import type { PublishedT } from '../../../record/schema.js';
import { findDate, parseDate } from '../../../dates/index.js';
import type { JsonLdFacts } from './json-ld.js';
import { allMetaValues, type MetaIndex, MODIFIED_META_KEYS, PUBLISHED_META_KEYS } from './meta-tags.js';
import type { BylineSignal, TimeSignal } from './page-signals.js';
import { dateFromUrl } from './urls.js';

export interface DateSources {
  jsonLd: JsonLdFacts;
  metas: MetaIndex;
  times: readonly TimeSignal[];
  bylines: readonly BylineSignal[];
  url: string | null;
}

interface Candidate {
  raw: string | null;
  from: PublishedT['from'];
  detail: string;
}

function firstValid(candidates: Iterable<Candidate>): PublishedT | null {
  for (const c of candidates) {
    if (c.raw === null) continue;
    const value = parseDate(c.raw);
    if (value !== null) return { value, from: c.from, detail: c.detail };
  }
  return null;
}

/** A <time>'s machine-readable datetime first (metadata), then its visible text (text). */
function* timeCandidates(times: readonly TimeSignal[], prefix: string): Generator<Candidate> {
  for (const t of times) {
    yield { raw: t.datetime, from: 'metadata', detail: `${prefix}${t.source}` };
    yield { raw: t.text, from: 'text', detail: `${prefix}${t.source}:text` };
  }
}

function* publishedCandidates(s: DateSources): Generator<Candidate> {
  yield { raw: s.jsonLd.datePublished, from: 'metadata', detail: 'json-ld:datePublished' };
  yield { raw: s.jsonLd.dateCreated, from: 'metadata', detail: 'json-ld:dateCreated' };
  for (const m of allMetaValues(s.metas, PUBLISHED_META_KEYS)) yield { raw: m.value, from: 'metadata', detail: `meta:${m.key}` };
  const unmodified = s.times.filter((t) => !t.modified);
  yield* timeCandidates(unmodified.filter((t) => t.published), '');
  for (const byClass of [false, true]) {
    const times = unmodified.filter((t) => !t.published && t.byClass === byClass);
    yield* timeCandidates(times.filter((t) => t.inByline), 'byline:');
    yield* timeCandidates(times.filter((t) => !t.inByline && t.inArticle), 'article:');
    yield* timeCandidates(times.filter((t) => !t.inByline && !t.inArticle), '');
  }
}

export function choosePublished(s: DateSources): PublishedT | null {
  const found = firstValid(publishedCandidates(s));
  if (found !== null) return found;
  for (const byline of s.bylines) {
    const date = findDate(byline.text);
    if (date !== null) return { value: date.value, from: 'text', detail: 'byline:text' };
  }
  const fromUrl = dateFromUrl(s.url);
  return fromUrl !== null ? { value: fromUrl.value, from: 'url', detail: fromUrl.detail } : null;
}

function* modifiedCandidates(s: DateSources): Generator<Candidate> {
  yield { raw: s.jsonLd.dateModified, from: 'metadata', detail: 'json-ld:dateModified' };
  for (const m of allMetaValues(s.metas, MODIFIED_META_KEYS)) yield { raw: m.value, from: 'metadata', detail: `meta:${m.key}` };
  yield* timeCandidates(s.times.filter((t) => t.modified), '');
}

export function chooseModified(s: DateSources): PublishedT | null {
  return firstValid(modifiedCandidates(s));
}
