/**
 * Articles written for the store tests (invented, like samples/), and a builder that wraps a body in
 * a complete record so tests can store exactly the fields they care about.
 */
import { SCHEMA_NAME, SCHEMA_VERSION, type ArticleRecord, type ErrorRecord } from '../../src/record/schema.js';

export const HARBOUR_STORY = [
  'LAUTOKA — Dock workers at the Lautoka wharf walked off the job on Thursday morning after talks over night-shift pay broke down for the third time this month, leaving four cargo ships waiting at anchor outside the harbour.',
  'The Maritime Workers Association said its members had been offered a rise of two per cent, well short of the eight per cent they asked for in June. "Nobody here wants to stop the port, but we cannot keep working nights for day wages," the association\'s secretary, Jone Waqa, told reporters at the gate.',
  'The port company said in a statement that it regretted the stoppage and remained ready to return to the table. A spokeswoman added that perishable goods would be given priority once work resumed.',
  'Importers warned that shelves in the Western Division could run short of flour and cooking gas within a week if the ships were not unloaded. The last strike at the wharf, in 2019, lasted eleven days.',
].join('\n\n');

export const VOLCANO_STORY = [
  'NUKU\'ALOFA — Scientists flew over a newly active undersea volcano north of Tongatapu on Saturday and reported a plume of steam and ash rising about three kilometres above the sea.',
  'The geological service advised fishing boats to keep at least twenty kilometres from the vent and asked coastal villages to listen for radio updates. There was no tsunami warning in place.',
  '"The activity is moderate for now, but these systems can change quickly," said Dr Ana Folau, who led the flight. She said the team would return on Monday with instruments to sample the water.',
  'Residents of the outer islands said they had heard low rumbling overnight and seen pumice washing onto beaches, the first signs of eruption since the volcano last woke in 2015.',
].join('\n\n');

export const SCHOOL_STORY = [
  'SUVA — The education ministry will build twelve new classrooms in flood-prone districts before the next rainy season, the minister announced on Wednesday, at a cost of about $4.5 million.',
  'Schools in the Rewa delta lost more than forty teaching days last year to flooding, according to figures released with the plan. The new buildings will stand on raised platforms and double as evacuation centres.',
  'Parents at Nausori welcomed the news but asked when the work would start. Contractors are expected to be chosen by the end of March, the ministry said.',
].join('\n\n');

export interface RecordFields {
  id: string;
  text: string;
  url?: string | null;
  title?: string | null;
  authors?: string[];
  published?: string | null;
  siteName?: string | null;
  siteDomain?: string | null;
  language?: string | null;
  quotes?: ArticleRecord['quotes'];
  media?: ArticleRecord['media'];
  dates?: ArticleRecord['dates'];
  amounts?: ArticleRecord['amounts'];
  entities?: ArticleRecord['entities'];
}

export function makeRecord(fields: RecordFields): ArticleRecord {
  return {
    schema: { name: SCHEMA_NAME, version: SCHEMA_VERSION },
    id: fields.id,
    source: { path: `test/${fields.id}.txt`, url: fields.url ?? null, format: 'body', container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
    title: fields.title ?? null,
    authors: (fields.authors ?? []).map((name) => ({ name, from: 'byline' as const })),
    published: fields.published ? { value: fields.published, from: 'metadata', detail: 'test' } : null,
    modified: null,
    site: { name: fields.siteName ?? null, domain: fields.siteDomain ?? null },
    language: fields.language ?? 'en',
    description: null,
    text: fields.text,
    paragraphs: [],
    media: fields.media ?? [],
    boilerplate: [],
    warnings: [],
    entities: fields.entities ?? [],
    dates: fields.dates ?? [],
    quotes: fields.quotes ?? [],
    terms: [],
    amounts: fields.amounts ?? [],
    extraction: { extractor: 'body', stage: 'body/as-given', version: 'test' },
  };
}

export function makeErrorRecord(id: string, code: ErrorRecord['error']['code'], message: string): ErrorRecord {
  return {
    schema: { name: SCHEMA_NAME, version: SCHEMA_VERSION },
    id,
    source: { path: `test/${id}.html`, url: null, container: { kind: 'file', index: null } },
    error: { code, message },
  };
}
