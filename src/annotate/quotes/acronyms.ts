/**
 * Organisations written as acronyms ("the CDC", "the DEA") and the full names they stand for: the
 * quotes annotator gives an acronym speaker the full name the article introduced (speaker.ts), and
 * the quote scorer counts the two as one speaker (scripts/lib/quotes-score.ts).
 */

/** An acronym, alone or after "the" and one modifier: "CDC", "the Chinese CDC", "the DEA". */
const ACRONYM_NAME = /^(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}{2,6})$/u;

/** The acronym a name is written as ("the Chinese CDC" -> "CDC"), or null. */
export function acronymOf(name: string): string | null {
  return ACRONYM_NAME.exec(name.trim())?.[1] ?? null;
}

/**
 * True when `acronym` stands in the initials of `full`'s capitalised words, in order ("CDC" in
 * "Chinese Center for Disease Control and Prevention", "DEA" in "Drug Enforcement Administration").
 */
export function spellsAcronym(acronym: string, full: string): boolean {
  if (full.length <= acronym.length + 2) return false;
  const initials = full
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.includes(acronym);
}

/**
 * Like spellsAcronym, and also with the joining words' initials in the acronym: "DOH" for
 * "Department of Health", "DOJ" for "Department of Justice". The annotator reads names this way; the
 * scorer keeps spellsAcronym.
 */
export function spellsAcronymWithJoiners(acronym: string, full: string): boolean {
  if (spellsAcronym(acronym, full)) return true;
  if (full.length <= acronym.length + 2) return false;
  const initials = full
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) || JOINERS.has(w))
    .map((w) => (w[0] as string).toUpperCase())
    .join('');
  return initials.includes(acronym);
}
/** Joining words whose initials some acronyms keep ("Department of Health" -> "DOH"). */
const JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on']);

/** True when `short` is `full` written as an acronym: one organisation, named two ways. */
export function isAcronymOf(short: string, full: string): boolean {
  const acronym = acronymOf(short);
  return acronym !== null && spellsAcronym(acronym, full);
}
