/** The normalized rows of one article: authors, one row per fact (each with its layer and offsets), and its entities. */
import type { ArticleRecord } from '../../record/schema.js';
import type { WriteStatements } from './statements.js';
import { type ArticleStanding, writeEntities } from './write-entities.js';

/** The layer every fact indexed before facts named one (the body). */
const LEGACY_LAYER = 'text';

/**
 * A fact's layer column. Records written before the `layer` field existed (an older JSON Lines file
 * given to `ingest`) come without it, and all their facts index the body.
 */
function layerOf(fact: { readonly layer?: string }): string {
  return fact.layer ?? LEGACY_LAYER;
}

export function writeFacts(statements: WriteStatements, key: number, record: ArticleRecord, standing: ArticleStanding): void {
  record.authors.forEach((author, position) => statements.insertAuthor.run(key, position, author.name, author.from));
  for (const date of record.dates) {
    statements.insertDate.run(key, layerOf(date), date.start, date.end, date.text, date.type, date.value, date.stated ? 1 : 0, date.rule);
  }
  for (const quote of record.quotes) {
    const { speaker } = quote;
    // Records made before speakers were linked to entities have no `entity` field.
    const speakerEntity = speaker?.entity ?? null;
    statements.insertQuote.run(key, layerOf(quote), quote.start, quote.end, quote.text, speaker?.name ?? null, speaker?.role ?? null, quote.verb?.lemma ?? null, quote.rule, speakerEntity);
    statements.insertQuoteFts.run(quote.text, key, quote.start);
  }
  for (const amount of record.amounts) {
    statements.insertAmount.run(key, layerOf(amount), amount.start, amount.end, amount.text, amount.kind, amount.value, amount.unit, amount.countType, amount.rule);
  }
  // Records written before entities existed (an older JSON Lines file) come without the field.
  if (record.entities !== undefined) writeEntities(statements.entities, key, record, standing);
}
