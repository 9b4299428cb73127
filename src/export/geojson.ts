/**
 * GeoJSON (RFC 7946): a FeatureCollection with one Point Feature per place of the corpus, not per
 * article: every location entity the knowledge base located, keyed by its id, with the number of
 * articles and of mentions that name it. Coordinates are [longitude, latitude] in WGS 84, as the
 * RFC orders them. Memory grows with the number of distinct places (bounded by the knowledge base),
 * not with the number of articles. Features come in order of first appearance in the export.
 */
import type { ArticleRecord } from '../record/schema.js';
import type { EntityGeoT } from '../record/facts/entities.js';
import { entitiesOf } from './record-parts.js';
import type { TextWriter } from './text-writer.js';

interface PlaceTally {
  id: string;
  name: string;
  geo: EntityGeoT;
  articles: number;
  mentions: number;
}

export interface PlaceFeatureJson {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; name: string; kind: string; cc: string | null; admin1: string | null; articles: number; mentions: number };
}

/** Adds one record's located places to the tallies. */
export function tallyPlaces(record: ArticleRecord, places: Map<string, PlaceTally>): void {
  for (const entity of entitiesOf(record)) {
    if (entity.type !== 'location' || entity.geo === null) continue;
    let tally = places.get(entity.id);
    if (tally === undefined) {
      tally = { id: entity.id, name: entity.name, geo: entity.geo, articles: 0, mentions: 0 };
      places.set(entity.id, tally);
    }
    // An entity appears once per record, so each record adds one article.
    tally.articles += 1;
    tally.mentions += entity.mentions.length;
  }
}

export function placeFeature(tally: PlaceTally): PlaceFeatureJson {
  const { geo } = tally;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [geo.lon, geo.lat] },
    properties: { id: tally.id, name: tally.name, kind: geo.kind, cc: geo.cc, admin1: geo.admin1, articles: tally.articles, mentions: tally.mentions },
  };
}

/** Returns the number of records read and of features written. */
export async function exportGeoJson(records: Iterable<ArticleRecord>, out: TextWriter): Promise<{ records: number; features: number }> {
  const places = new Map<string, PlaceTally>();
  let count = 0;
  for (const record of records) {
    tallyPlaces(record, places);
    count += 1;
  }
  await out.write('{"type":"FeatureCollection","features":[');
  let first = true;
  for (const tally of places.values()) {
    await out.write((first ? '\n' : ',\n') + JSON.stringify(placeFeature(tally)));
    first = false;
  }
  await out.write(first ? ']}\n' : '\n]}\n');
  return { records: count, features: places.size };
}
