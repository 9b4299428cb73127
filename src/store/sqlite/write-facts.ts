/** The normalized rows of one article: authors and one row per fact, each with its offsets. */
import type { ArticleRecord } from '../../record/schema.js';
import type { WriteStatements } from './statements.js';

export function writeFacts(statements: WriteStatements, key: number, record: ArticleRecord): void {
  record.authors.forEach((author, position) => statements.insertAuthor.run(key, position, author.name, author.from));
  for (const date of record.dates) {
    statements.insertDate.run(key, date.start, date.end, date.text, date.type, date.value, date.stated ? 1 : 0, date.rule);
  }
  for (const quote of record.quotes) {
    statements.insertQuote.run(key, quote.start, quote.end, quote.text, quote.speaker?.name ?? null, quote.speaker?.role ?? null, quote.verb?.lemma ?? null, quote.rule);
  }
  for (const amount of record.amounts) {
    statements.insertAmount.run(key, amount.start, amount.end, amount.text, amount.kind, amount.value, amount.unit, amount.countType, amount.rule);
  }
}
