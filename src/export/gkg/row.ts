/**
 * One record as one GKG 2.1 line: exactly 27 tab-separated fields (columns.ts), filled where
 * newsgraph has the data, empty where it has none (themes, tone, GCAM dimensions other than the
 * word count, translation). No field holds a tab or a line break.
 */
import type { ArticleRecord } from '../../record/schema.js';
import { entitiesOf } from '../record-parts.js';
import { oneLine } from './clean.js';
import { COLLECTION_CITATION_ONLY, COLLECTION_WEB, GKG_COLUMNS, type GkgColumn } from './columns.js';
import { countColumns } from './counts.js';
import { extrasXml } from './extras.js';
import { amountsColumn, enhancedDates, quotations } from './facts.js';
import { locationColumns } from './locations.js';
import { allNames, nameColumns } from './names.js';
import { gkgTimestamp, parseRecordDate } from './timestamp.js';

/** The id prefix of a record without a readable date: GKG ids start with a timestamp. */
export const UNDATED_STAMP = '00000000000000';

/** The record's date: published, else modified; null when neither can be read. */
export function recordStamp(record: ArticleRecord): string | null {
  for (const date of [record.published, record.modified]) {
    const instant = date === null ? null : parseRecordDate(date.value);
    if (instant !== null) return gkgTimestamp(instant);
  }
  return null;
}

function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function imagesOf(record: ArticleRecord, kind: 'image' | 'video'): string[] {
  return record.media.filter((item) => item.kind === kind && item.src !== null).map((item) => (item.src ?? '').replace(/;/g, '%3B'));
}

/**
 * The fields of one record. `sequence` numbers the records of an export (from 1, in storage order):
 * GKGRECORDID is the record's timestamp and that number, "20240130091500-17", which stays the same
 * for the same corpus and options and stays unique when two articles share a second.
 */
export function gkgFields(record: ArticleRecord, sequence: number): Record<GkgColumn, string> {
  const entities = entitiesOf(record);
  const stamp = recordStamp(record);
  const counts = countColumns(record.amounts);
  const locations = locationColumns(entities);
  const persons = nameColumns(entities, 'person');
  const organizations = nameColumns(entities, 'organization');
  const url = record.source.url;
  return {
    GKGRECORDID: `${stamp ?? UNDATED_STAMP}-${sequence}`,
    'V2.1DATE': stamp ?? '',
    V2SOURCECOLLECTIONIDENTIFIER: String(url === null ? COLLECTION_CITATION_ONLY : COLLECTION_WEB),
    V2SOURCECOMMONNAME: record.site.domain ?? record.site.name ?? '',
    V2DOCUMENTIDENTIFIER: url ?? record.id,
    V1COUNTS: counts.v1,
    'V2.1COUNTS': counts.v21,
    V1THEMES: '',
    V2ENHANCEDTHEMES: '',
    V1LOCATIONS: locations.v1,
    V2ENHANCEDLOCATIONS: locations.v2,
    V1PERSONS: persons.v1,
    V2ENHANCEDPERSONS: persons.v2,
    V1ORGANIZATIONS: organizations.v1,
    V2ENHANCEDORGANIZATIONS: organizations.v2,
    'V1.5TONE': '',
    'V2.1ENHANCEDDATES': enhancedDates(record.dates),
    V2GCAM: `wc:${wordCount(record.text)}`,
    'V2.1SHARINGIMAGE': '',
    'V2.1RELATEDIMAGES': imagesOf(record, 'image').join(';'),
    'V2.1SOCIALIMAGEEMBEDS': '',
    'V2.1SOCIALVIDEOEMBEDS': imagesOf(record, 'video').join(';'),
    'V2.1QUOTATIONS': quotations(record.quotes),
    'V2.1ALLNAMES': allNames(entities),
    'V2.1AMOUNTS': amountsColumn(record.amounts),
    'V2.1TRANSLATIONINFO': '',
    V2EXTRASXML: extrasXml(record, entities),
  };
}

/** The line, with its newline. */
export function gkgLine(record: ArticleRecord, sequence: number): string {
  const fields = gkgFields(record, sequence);
  return GKG_COLUMNS.map((column) => oneLine(fields[column])).join('\t') + '\n';
}
