/**
 * The lower-case particles that sit inside people's names ("von der Leyen", "de Gaulle", "bin
 * Salman"): data/lexicons/name-particles.txt, read once. One list for every stage that reads names
 * (the byline and bio shapes of the extractor, the quotes annotator's names and speakers).
 */
import { escapeRegExp, readLexicon } from './lexicons.js';

export const NAME_PARTICLES: ReadonlySet<string> = new Set(readLexicon('name-particles.txt'));

/** The particles as a regular-expression alternation, longest first: `(?:della|von|...)`. */
export const NAME_PARTICLE_ALTERNATION = `(?:${[...NAME_PARTICLES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;

/** Generational suffixes written after a surname ("Jr.", "III"), lower case without the dot. */
const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** True when `word` ("Jr.", "jr", "III") is a generational suffix, not a surname. */
export function isGenerationalSuffix(word: string): boolean {
  return GENERATIONAL_SUFFIXES.has(word.toLowerCase().replace(/\.$/, ''));
}

/** A person's surname: the last word of the name, or the one before a generational suffix ("Carlineo" of "Patrick W. Carlineo Jr."). */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  const last = words[words.length - 1] ?? '';
  return words.length > 2 && isGenerationalSuffix(last) ? (words[words.length - 2] as string) : last;
}
