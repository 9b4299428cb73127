/**
 * The tag set: BIO over the four CoNLL entity types. Tags are small integers everywhere inside the
 * tagger; strings appear only at the edges (training files, the model file, debugging).
 */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const OUTSIDE = 0;

const TAG_INDEX = new Map<string, number>(TAGS.map((tag, i) => [tag, i]));

export function tagIndex(tag: string): number {
  const index = TAG_INDEX.get(tag);
  if (index === undefined) throw new Error(`unknown tag ${tag}`);
  return index;
}

/** The entity type of a B- or I- tag, null for O. */
export function tagType(tag: number): EntityType | null {
  return tag === OUTSIDE ? null : (ENTITY_TYPES[(tag - 1) >> 1] ?? null);
}

export function isInside(tag: number): boolean {
  return tag !== OUTSIDE && (tag - 1) % 2 === 1;
}

/** Whether `tag` may follow `prev` in IOB2: an I-X only continues a B-X or I-X. */
export function allowedAfter(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev !== OUTSIDE && tagType(prev) === tagType(tag);
}
