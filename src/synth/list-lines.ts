/** The meaningful lines of a data/synth/ list: no blank lines, no `#` comments. */
export function listLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}
