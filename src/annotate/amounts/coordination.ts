/**
 * The coordination refiner: in "2 police officers and 5 militants died", the verb after the last
 * count types every count listed before it. A count without a type takes the type of the next
 * count when only "and", "or" or a list comma separates them and the next one's cue comes after it.
 */
import type { AmountT } from '../../record/facts/amounts.js';

const LIST_GAP = /^(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+|,[ \t]*(?:and|or)[ \t]+)$/;

/** The amounts, counts without a type given the type of the count they are listed with. */
export function shareCoordinatedTypes(text: string, amounts: readonly AmountT[]): AmountT[] {
  const out = [...amounts];
  for (let i = out.length - 2; i >= 0; i--) {
    const amount = out[i]!;
    const next = out[i + 1]!;
    if (amount.kind !== 'count' || amount.countType !== null || next.countType === null || next.countCue === null) continue;
    if (next.countCue.start < next.end) continue;
    const gap = text.slice(amount.object?.end ?? amount.end, next.start);
    if (LIST_GAP.test(gap)) out[i] = { ...amount, countType: next.countType, countCue: next.countCue };
  }
  return out;
}
