/**
 * JSON Lines: each stored record on one line, exactly the line `extract` writes for it
 * (JSON.stringify of the record, which the store keeps whole).
 */
import type { ArticleRecord } from '../record/schema.js';
import type { TextWriter } from './text-writer.js';

export async function exportJsonl(records: Iterable<ArticleRecord>, out: TextWriter): Promise<number> {
  let count = 0;
  for (const record of records) {
    await out.write(JSON.stringify(record) + '\n');
    count += 1;
  }
  return count;
}
