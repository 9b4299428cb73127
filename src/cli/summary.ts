/**
 * Counts kept while a batch runs, and the one-paragraph summary printed on standard error.
 */

export interface BatchCounts {
  /** Input items seen: documents and reader errors, skipped ones included. */
  documents: number;
  /** Items that were documents (not reader errors), skipped ones included: "could anything be read?". */
  readable: number;
  records: number;
  /** Error lines written, by error code. */
  errors: Map<string, number>;
  /** Documents skipped because --resume found their id in the output. */
  skipped: number;
}

export function emptyCounts(): BatchCounts {
  return { documents: 0, readable: 0, records: 0, errors: new Map(), skipped: 0 };
}

export function countError(counts: BatchCounts, code: string): void {
  counts.errors.set(code, (counts.errors.get(code) ?? 0) + 1);
}

export function totalErrors(counts: BatchCounts): number {
  let total = 0;
  for (const n of counts.errors.values()) total += n;
  return total;
}

export function formatSummary(counts: BatchCounts, seconds: number): string {
  const processed = counts.records + totalErrors(counts);
  const rate = seconds > 0 ? processed / seconds : 0;
  const lines = [
    `documents: ${counts.documents}`,
    `records:   ${counts.records}`,
    `errors:    ${totalErrors(counts)}`,
  ];
  const codes = [...counts.errors.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [code, n] of codes) lines.push(`  ${code}: ${n}`);
  lines.push(`skipped:   ${counts.skipped} (already in the output)`);
  lines.push(`seconds:   ${seconds.toFixed(2)}`);
  lines.push(`pages/s:   ${rate.toFixed(1)}`);
  return lines.join('\n');
}
