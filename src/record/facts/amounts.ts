/**
 * Amounts: numbers in the record's text layers (body, title, captions) that count something
 * ("about 80,000 troops"), money with its currency and percentages. Dates, years, times, ordinals,
 * ids, phone numbers and scores are not amounts and never appear here.
 */
import { z } from 'zod';
import { nestedSpan, spanFields } from './span.js';

/**
 * Count types in GDELT's manner. The first ten are the COUNTS types of the GDELT GKG 2.1 codebook;
 * TROOPS is newsgraph's own (armed forces counted in the text are not a GKG type).
 */
export const COUNT_TYPES = [
  'KILL',
  'WOUND',
  'ARREST',
  'KIDNAP',
  'DISPLACED',
  'EVACUATE',
  'AFFECT',
  'PROTEST',
  'SEIZE',
  'SICKENED',
  'TROOPS',
] as const;
export const CountType = z.enum(COUNT_TYPES);
export type CountTypeT = z.infer<typeof CountType>;

export const AmountKind = z
  .enum(['count', 'money', 'percent'])
  .describe('"count": a number of things; "money": a sum with its currency in `unit`; "percent": a share in `unit` "%", "pp" or "bp".');

export const AmountBound = z
  .enum(['exact', 'about', 'at-least', 'more-than', 'at-most', 'less-than', 'range'])
  .describe(
    'How the text bounds the number: "exact" (a bare number), "about" (about, approximately, some, nearly...), ' +
      '"at-least", "more-than" (more than, over), "at-most" (up to, as many as), "less-than" (fewer than, under), ' +
      '"range" (between A and B, A to B, A-B).',
  );

export const Amount = z
  .object({
    ...spanFields,
    kind: AmountKind,
    value: z
      .number()
      .describe('The number as stated ("1.5 million" = 1500000, "a dozen" = 12, "hundreds of" = 100); for a range, its lower end.'),
    min: z.number().nullable().describe('The lower bound the text gives (a range, "at least", "more than", "hundreds of"), else null.'),
    max: z.number().nullable().describe('The upper bound the text gives (a range, "up to", "fewer than"), else null.'),
    approximate: z
      .boolean()
      .describe('True when the text does not give an exact figure: an approximator ("about", "more than"), a range or a vague quantity ("hundreds of").'),
    bound: AmountBound,
    unit: z.string().nullable().describe('For money the ISO 4217 currency ("USD", "EUR", "GBP", ...), for percent "%", "pp" (percentage points) or "bp" (basis points); null for counts.'),
    object: nestedSpan('amount', 'counted object').nullable().describe('The counted noun phrase as printed after the number ("Japanese civilians"), null when none is printed.'),
    countType: CountType.nullable().describe(
      'What kind of count, in GDELT GKG 2.1 COUNTS manner (KILL, WOUND, ARREST, KIDNAP, DISPLACED, EVACUATE, AFFECT, PROTEST, SEIZE, SICKENED) or TROOPS (newsgraph\'s own); null when no cue word says it.',
    ),
    countCue: nestedSpan('amount', 'cue word').nullable().describe('The word that decided `countType` ("expelled", "troops"), null when `countType` is null.'),
  })
  .describe('A number that counts something, a sum of money or a percentage.');
export type AmountT = z.infer<typeof Amount>;
