import { z } from 'zod';

/**
 * The fields every fact carries: where it is (half-open offsets into the record's `text`), the text
 * it covers (so a reader can check it), and the annotator rule that produced it.
 */
export const spanFields = {
  start: z.number().int().nonnegative().describe('Offset of the first character in `text`.'),
  end: z.number().int().nonnegative().describe('Offset one past the last character in `text`.'),
  text: z.string().describe('The covered text, equal to `text.slice(start, end)`.'),
  rule: z.string().describe('The annotator and rule that produced the fact, e.g. "dates/chrono" or "quotes/said-after".'),
};
