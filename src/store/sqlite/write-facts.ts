/** The normalized rows of one article: authors and one row per fact, each with its layer and offsets. */
import type { ArticleRecord } from '../../record/schema.js';
import type { WriteStatements } from './statements.js';

/** The layer every fact indexed before facts named one (the body). */
const LEGACY_LAYER = 'text';

/**
 * A fact's layer column. Records written before the `layer` field existed (an older JSON Lines file
 * given to `ingest`) come without it, and all their facts index the body.
 */
function layerOf(fact: { readonly layer?: string }): string {
  return fact.layer ?? LEGACY_LAYER;
}

export function writeFacts(statements: WriteStatements, key: number, record: ArticleRecord): void {
  record.authors.forEach((author, position) => statements.insertAuthor.run(key, position, author.name, author.from));
  for (const date of record.dates) {
    statements.insertDate.run(key, layerOf(date), date.start, date.end, date.text, date.type, date.value, date.stated ? 1 : 0, date.rule);
  }
  for (const quote of record.quotes) {
    const { speaker } = quote;
    statements.insertQuote.run(key, layerOf(quote), quote.start, quote.end, quote.text, speaker?.name ?? null, speaker?.role ?? null, quote.verb?.lemma ?? null, quote.rule);
  }
  for (const amount of record.amounts) {
    statements.insertAmount.run(key, layerOf(amount), amount.start, amount.end, amount.text, amount.kind, amount.value, amount.unit, amount.countType, amount.rule);
  }
}
