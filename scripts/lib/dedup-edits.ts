/**
 * Edited copies of an article, the way news gets copied: a wire story republished with a sentence
 * reworded, an update with a paragraph added, a new byline and dateline, the end trimmed to fit, a
 * house-style pass over scattered words. And the near-misses that must not count as copies: a
 * different story that reuses one paragraph of another.
 *
 * Deterministic: a seeded generator picks what to edit, so the figures repeat run after run.
 */

/** A small linear congruential generator (Numerical Recipes constants): enough to pick edits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

export type EditKind = 'sentence-changed' | 'paragraph-added' | 'byline-changed' | 'wire-trim' | 'style-edits' | 'combined';
export const EDIT_KINDS: readonly EditKind[] = ['sentence-changed', 'paragraph-added', 'byline-changed', 'wire-trim', 'style-edits', 'combined'];

/** Share of paragraphs a trimmed wire copy keeps. */
const TRIM_KEEP = 0.6;
/** One word in this many is changed by a house-style pass. */
const STYLE_EDIT_EVERY = 30;
/** Replacement words for a reworded sentence or a style edit: ordinary words, not from the text. */
const FILLER = ['also', 'reportedly', 'recently', 'officials', 'nearby', 'several', 'further', 'local', 'regional', 'however'];

function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One sentence in the middle rewritten: half its words replaced. */
function changeSentence(text: string, random: () => number): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  if (sentences.length < 3) return text + ' ' + pick(FILLER, random);
  const at = 1 + Math.floor(random() * (sentences.length - 2));
  const words = (sentences[at] ?? '').split(' ');
  sentences[at] = words.map((word, i) => (i % 2 === 1 ? pick(FILLER, random) : word)).join(' ');
  return sentences.join(' ');
}

function addParagraph(text: string, donor: string, random: () => number): string {
  const paragraphs = paragraphsOf(text);
  const at = Math.floor(random() * (paragraphs.length + 1));
  paragraphs.splice(at, 0, pick(paragraphsOf(donor), random));
  return paragraphs.join('\n\n');
}

function changeByline(text: string, random: () => number): string {
  const names = ['By Mere Vakaloloma', 'By Sione Havili, Staff Writer', 'By Aiko Tanaka in Osaka', 'From our correspondent'];
  return `${pick(names, random)}\n\nLAUTOKA, ${pick(['Monday', 'Friday', 'Sunday'], random)} —\n\n${text}`;
}

function trimWire(text: string): string {
  const paragraphs = paragraphsOf(text);
  return paragraphs.slice(0, Math.max(1, Math.ceil(paragraphs.length * TRIM_KEEP))).join('\n\n');
}

function styleEdits(text: string, random: () => number): string {
  return text
    .split(' ')
    .map((word, i) => (i % STYLE_EDIT_EVERY === STYLE_EDIT_EVERY - 1 ? pick(FILLER, random) : word))
    .join(' ');
}

/** An edited copy of `text`; `donor` is another article, the source of added paragraphs. */
export function editCopy(kind: EditKind, text: string, donor: string, random: () => number): string {
  switch (kind) {
    case 'sentence-changed':
      return changeSentence(text, random);
    case 'paragraph-added':
      return addParagraph(text, donor, random);
    case 'byline-changed':
      return changeByline(text, random);
    case 'wire-trim':
      return trimWire(text);
    case 'style-edits':
      return styleEdits(text, random);
    case 'combined':
      return changeByline(trimWire(styleEdits(changeSentence(text, random), random)), random);
  }
}

/** A different story that quotes one paragraph of `borrowed`: related, not a copy. */
export function borrowParagraph(text: string, borrowed: string, random: () => number): string {
  return addParagraph(text, borrowed, random);
}
