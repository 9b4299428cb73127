/**
 * Person mentions in the headline need evidence: even re-cased (src/nlp/truecase.ts), a headline is
 * where the tagger makes persons of ordinary words ("Putin Warns Japan"). A title person mention
 * stays when it writes a name found in the body or captions, or when the body writes each of its
 * words capitalised mid-sentence more often than not. Otherwise the names found elsewhere that it
 * contains are kept as mentions in its place ("Putin" out of "Putin Warns Japan"), typed as there.
 */
import type { CaseEvidence } from '../../nlp/truecase.js';
import { type MentionCandidate, nameKey } from './candidate.js';

const WORD = /[\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}]+)*/gu;

function capitalisedInBody(text: string, evidence: CaseEvidence): boolean {
  for (const m of text.matchAll(WORD)) {
    const seen = evidence.get(m[0].toLowerCase());
    if (seen === undefined || seen.capital === 0 || seen.capital < seen.lower) return false;
  }
  return true;
}

/** Names found elsewhere inside `mention`, as mentions of their own. */
export function knownNamesInside(mention: MentionCandidate, known: ReadonlyMap<string, MentionCandidate>): MentionCandidate[] {
  const words = [...mention.text.matchAll(WORD)].map((m) => ({ at: m.index, word: m[0] }));
  const out: MentionCandidate[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let j = words.length; j > i; j--) {
      const first = words[i] as { at: number; word: string };
      const last = words[j - 1] as { at: number; word: string };
      const start = mention.start + first.at;
      const end = mention.start + last.at + last.word.length;
      const text = mention.text.slice(first.at, last.at + last.word.length);
      const like = known.get(nameKey(text));
      if (like === undefined) continue;
      out.push({ ...mention, start, end, text, type: like.type });
      taken = j - i;
      break;
    }
    i += Math.max(1, taken);
  }
  return out;
}

/**
 * The title's mentions after the evidence check (`bodyEvidence`: how the body writes its words). `known` maps the normalised names found in the
 * other layers to one of their mentions.
 */
export function checkTitleMentions(title: readonly MentionCandidate[], bodyEvidence: () => CaseEvidence, known: ReadonlyMap<string, MentionCandidate>): MentionCandidate[] {
  if (!title.some((mention) => mention.type === 'person' && mention.form === 'name')) return [...title];
  const evidence = bodyEvidence();
  return title.flatMap((mention) => {
    if (mention.type !== 'person' || mention.form !== 'name') return [mention];
    if (known.has(nameKey(mention.text)) || capitalisedInBody(mention.text, evidence)) return [mention];
    return knownNamesInside(mention, known);
  });
}
