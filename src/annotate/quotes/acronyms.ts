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

/** True when `short` is `full` written as an acronym: one organisation, named two ways. */
export function isAcronymOf(short: string, full: string): boolean {
  const acronym = acronymOf(short);
  return acronym !== null && spellsAcronym(acronym, full);
}
