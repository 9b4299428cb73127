/** PLACEHOLDER: the dates annotator's engineer defines the real fields. */
import { z } from 'zod';
import { spanFields } from './span.js';

export const DateFact = z.object({ ...spanFields }).describe('A temporal expression in the text.');
export type DateFactT = z.infer<typeof DateFact>;
