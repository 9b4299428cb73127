/** The dates annotator's facts: temporal expressions in the record's text layers (body, title,
 * captions), normalized as TIMEX3 values. */
import { z } from 'zod';
import { spanFields } from './span.js';

export const DateAnchor = z
  .object({
    value: z.string().describe('The date the expression was resolved against (ISO 8601 or TIMEX3 value).'),
    from: z
      .enum(['published', 'latest-date', 'previous-mention'])
      .describe(
        'published: the publication date; latest-date: the most recent fully stated date in the text (when the article has no publication date); previous-mention: the date mentioned last before the expression ("the following day").',
      ),
  })
  .describe('What a relative expression was resolved against.');

export const DateFact = z
  .object({
    ...spanFields,
    type: z
      .enum(['DATE', 'TIME', 'DURATION', 'SET'])
      .describe('TIMEX3 type: DATE (a day, month, year, season, decade...), TIME (a clock time or part of a day), DURATION (a length of time), SET (a recurrence).'),
    value: z
      .string()
      .describe(
        'TIMEX3 value at the expression\'s own granularity: 2024-01-30, 2024-01, 2024, 2024-W05, 2024-SU, 2024-Q3, 194X (decade), 18 (19th century), 2024-01-30T09:15, 2024-01-30TMO; P8Y, PT3H, PXY for durations and sets; "start/end" for a range; X for parts that could not be resolved (XXXX-01-30).',
      ),
    range: z
      .object({
        start: z.string().describe('TIMEX3 value of the first end.'),
        end: z.string().describe('TIMEX3 value of the last end.'),
      })
      .nullable()
      .describe('For a range ("2015-16", "from 2019 to 2021"), its two ends; null otherwise.'),
    stated: z
      .boolean()
      .describe('True when every part of the value is printed in the expression; false when some part (a year, a month, a day) was inferred from an anchor or a convention.'),
    anchor: DateAnchor.nullable().describe('What the value was resolved against, or null when no anchor was needed (or none was available).'),
  })
  .describe('A temporal expression in the text.');

export type DateFactT = z.infer<typeof DateFact>;
export type DateAnchorT = z.infer<typeof DateAnchor>;
