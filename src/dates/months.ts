/**
 * Month names as pages print them, in the languages whose news sites we see most. Mostly data:
 * the date readers and the byline splitter build their patterns from this table. Abbreviations are
 * listed without their dot; the readers accept an optional dot after any name.
 */

/** Month number (1-12) -> the names and abbreviations that mean it, all lower-case. */
const MONTHS_BY_NUMBER: readonly (readonly string[])[] = [
  // 1
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jänner', 'jän', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  // 2
  ['february', 'feb', 'febr', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari'],
  // 3
  ['march', 'mar', 'mars', 'märz', 'maerz', 'mär', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  // 4
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  // 5
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  // 6
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'giu', 'junho'],
  // 7
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'lug', 'julho'],
  // 8
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  // 9
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  // 10
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro'],
  // 11
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  // 12
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];

/** Lower-case month name -> month number (1-12). */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  MONTHS_BY_NUMBER.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

/** A regex alternation of every month name, longest first so that "sept" wins over "sep". */
export const MONTH_ALTERNATION: string = [...MONTH_NUMBER.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The month (1-12) a name or abbreviation means, in any letter case; null when it is not one. */
export function monthNumber(name: string | undefined): number | null {
  return MONTH_NUMBER.get((name ?? '').toLowerCase()) ?? null;
}
