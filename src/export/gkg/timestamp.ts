/**
 * GKG's YYYYMMDDHHMMSS timestamps, in UTC. A record's date says its own offset
 * ("2024-01-30T09:15:00+09:00"); a date without a time counts as its UTC midnight, and a date-time
 * without an offset as UTC, so the same record always gets the same stamp whatever the machine's
 * time zone.
 */

const HAS_TIME = /T\d/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/** The instant a record date names, or null when it cannot be read. */
export function parseRecordDate(value: string): Date | null {
  const iso = HAS_TIME.test(value) && !HAS_ZONE.test(value) ? `${value}Z` : value;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms);
}

export function gkgTimestamp(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return (
    String(date.getUTCFullYear()).padStart(4, '0') +
    two(date.getUTCMonth() + 1) +
    two(date.getUTCDate()) +
    two(date.getUTCHours()) +
    two(date.getUTCMinutes()) +
    two(date.getUTCSeconds())
  );
}

/** Whether a record date states a clock time (and so a precise publication instant). */
export function statesTime(value: string): boolean {
  return HAS_TIME.test(value);
}
