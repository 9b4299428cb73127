/**
 * The knowledge base's public face: `loadKnowledgeBase()` reads data/kb/kb.json once per process
 * and hands back the same instance afterwards; `lookup`, `lookupDemonym` and `byId` go through it.
 */
import type { KbEntry } from './entry.js';
import { type Candidate, type KnowledgeBase, readKnowledgeBase } from './knowledge-base.js';
import { defaultKbPath } from './paths.js';

export type { Candidate, KnowledgeBase } from './knowledge-base.js';
export { createKnowledgeBase, readKnowledgeBase } from './knowledge-base.js';
export type { DisputeParty, EventEntry, KbEntry, OrganizationEntry, PlaceEntry } from './entry.js';
export { entrySource } from './entry.js';
export { normalizeName } from './normalize.js';

let loaded: KnowledgeBase | null = null;

export function loadKnowledgeBase(): KnowledgeBase {
  loaded ??= readKnowledgeBase(defaultKbPath());
  return loaded;
}

export function lookup(name: string): Candidate[] {
  return loadKnowledgeBase().lookup(name);
}

export function lookupDemonym(word: string): Candidate[] {
  return loadKnowledgeBase().lookupDemonym(word);
}

export function byId(id: string): KbEntry | undefined {
  return loadKnowledgeBase().byId(id);
}
