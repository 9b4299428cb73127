/** GDELT GKG 2.1: one tab-separated line of 27 fields per record, in storage order (gkg/row.ts). */
import type { ArticleRecord } from '../record/schema.js';
import { gkgLine } from './gkg/row.js';
import type { TextWriter } from './text-writer.js';

export async function exportGkg(records: Iterable<ArticleRecord>, out: TextWriter): Promise<number> {
  let sequence = 0;
  for (const record of records) {
    sequence += 1;
    await out.write(gkgLine(record, sequence));
  }
  return sequence;
}
