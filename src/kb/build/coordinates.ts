/** Coordinates in the built file: four decimals (about 10 m), finer than any point it holds means. */
const COORDINATE_SCALE = 1e4;

export function roundCoordinate(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * COORDINATE_SCALE) / COORDINATE_SCALE;
}
