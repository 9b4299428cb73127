/** PLACEHOLDER: the quotes annotator's engineer defines the real fields. */
import { z } from 'zod';
import { spanFields } from './span.js';

export const Quote = z.object({ ...spanFields }).describe('A direct quotation with its speaker.');
export const Term = z.object({ ...spanFields }).describe('Quoted words that are not a quotation: a name, a term, a scare quote, a title.');
export type QuoteT = z.infer<typeof Quote>;
export type TermT = z.infer<typeof Term>;
