/**
 * The lower-case particles that sit inside people's names ("von der Leyen", "de Gaulle", "bin
 * Salman"): data/lexicons/name-particles.txt, read once. One list for every stage that reads names
 * (the byline and bio shapes of the extractor, the quotes annotator's names and speakers).
 */
import { escapeRegExp, readLexicon } from './lexicons.js';

export const NAME_PARTICLES: ReadonlySet<string> = new Set(readLexicon('name-particles.txt'));

/** The particles as a regular-expression alternation, longest first: `(?:della|von|...)`. */
export const NAME_PARTICLE_ALTERNATION = `(?:${[...NAME_PARTICLES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
