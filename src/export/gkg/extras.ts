/**
 * V2EXTRASXML: GKG's own elements where newsgraph has their data (PAGE_TITLE, PAGE_AUTHORS,
 * PAGE_PRECISEPUBTIMESTAMP), then newsgraph's, prefixed NG_, for what GKG has no column for:
 *
 *   <NG_RECORD_ID>            the record's id (the key of `newsgraph export --format jsonl`)
 *   <NG_QUOTE_SPEAKERS>       one <SPEAKER> per quotation with a speaker: offset (as in V2.1QUOTATIONS),
 *                             name, role, entity (the person's entity id) and resolution
 *   <NG_ENTITIES>             one <ENTITY> per entity: id, type, name and the body offsets of its
 *                             mentions, which ties the names of the person, organization, location
 *                             and ALLNAMES columns to stable ids
 *   <NG_COUNTS>               counts whose type GKG does not have (TROOPS): type, number, object, offset
 *
 * Values are XML-escaped; characters XML 1.0 forbids and line breaks become spaces, so the field stays
 * on one line.
 */
import type { ArticleRecord } from '../../record/schema.js';
import type { AmountT } from '../../record/facts/amounts.js';
import type { EntityT } from '../../record/facts/entities.js';
import { BODY_LAYER, plainNumber } from '../record-parts.js';
import { countsWithoutGkgType } from './counts.js';
import { gkgTimestamp, parseRecordDate, statesTime } from './timestamp.js';

/** Not allowed in XML 1.0 (C0 controls but tab, lone surrogates, U+FFFE/U+FFFF), plus line breaks, which a GKG line cannot hold. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed
const NOT_IN_XML = /[\u0000-\u001f\u007f\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, ' ').replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function element(name: string, content: string): string {
  return `<${name}>${content}</${name}>`;
}

/** An empty element with attributes; null attributes are left out. */
function emptyElement(name: string, attributes: Readonly<Record<string, string | number | null>>): string {
  const parts = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([key, value]) => ` ${key}="${xmlText(String(value))}"`);
  return `<${name}${parts.join('')}/>`;
}

function quoteSpeakers(record: ArticleRecord): string {
  const speakers = record.quotes
    .filter((quote) => quote.layer === BODY_LAYER && quote.speaker !== null)
    .map((quote) =>
      emptyElement('SPEAKER', {
        offset: quote.start,
        name: quote.speaker?.name ?? null,
        role: quote.speaker?.role ?? null,
        entity: quote.speaker?.entity ?? null,
        resolution: quote.speaker?.resolution ?? null,
      }),
    );
  return speakers.length === 0 ? '' : element('NG_QUOTE_SPEAKERS', speakers.join(''));
}

function entityList(entities: readonly EntityT[]): string {
  if (entities.length === 0) return '';
  const items = entities.map((entity) => {
    const offsets = entity.mentions.filter((mention) => mention.layer === BODY_LAYER).map((mention) => mention.start);
    return emptyElement('ENTITY', { id: entity.id, type: entity.type, name: entity.name, offsets: offsets.join(',') });
  });
  return element('NG_ENTITIES', items.join(''));
}

function otherCounts(amounts: readonly AmountT[]): string {
  const counts = countsWithoutGkgType(amounts).map((amount) =>
    emptyElement('COUNT', {
      type: amount.countType,
      number: plainNumber(amount.value),
      object: amount.object?.text ?? null,
      layer: amount.layer,
      offset: amount.start,
    }),
  );
  return counts.length === 0 ? '' : element('NG_COUNTS', counts.join(''));
}

export function extrasXml(record: ArticleRecord, entities: readonly EntityT[]): string {
  const parts: string[] = [];
  if (record.title !== null) parts.push(element('PAGE_TITLE', xmlText(record.title)));
  if (record.authors.length > 0) parts.push(element('PAGE_AUTHORS', xmlText(record.authors.map((author) => author.name).join('; '))));
  const published = record.published?.value ?? null;
  const instant = published !== null && statesTime(published) ? parseRecordDate(published) : null;
  if (instant !== null) parts.push(element('PAGE_PRECISEPUBTIMESTAMP', gkgTimestamp(instant)));
  parts.push(element('NG_RECORD_ID', xmlText(record.id)));
  parts.push(quoteSpeakers(record), entityList(entities), otherCounts(record.amounts));
  return parts.join('');
}
