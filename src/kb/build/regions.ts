/** First-level regions (states, prefectures, provinces) from country-region-data. */
import type { PlaceEntry } from '../entry.js';
import { rankScore } from '../rank.js';
import type { AdminArea } from './admin-areas.js';
import { roundCoordinate } from './coordinates.js';

export function regionEntry(area: AdminArea): PlaceEntry {
  const country = area.iso.slice(0, area.iso.indexOf('-'));
  const [lon, lat] = area.seat?.loc.coordinates ?? [];
  return {
    id: `iso3166-2:${area.iso}`,
    type: 'location',
    kind: 'region',
    name: area.name,
    cc: [country],
    // The seat stands in for the region on the map: the sources give regions no point of their own.
    lat: roundCoordinate(lat),
    lon: roundCoordinate(lon),
    score: rankScore({ type: 'location', kind: 'region' }),
  };
}

export function regionEntries(areas: Iterable<AdminArea>): PlaceEntry[] {
  return [...areas].map(regionEntry);
}
