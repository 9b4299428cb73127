/**
 * Places as GKG locations. GKG location types: 1 a country, 2 a US state, 3 a US city or landmark,
 * 4 a city or landmark elsewhere, 5 a first-level region elsewhere. Country codes are FIPS 10-4.
 * ADM1 codes: for a country its own code, for a US state (and a place in one) US + the state code
 * (USCA), as GKG writes them; elsewhere GKG uses FIPS first-level codes (JA40), which newsgraph has
 * no table for, so the country code stands in. The feature id is the FIPS code for a country, the
 * ADM1 code for a US state and newsgraph's entity id for anything else (readers treat it as an
 * opaque key; the extras XML maps ids back to names).
 */
import type { EntityMentionT, EntityT } from '../../record/facts/entities.js';
import { namingBodyMentions, plainNumber } from '../record-parts.js';
import { itemValue } from './clean.js';
import { fipsCountry, usStateCode } from './tables.js';

export type GkgLocationType = 1 | 2 | 3 | 4 | 5;

export interface GkgLocation {
  type: GkgLocationType;
  fullName: string;
  countryCode: string;
  adm1Code: string;
  lat: number;
  lon: number;
  featureId: string;
}

const COUNTRY_KINDS: ReadonlySet<string> = new Set(['country', 'territory']);
const US_STATE_ID = /^iso3166-2:US-([A-Z]{2})$/;
/** Delimiters inside a location entry: items are split on ";", fields on "#". */
const LOCATION_DELIMITERS = ';#';

let countryNames: Intl.DisplayNames | null = null;

/** The English name of an ISO country code ("JP" -> "Japan"), from the runtime's ICU data. */
export function countryName(iso: string): string {
  countryNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  try {
    return countryNames.of(iso.toUpperCase()) ?? iso;
  } catch {
    return iso;
  }
}

function locationType(entity: EntityT, cc: string | null, stateCode: string | null): GkgLocationType {
  const kind = entity.geo?.kind ?? '';
  if (COUNTRY_KINDS.has(kind) && entity.id.startsWith('iso3166-1:')) return 1;
  if (kind === 'region') return cc === 'US' && stateCode !== null ? 2 : 5;
  return cc === 'US' ? 3 : 4;
}

/** The GKG location of a place the knowledge base located; null for anything else. */
export function gkgLocation(entity: EntityT): GkgLocation | null {
  const geo = entity.geo;
  if (entity.type !== 'location' || geo === null) return null;
  const cc = geo.cc === null ? null : geo.cc.toUpperCase();
  const stateFromId = US_STATE_ID.exec(entity.id)?.[1] ?? null;
  const stateCode = cc === 'US' ? (stateFromId ?? usStateCode(geo.kind === 'region' ? entity.name : geo.admin1)) : null;
  const type = locationType(entity, cc, stateCode);
  const countryCode = fipsCountry(cc);
  const adm1Code = stateCode !== null && (type === 2 || type === 3) ? `US${stateCode}` : countryCode;
  const parts = [entity.name];
  if ((type === 3 || type === 4) && geo.admin1 !== null && geo.admin1 !== entity.name) parts.push(geo.admin1);
  if (type !== 1 && cc !== null) parts.push(countryName(cc));
  const featureId = type === 1 ? countryCode || entity.id : type === 2 ? adm1Code : entity.id;
  return {
    type,
    fullName: itemValue(parts.join(', '), LOCATION_DELIMITERS),
    countryCode,
    adm1Code,
    lat: geo.lat,
    lon: geo.lon,
    featureId: itemValue(featureId, LOCATION_DELIMITERS),
  };
}

/** V1LOCATIONS entry: Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID. */
export function v1Location(location: GkgLocation): string {
  return [location.type, location.fullName, location.countryCode, location.adm1Code, plainNumber(location.lat), plainNumber(location.lon), location.featureId].join('#');
}

/** V2ENHANCEDLOCATIONS entry: Type#FullName#CountryCode#ADM1Code#ADM2Code#Lat#Long#FeatureID#CharOffset (ADM2 unknown: empty). */
export function v2Location(location: GkgLocation, mention: EntityMentionT): string {
  return [
    location.type, location.fullName, location.countryCode, location.adm1Code, '', plainNumber(location.lat), plainNumber(location.lon), location.featureId, mention.start,
  ].join('#');
}

/** The two location columns of a record: each located place once (V1), each of its body mentions with its offset (V2). */
export function locationColumns(entities: readonly EntityT[]): { v1: string; v2: string } {
  const v1: string[] = [];
  const v2: { offset: number; entry: string }[] = [];
  for (const entity of entities) {
    const location = gkgLocation(entity);
    if (location === null) continue;
    v1.push(v1Location(location));
    for (const mention of namingBodyMentions(entity)) v2.push({ offset: mention.start, entry: v2Location(location, mention) });
  }
  v2.sort((a, b) => a.offset - b.offset);
  return { v1: v1.join(';'), v2: v2.map((item) => item.entry).join(';') };
}
