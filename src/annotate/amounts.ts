/**
 * The amounts annotator: every number that counts something ("about 80,000 troops"), with its
 * value, bounds, counted object and GDELT-style count type, plus money (with its currency) and
 * percentages (with "%"). Finders propose numbers and units; refiners merge ranges, apply
 * approximators, drop what is not an amount (years, dates, times, ids, ...), then read the
 * counted object and the count type. Each text layer (the body, then the title, then the
 * captions) is read on its own. See docs/record.md (Facts).
 */
import type { AmountT } from '../record/facts/amounts.js';
import type { ArticleRecord } from '../record/schema.js';
import type { Annotator } from './annotator.js';
import { BODY_LAYER, textLayers } from './layers.js';
import { applyApproximator } from './amounts/approximators.js';
import type { Candidate, Reading } from './amounts/candidate.js';
import { shareCoordinatedTypes } from './amounts/coordination.js';
import { findCountType } from './amounts/count-types.js';
import { type CountedObject, findCountedObject } from './amounts/counted-object.js';
import { notAmountReason } from './amounts/not-amounts.js';
import { findNumbers } from './amounts/numbers.js';
import { mergeRanges } from './amounts/ranges.js';
import { readUnit } from './amounts/units.js';

export const AMOUNTS_ID = 'amounts';

/**
 * Numbers and their units. A short scale ("5m") without a currency is kept only before a counted
 * plural ("1.5m people"): otherwise it is a length ("a 5m wall", "the 100m").
 */
function readings(text: string): Reading[] {
  const out: Reading[] = [];
  for (const token of findNumbers(text)) {
    const unit = readUnit(text, token);
    const countsPlural = (): boolean => findCountedObject(text, token.end, { vague: false, singular: false }) !== null;
    if (token.shortScale && unit.kind !== 'money' && !countsPlural()) continue;
    out.push({ token, unit });
  }
  return out;
}

/** Candidates after the refiners: ranges merged, approximators applied, not-amounts dropped. */
function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let previousEnd = 0;
  for (const merged of mergeRanges(text, readings(text))) {
    const widened = applyApproximator(text, merged);
    const candidate = widened.start >= previousEnd ? widened : merged;
    if (notAmountReason(text, candidate) !== null) continue;
    out.push(candidate);
    previousEnd = candidate.end;
  }
  return out;
}

function objectOf(text: string, candidate: Candidate): CountedObject | null {
  if (candidate.kind !== 'count') return null;
  const singular = candidate.value === 1 && candidate.bound === 'exact';
  return findCountedObject(text, candidate.last.end, { vague: candidate.first.finder === 'vague', singular });
}

/**
 * Number words count something only when the text says what: "the two met" and "one of them said"
 * are not amounts; "two islands" and "two were injured" are. "one" always needs a count type
 * ("one soldier was killed"): "one day", "one option" are not counts.
 */
function keepsWordCount(candidate: Candidate, object: CountedObject | null, typed: boolean): boolean {
  if (candidate.kind !== 'count' || candidate.first.finder !== 'words' || candidate.first.scale > 1) return true;
  if (typed) return true;
  return object !== null && candidate.value !== 1;
}

/** All amounts in `text`, in order; `layer` names the string `text` is (the body by default). */
export function findAmounts(text: string, layer: string = BODY_LAYER): AmountT[] {
  const found = candidates(text);
  const amounts: AmountT[] = [];
  for (const [i, candidate] of found.entries()) {
    const object = objectOf(text, candidate);
    const cue =
      candidate.kind === 'count'
        ? findCountType(text, {
            start: candidate.start,
            end: candidate.end,
            object,
            previousEnd: found[i - 1]?.end ?? 0,
            nextStart: found[i + 1]?.start ?? text.length,
          })
        : null;
    if (!keepsWordCount(candidate, object, cue !== null)) continue;
    amounts.push({
      layer,
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      rule: `${AMOUNTS_ID}/${candidate.rule}`,
      kind: candidate.kind,
      value: candidate.value,
      min: candidate.min,
      max: candidate.max,
      approximate: candidate.bound !== 'exact',
      bound: candidate.bound,
      unit: candidate.unit,
      object,
      countType: cue?.type ?? null,
      countCue: cue ? { start: cue.start, end: cue.end, text: cue.text } : null,
    });
  }
  return shareCoordinatedTypes(text, amounts);
}

/**
 * The number words, approximators and cue words are English: other languages get no amounts rather
 * than noise (a recipe's "150 г"). An undetected language is given the benefit of the doubt.
 */
export function readsLanguage(language: string | null): boolean {
  return language === null || /^en(?:$|[-_])/i.test(language);
}

export const amountsAnnotator: Annotator = Object.freeze({
  id: AMOUNTS_ID,
  fields: ['amounts'] as const,
  run(record: Readonly<ArticleRecord>) {
    if (!readsLanguage(record.language)) return { amounts: [] };
    return { amounts: textLayers(record).flatMap((source) => findAmounts(source.text, source.layer)) };
  },
});
