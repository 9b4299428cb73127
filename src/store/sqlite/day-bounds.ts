/**
 * Inclusive bounds on a YYYY-MM-DD column given as day prefixes ("2025", "2025-02", "2025-02-12"):
 * a month or year upper bound includes all of it.
 */
import type { SqlClause } from './search-filters.js';

const AFTER_PREFIX = '~';

export function dayBounds(column: string, from: string | undefined, to: string | undefined): SqlClause[] {
  const clauses: SqlClause[] = [];
  if (from !== undefined) clauses.push({ sql: `${column} >= ?`, params: [from] });
  // "~" sorts after every digit and "-": "2025-02~" is above every day of February 2025, and the
  // comparison stays one an index can serve.
  if (to !== undefined) clauses.push({ sql: `${column} <= ?`, params: [`${to}${AFTER_PREFIX}`] });
  return clauses;
}
