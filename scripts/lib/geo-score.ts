/**
 * Scoring place resolution (npm run eval:geo): gold toponyms against predicted ones, each a span
 * with a point. A predicted toponym matches a gold one when their spans overlap (one to one, in text
 * order); a matched gold toponym is resolved when the predicted point lies within ACCURACY_KM of the
 * gold point (161 km, 100 miles, as in the geoparsing literature).
 */

export const ACCURACY_KM = 161;

export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly lat: number;
  readonly lon: number;
  /** The words the offsets cover, written in the file so a wrong offset is caught on loading. */
  readonly name?: string;
}

export interface PredictedToponym {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** null when the place was recognized but not located. */
  readonly lat: number | null;
  readonly lon: number | null;
  /** The knowledge-base id, for error listings. */
  readonly id: string | null;
}

export interface GeoPassage {
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
  readonly published?: string;
  readonly title?: string;
}

export interface Pair {
  readonly gold: GoldToponym;
  readonly predicted: PredictedToponym | null;
  /** Distance between the points, or null when either has none. */
  readonly km: number | null;
}

export interface GeoTally {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched gold toponyms whose prediction has a point. */
  located: number;
  /** Matched gold toponyms resolved within ACCURACY_KM. */
  accurate: number;
  /** Distances of located matches. */
  readonly errors: number[];
}

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function emptyTally(): GeoTally {
  return { gold: 0, predicted: 0, matched: 0, located: 0, accurate: 0, errors: [] };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** One-to-one pairs: each gold toponym takes the first unused prediction overlapping it. */
export function alignToponyms(gold: readonly GoldToponym[], predicted: readonly PredictedToponym[]): Pair[] {
  const used = new Set<number>();
  return gold.map((g) => {
    const index = predicted.findIndex((p, i) => !used.has(i) && overlaps(g, p));
    if (index < 0) return { gold: g, predicted: null, km: null };
    used.add(index);
    const p = predicted[index] ?? null;
    const km = p !== null && p.lat !== null && p.lon !== null ? greatCircleKm(g, { lat: p.lat, lon: p.lon }) : null;
    return { gold: g, predicted: p, km };
  });
}

export function addPassage(tally: GeoTally, pairs: readonly Pair[], predicted: number): void {
  tally.gold += pairs.length;
  tally.predicted += predicted;
  for (const pair of pairs) {
    if (pair.predicted === null) continue;
    tally.matched++;
    if (pair.km === null) continue;
    tally.located++;
    tally.errors.push(pair.km);
    if (pair.km <= ACCURACY_KM) tally.accurate++;
  }
}

export interface GeoFigures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of gold toponyms recognized and resolved within ACCURACY_KM. */
  readonly accuracy: number;
  /** The same over recognized (matched) toponyms only. */
  readonly accuracyRecognized: number;
  readonly meanKm: number;
  readonly medianKm: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

export function geoFigures(tally: GeoTally): GeoFigures {
  const precision = ratio(tally.matched, tally.predicted);
  const recall = ratio(tally.matched, tally.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const sorted = [...tally.errors].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? Number.NaN : sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const mean = sorted.length === 0 ? Number.NaN : sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    precision,
    recall,
    f1,
    accuracy: ratio(tally.accurate, tally.gold),
    accuracyRecognized: ratio(tally.accurate, tally.matched),
    meanKm: mean,
    medianKm: median,
  };
}

/** Parses a JSON Lines file of passages and checks every offset against its `name`. */
export function parseGeoPassages(content: string, file: string): GeoPassage[] {
  return content
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.trim().length > 0)
    .map(({ line, index }) => {
      const where = `${file}:${index + 1}`;
      const p = JSON.parse(line) as Partial<GeoPassage>;
      if (typeof p.text !== 'string' || !Array.isArray(p.toponyms)) throw new Error(`${where}: expected { text, toponyms: [{ start, end, lat, lon }] }`);
      const text = p.text;
      for (const t of p.toponyms) {
        if (!(t.start >= 0 && t.end > t.start && t.end <= text.length)) throw new Error(`${where}: bad offsets ${t.start}-${t.end}`);
        if (Math.abs(t.lat) > 90 || Math.abs(t.lon) > 180) throw new Error(`${where}: bad point ${t.lat},${t.lon}`);
        if (t.name !== undefined && text.slice(t.start, t.end) !== t.name) {
          throw new Error(`${where}: offsets ${t.start}-${t.end} cover "${text.slice(t.start, t.end)}", not "${t.name}"`);
        }
      }
      return { text, toponyms: p.toponyms, ...(p.published !== undefined ? { published: p.published } : {}), ...(p.title !== undefined ? { title: p.title } : {}) };
    });
}
