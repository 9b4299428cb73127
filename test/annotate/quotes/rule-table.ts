/**
 * The table runner the attribution-rule tests share: each case names one quotation by its first
 * words and says which speaker it must get, which it must not, which rule it must (or, with a
 * leading "!", must not) carry, or that the quoted words are a term and no quotation at all.
 */
import { expect, it } from 'vitest';
import { entitiesAnnotator } from '../../../src/annotate/entities.js';
import { annotateQuotes, quotesAnnotator } from '../../../src/annotate/quotes.js';
import type { QuoteT, TermT } from '../../../src/record/facts/quotes.js';
import { bodyRecord } from '../body-record.js';

export interface RuleCase {
  why: string;
  text: string;
  /** The first words of the quotation checked. */
  quote: string;
  /** The speaker's name, else its role; undefined when only `not` is checked. */
  speaker?: string | null;
  /** A speaker that must not be given. */
  not?: string;
  /** The rule the quotation must (or, with a leading "!", must not) carry. */
  rule?: string;
  /** True when the quoted words must be a term, not a quotation. */
  term?: boolean;
}

type Annotate = (text: string) => { quotes: readonly QuoteT[]; terms: readonly TermT[] };

/** The entities annotator, then the quotes annotator reading its people and organisations, as in the pipeline. */
export function annotateWithEntities(text: string): { quotes: readonly QuoteT[]; terms: readonly TermT[] } {
  return bodyRecord(text, [entitiesAnnotator, quotesAnnotator]);
}

/** Runs each case through `annotate`: the quotes annotator alone by default. */
export function runTable(cases: readonly RuleCase[], annotate: Annotate = annotateQuotes): void {
  for (const c of cases) {
    it(c.why, () => {
      const { quotes, terms } = annotate(c.text);
      const quote = quotes.find((q) => q.text.startsWith(c.quote));
      if (c.term === true) {
        expect(quote).toBeUndefined();
        expect(terms.some((t) => t.text.startsWith(c.quote))).toBe(true);
        return;
      }
      if (quote === undefined) throw new Error(`no quotation starting "${c.quote}"`);
      const speaker = quote.speaker?.name ?? quote.speaker?.role ?? null;
      if (c.speaker !== undefined) expect(speaker).toBe(c.speaker);
      if (c.not !== undefined) expect(speaker).not.toBe(c.not);
      if (c.rule !== undefined) {
        if (c.rule.startsWith('!')) expect(quote.rule).not.toBe(c.rule.slice(1));
        else expect(quote.rule).toBe(c.rule);
      }
    });
  }
}
