/**
 * Acronyms defined in brackets right after a name ("the Imperial Japanese Army (IJA)") and every
 * later (or earlier) use of them, in any layer: mentions of the named entity with form "acronym"
 * and rule "entities/acronym". The acronym is 2 to 8 capitals (digits and a plural "s" allowed)
 * whose first letter is the name's; a tagger mention on the same span gives way.
 */
import { type MentionCandidate, overlaps, ruleName } from './candidate.js';
import { escapeRegExp } from './lexicon.js';

export const ACRONYM_RULE = ruleName('acronym');
export const ACRONYM_CONFIDENCE = 0.9;

const BRACKETED = /^\s*\((\p{Lu}[\p{Lu}\d&]{1,7}s?)\)/u;

interface Definition {
  readonly acronym: string;
  readonly name: MentionCandidate;
}

function definitions(candidates: readonly MentionCandidate[], texts: ReadonlyMap<string, string>): Definition[] {
  const out: Definition[] = [];
  for (const name of candidates) {
    if (name.form !== 'name' || name.type === 'person' || !/\s/.test(name.text)) continue;
    const source = texts.get(name.layer) ?? '';
    const m = BRACKETED.exec(source.slice(name.end, name.end + 14));
    if (m === null) continue;
    const acronym = m[1] as string;
    if (acronym[0] !== name.text.replace(/^the\s+/i, '')[0]?.toUpperCase()) continue;
    if (!out.some((d) => d.acronym === acronym)) out.push({ acronym, name });
  }
  return out;
}

/**
 * The candidates with every use of a defined acronym as an acronym mention (replacing whatever
 * candidate covered that span).
 */
export function applyAcronyms(candidates: readonly MentionCandidate[], texts: ReadonlyMap<string, string>): MentionCandidate[] {
  const defined = definitions(candidates, texts);
  if (defined.length === 0) return [...candidates];
  const found: MentionCandidate[] = [];
  for (const { acronym, name } of defined) {
    const use = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const [layer, text] of texts) {
      for (const m of text.matchAll(use)) {
        found.push({ layer, start: m.index, end: m.index + acronym.length, text: acronym, type: name.type, form: 'acronym', rule: ACRONYM_RULE, confidence: ACRONYM_CONFIDENCE, refersTo: name.text });
      }
    }
  }
  return [...candidates.filter((c) => !found.some((a) => overlaps(a, c))), ...found];
}
