/** PLACEHOLDER: the amounts annotator's engineer defines the real fields. */
import { z } from 'zod';
import { spanFields } from './span.js';

export const Amount = z.object({ ...spanFields }).describe('A number that counts something.');
export type AmountT = z.infer<typeof Amount>;
