/**
 * The CSV tables: one file each, one row per article or per fact, every fact row keyed by the
 * article id and carrying its layer and offsets, so a row can be checked against articles.csv's
 * text (layer `text`) or title. Lists inside a cell (authors, aliases, countries) are joined with
 * "; ".
 */
import type { ArticleRecord } from '../../record/schema.js';
import { entitiesOf } from '../record-parts.js';
import type { CsvValue } from './escape.js';

export interface CsvTable {
  /** The file name inside the output folder. */
  file: string;
  header: readonly string[];
  rows(record: ArticleRecord): CsvValue[][];
}

const LIST_SEPARATOR = '; ';

const articles: CsvTable = {
  file: 'articles.csv',
  header: [
    'article_id', 'url', 'title', 'site_name', 'site_domain', 'published', 'modified', 'language', 'authors', 'description',
    'source_path', 'source_format', 'entities', 'quotes', 'dates', 'amounts', 'text_length', 'text',
  ],
  rows: (r) => [[
    r.id, r.source.url, r.title, r.site.name, r.site.domain, r.published?.value ?? null, r.modified?.value ?? null, r.language,
    r.authors.map((author) => author.name).join(LIST_SEPARATOR), r.description, r.source.path, r.source.format,
    entitiesOf(r).length, r.quotes.length, r.dates.length, r.amounts.length, r.text.length, r.text,
  ]],
};

const entities: CsvTable = {
  file: 'entities.csv',
  header: ['article_id', 'entity_id', 'type', 'kind', 'name', 'aliases', 'countries', 'lat', 'lon', 'cc', 'admin1', 'mentions', 'link_rule', 'link_score'],
  rows: (r) =>
    entitiesOf(r).map((e) => [
      r.id, e.id, e.type, e.kind, e.name, e.aliases.join(LIST_SEPARATOR), e.countries.join(LIST_SEPARATOR),
      e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.cc ?? null, e.geo?.admin1 ?? null, e.mentions.length,
      e.link?.rule ?? null, e.link?.score ?? null,
    ]),
};

const mentions: CsvTable = {
  file: 'mentions.csv',
  header: ['article_id', 'entity_id', 'layer', 'start', 'end', 'text', 'form', 'confidence', 'rule'],
  rows: (r) => entitiesOf(r).flatMap((e) => e.mentions.map((m) => [r.id, e.id, m.layer, m.start, m.end, m.text, m.form, m.confidence, m.rule])),
};

const quotes: CsvTable = {
  file: 'quotes.csv',
  header: [
    'article_id', 'quote_index', 'layer', 'start', 'end', 'text', 'speaker_name', 'speaker_role', 'speaker_entity', 'speaker_resolution',
    'verb', 'verb_lemma', 'channel', 'continues', 'multi_paragraph', 'rule',
  ],
  rows: (r) =>
    r.quotes.map((q, index) => [
      r.id, index, q.layer, q.start, q.end, q.text, q.speaker?.name ?? null, q.speaker?.role ?? null, q.speaker?.entity ?? null,
      q.speaker?.resolution ?? null, q.verb?.text ?? null, q.verb?.lemma ?? null, q.channel?.text ?? null, q.continues, q.multiParagraph, q.rule,
    ]),
};

const dates: CsvTable = {
  file: 'dates.csv',
  header: ['article_id', 'layer', 'start', 'end', 'text', 'type', 'value', 'range_start', 'range_end', 'stated', 'anchor_value', 'anchor_from', 'rule'],
  rows: (r) =>
    r.dates.map((d) => [
      r.id, d.layer, d.start, d.end, d.text, d.type, d.value, d.range?.start ?? null, d.range?.end ?? null, d.stated,
      d.anchor?.value ?? null, d.anchor?.from ?? null, d.rule,
    ]),
};

const amounts: CsvTable = {
  file: 'amounts.csv',
  header: ['article_id', 'layer', 'start', 'end', 'text', 'kind', 'value', 'min', 'max', 'bound', 'unit', 'object', 'count_type', 'count_cue', 'rule'],
  rows: (r) =>
    r.amounts.map((a) => [
      r.id, a.layer, a.start, a.end, a.text, a.kind, a.value, a.min, a.max, a.bound, a.unit, a.object?.text ?? null, a.countType,
      a.countCue?.text ?? null, a.rule,
    ]),
};

/** In the order the files are opened and documented. */
export const CSV_TABLES: readonly CsvTable[] = [articles, entities, mentions, quotes, dates, amounts];
