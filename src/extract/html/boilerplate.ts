/**
 * Collects what the extractor removes, so a record can say what was on the page besides the article
 * and which rule took it out. Long texts are cut, repeats are stored once, and the list is bounded.
 */
import type { BoilerplateKindT, BoilerplateT } from '../../record/schema.js';

/** Longest text stored for one removed piece (the record contract says 2,000). */
export const MAX_BOILERPLATE_CHARS = 2_000;
/** Most pieces stored per page: beyond that, removals still happen but are not listed one by one. */
export const MAX_BOILERPLATE_ITEMS = 200;

export class BoilerplateLog {
  readonly items: BoilerplateT[] = [];
  private readonly seen = new Set<string>();

  /** Whether the list is at its cap: callers can skip reading the text of what they remove. */
  get full(): boolean {
    return this.items.length >= MAX_BOILERPLATE_ITEMS;
  }

  add(kind: BoilerplateKindT, text: string, rule: string): void {
    const trimmed = text.trim();
    if (trimmed.length === 0 || this.items.length >= MAX_BOILERPLATE_ITEMS) return;
    const stored = trimmed.length > MAX_BOILERPLATE_CHARS ? trimmed.slice(0, MAX_BOILERPLATE_CHARS) : trimmed;
    const key = `${rule}\u0000${stored}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ kind, text: stored, rule });
  }

  /** Adds another log's entries, in order (with the same caps and de-duplication). */
  addAll(other: BoilerplateLog): void {
    for (const item of other.items) this.add(item.kind, item.text, item.rule);
  }
}
