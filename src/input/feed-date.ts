/**
 * Feed dates -> ISO 8601. RSS 2.0 items use RFC 822 ("Tue, 30 Jan 2024 09:15:00 +0900"); Atom and
 * Dublin Core use W3C dates ("2024-01-30T09:15:00+09:00"). The feed policy lives here: only a value
 * that is wholly one of these two is read (anything else becomes a feed/unreadable-date warning
 * rather than a guess). The grammars themselves, and how they write offsets, are in src/dates/.
 */
import { parseRfc822Date, parseW3cDate } from '../dates/index.js';

/** The date as ISO 8601 (a date, or a date-time with offset), or null when it cannot be read. */
export function normalizeFeedDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  return parseW3cDate(text) ?? parseRfc822Date(text);
}
