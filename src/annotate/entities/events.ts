/**
 * Named events among the tagger's MISC mentions: a name the knowledge base files as an event, or a
 * name shaped like one: its last word (numerals aside) an event word ("Soviet-Japanese War", "World
 * War II", "Winter Olympics", "G20 Summit"), or its first word a leading event word ("Battle of
 * Kursk", "Operation Barbarossa", "Hurricane Katrina"). The words are in entity-words.json.
 */
import type { KnowledgeBase } from '../../kb/index.js';
import { EVENT_HEADS, EVENT_LEADS } from './lexicon.js';

/** Trailing parts that number an event rather than name it: "II", "2", "2024", "of 1812". */
const TRAILING_NUMBER = /^(?:[IVX]+|\d+|'\d\d)$/;

export function isNamedEvent(name: string, kb: KnowledgeBase): boolean {
  if (kb.lookup(name).some((candidate) => candidate.entry.type === 'event')) return true;
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  while (words.length > 1 && TRAILING_NUMBER.test(words[words.length - 1] as string)) words.pop();
  if (words.length < 2 && !/-/.test(name)) return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  const lastPart = last.split('-').pop() as string;
  if (EVENT_HEADS.has(last) || EVENT_HEADS.has(lastPart)) return true;
  return words.length >= 2 && EVENT_LEADS.has((words[0] as string).toLowerCase());
}

/** A name of two or more words led by an event word ("Hurricane Katrina", "Operation Barbarossa"). */
export function startsLikeEvent(name: string): boolean {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  return words.length >= 2 && EVENT_LEADS.has((words[0] as string).toLowerCase());
}
