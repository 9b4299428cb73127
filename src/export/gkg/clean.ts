/**
 * Keeping text inside its GKG field. A tab or a line break would split the line itself, so every
 * field loses them (and other control characters); the characters that delimit items and sub-fields
 * of a field (";", "#", ",", "|") are replaced inside the values placed between them.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a GKG field
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/** The value with every tab, line break and control character turned into a space. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, ' ');
}

/** A value placed between `delimiters` (e.g. ";#"): those characters become spaces too, runs of spaces one. */
export function itemValue(text: string, delimiters: string): string {
  let out = oneLine(text);
  for (const char of delimiters) out = out.split(char).join(' ');
  return out.replace(/ {2,}/g, ' ').trim();
}
