/**
 * V1COUNTS and V2.1COUNTS from the amounts whose count type GKG knows (data/export/gkg-count-types.tsv).
 * Entry: CountType#Number#ObjectType#LocationType#LocationFullName#LocationCountryCode#LocationADM1Code#
 * LocationLatitude#LocationLongitude#LocationFeatureID, and in V2.1 a last #CharOffset. newsgraph does
 * not tie a count to a place, so the six location fields stay empty. V1 lists the counts of every
 * layer (title and captions too); V2.1 only those of the body, whose offsets GKG readers expect.
 */
import type { AmountT } from '../../record/facts/amounts.js';
import { BODY_LAYER, plainNumber } from '../record-parts.js';
import { itemValue } from './clean.js';
import { gkgCountType } from './tables.js';

const COUNT_DELIMITERS = ';#';
/** LocationType#FullName#CountryCode#ADM1#Lat#Long#FeatureID, all unknown. */
const NO_LOCATION = ['', '', '', '', '', '', ''];

function countEntry(amount: AmountT, type: string): string[] {
  return [type, plainNumber(amount.value), itemValue(amount.object?.text ?? '', COUNT_DELIMITERS), ...NO_LOCATION];
}

export function countColumns(amounts: readonly AmountT[]): { v1: string; v21: string } {
  const v1: string[] = [];
  const v21: string[] = [];
  for (const amount of amounts) {
    if (amount.kind !== 'count' || amount.countType === null) continue;
    const type = gkgCountType(amount.countType);
    if (type === null) continue;
    const entry = countEntry(amount, type);
    v1.push(entry.join('#'));
    if (amount.layer === BODY_LAYER) v21.push([...entry, amount.start].join('#'));
  }
  return { v1: v1.join(';'), v21: v21.join(';') };
}

/** Counts whose type GKG has no name for (TROOPS), for the extras XML. */
export function countsWithoutGkgType(amounts: readonly AmountT[]): AmountT[] {
  return amounts.filter((amount) => amount.kind === 'count' && amount.countType !== null && gkgCountType(amount.countType) === null);
}
