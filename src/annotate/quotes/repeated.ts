/**
 * Repeated quotations. Web pages set words of a quotation apart as a pull quote or a subheading
 * ("My fears have been realized" above the paragraph where Morrison says them), with no
 * attribution where they stand. Such a quotation takes the speaker of the attributed quotation
 * whose words hold it (case and punctuation aside), the nearest one when several do.
 */
import type { QuoteT } from '../../record/facts/quotes.js';

/** The fewest words a repeated quotation has: shorter ones ("No," "Thank you") recur by chance. */
const MIN_WORDS = 3;

/** Lower-case words without punctuation, one space apart: what two copies of a quotation share. */
function wordsKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function hasSpeaker(quote: QuoteT): boolean {
  return quote.speaker !== null && (quote.speaker.name !== null || quote.speaker.role !== null);
}

/** `quotes` (in text order) with each unattributed one that another attributed quotation repeats given that one's speaker. */
export function speakersOfRepeatedQuotes(quotes: readonly QuoteT[], rule: string): QuoteT[] {
  // Keys are worked out when first compared: most quotations have a speaker and are never read.
  const keys: (string | undefined)[] = new Array<string | undefined>(quotes.length);
  const keyOf = (k: number): string => (keys[k] ??= wordsKey((quotes[k] as QuoteT).text));
  return quotes.map((quote, i) => {
    if (quote.speaker !== null) return quote;
    const key = keyOf(i);
    if (key.split(' ').length < MIN_WORDS) return quote;
    let source: QuoteT | undefined;
    let distance = Infinity;
    for (let j = 0; j < quotes.length; j++) {
      const other = quotes[j] as QuoteT;
      if (j === i || !hasSpeaker(other) || Math.abs(j - i) >= distance || !` ${keyOf(j)} `.includes(` ${key} `)) continue;
      source = other;
      distance = Math.abs(j - i);
    }
    if (source === undefined || source.speaker === null) return quote;
    return { ...quote, rule, speaker: { ...source.speaker, mention: null, resolution: 'repeated' } };
  });
}
