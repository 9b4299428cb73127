/**
 * Two ways an article names one entity that the tagger reads apart, settled on the candidates:
 *
 * - a name cut short by a lower-case continuation: "the so-called ‘Northern territories’" after
 *   "the Northern Territories". A one-word mention followed by the word that, case aside, completes
 *   another multi-word mention of the article is widened to cover it, so it joins that entity
 *   (`widenToKnownNames`);
 * - a renamed organisation: "X (formerly Twitter)", "Meta, formerly Facebook", "Alphabet (previously
 *   known as Google)". The new name is recorded as standing for the old one (`refersTo`), so the two
 *   group as one entity, linked as the knowledge base knows the old name (`linkRenames`).
 */
import { type MentionCandidate, nameKey } from './candidate.js';

/** A lower-case word right after a mention: " territories". */
const NEXT_WORD = /^ (\p{Ll}[\p{L}-]*)/u;

export function widenToKnownNames(candidates: readonly MentionCandidate[], texts: ReadonlyMap<string, string>): MentionCandidate[] {
  const multiWord = new Map<string, MentionCandidate>();
  for (const c of candidates) if (c.form === 'name' && /\s/.test(c.text)) multiWord.set(c.text.toLowerCase(), c);
  if (multiWord.size === 0) return [...candidates];
  return candidates.map((c) => {
    if (c.form !== 'name' || /\s/.test(c.text)) return c;
    const text = texts.get(c.layer);
    const next = text === undefined ? null : NEXT_WORD.exec(text.slice(c.end, c.end + 40));
    if (next === null) return c;
    const known = multiWord.get(`${c.text} ${next[1] as string}`.toLowerCase());
    if (known === undefined || known.type === 'person') return c;
    const end = c.end + (next[0] as string).length;
    return { ...c, end, text: (text as string).slice(c.start, end), type: known.type, refersTo: known.text };
  });
}

/** "X (formerly Twitter)", "Meta, formerly Facebook,", "(previously known as ...)". */
const RENAMED = /^\s*(?:\(|,)\s*(?:formerly|previously|once)(?:\s+(?:known|called)(?:\s+as)?)?\s+$/i;

export function linkRenames(candidates: readonly MentionCandidate[], texts: ReadonlyMap<string, string>): MentionCandidate[] {
  const out = [...candidates];
  for (let i = 0; i + 1 < out.length; i++) {
    const now = out[i] as MentionCandidate;
    const then = out[i + 1] as MentionCandidate;
    if (now.layer !== then.layer || now.type !== 'organization' || then.type !== 'organization' || now.form !== 'name') continue;
    const between = texts.get(now.layer)?.slice(now.end, then.start);
    if (between === undefined || !RENAMED.test(between) || nameKey(now.text) === nameKey(then.text)) continue;
    out[i] = { ...now, refersTo: then.text };
  }
  return out;
}
