/**
 * CSV: one folder, one RFC 4180 file per table (csv/tables.ts), UTF-8 with a header row even when
 * the corpus is empty. Rows are written as each record is read, so memory does not grow with the
 * number of articles.
 */
import type { ArticleRecord } from '../record/schema.js';
import { csvRow } from './csv/escape.js';
import { CSV_TABLES, type CsvTable } from './csv/tables.js';
import type { TextWriter } from './text-writer.js';

/** Where each table goes, by file name (CSV_TABLES' `file`). */
export type CsvOutputs = ReadonlyMap<string, TextWriter>;

function outputFor(outputs: CsvOutputs, table: CsvTable): TextWriter {
  const out = outputs.get(table.file);
  if (out === undefined) throw new Error(`no output for ${table.file}`);
  return out;
}

export async function exportCsv(records: Iterable<ArticleRecord>, outputs: CsvOutputs): Promise<number> {
  for (const table of CSV_TABLES) await outputFor(outputs, table).write(csvRow(table.header));
  let count = 0;
  for (const record of records) {
    for (const table of CSV_TABLES) {
      const out = outputFor(outputs, table);
      for (const row of table.rows(record)) await out.write(csvRow(row));
    }
    count += 1;
  }
  return count;
}
