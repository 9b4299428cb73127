import { z } from 'zod';

/**
 * The fields every fact carries: which text layer it is in, where it is there (half-open offsets
 * into that layer's string), the text it covers (so a reader can check it), and the annotator rule
 * that produced it.
 */
export const spanFields = {
  layer: z
    .string()
    .describe(
      'The string the offsets index, as a path into the record without the leading slash: "text" (the body), "title", or "media/<i>/caption" (the caption of media item i, from 0).',
    ),
  start: z.number().int().nonnegative().describe('Offset of the first character in the fact\'s layer.'),
  end: z.number().int().nonnegative().describe('Offset one past the last character in the fact\'s layer.'),
  text: z.string().describe('The covered text, equal to `.slice(start, end)` of the layer\'s string (`text.slice(start, end)` for the body).'),
  rule: z.string().describe('The annotator and rule that produced the fact, e.g. "dates/chrono" or "quotes/said-after".'),
};

/**
 * A stretch nested inside a fact (an amount's counted object, a quote's verb): its offsets index
 * the same layer as the fact that holds it. `owner` and `what` only word the descriptions.
 */
export function nestedSpan(owner: string, what: string) {
  return z.object({
    start: z.number().int().nonnegative().describe(`Offset of the first character of the ${what} in the ${owner}'s layer.`),
    end: z.number().int().nonnegative().describe(`Offset one past the last character of the ${what} in the ${owner}'s layer.`),
    text: z.string().describe(`The ${what} as written, equal to \`.slice(start, end)\` of the ${owner}'s layer.`),
  });
}
