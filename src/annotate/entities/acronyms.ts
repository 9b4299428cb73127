/**
 * Acronyms defined in brackets right after a name ("the Imperial Japanese Army (IJA)") and every
 * later (or earlier) use of them, in any layer: mentions of the named entity with form "acronym"
 * and rule "entities/acronym". The acronym is 2 to 8 capitals (digits and a plural "s" allowed)
 * whose first letter is the name's; a tagger mention on the same span gives way.
 *
 * An acronym never defined in brackets joins an organisation's name written in the same article
 * when its letters are the initials of the name's words, or a run of three or more of them ("the
 * Chinese Center for Disease Control and Prevention" ... "The CDC"): news often drops the brackets.
 */
import { type MentionCandidate, overlaps, ruleName } from './candidate.js';
import { escapeRegExp } from './lexicon.js';

export const ACRONYM_RULE = ruleName('acronym');
export const ACRONYM_CONFIDENCE = 0.9;
/** The rule of an acronym read from a name's initials, with no brackets: it is never looked up in the knowledge base (the name is). */
export const INITIALS_RULE = ruleName('acronym-initials');

const BRACKETED = /^\s*\((\p{Lu}[\p{Lu}\d&]{1,7}s?)\)/u;

interface Definition {
  readonly acronym: string;
  readonly name: MentionCandidate;
  readonly rule: string;
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
    if (!out.some((d) => d.acronym === acronym)) out.push({ acronym, name, rule: ACRONYM_RULE });
  }
  return out;
}

/** Words that take no initial in an acronym. */
const NO_INITIAL = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le', '&', 'at', 'by']);
/** An acronym shape: three to six capitals. */
const ACRONYM_SHAPE = /^\p{Lu}{3,6}$/u;

function initialsOf(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !NO_INITIAL.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Acronyms used without brackets whose letters are (a run of) the initials of an organisation named in the article. */
function inferredDefinitions(candidates: readonly MentionCandidate[], defined: readonly Definition[]): Definition[] {
  const names = candidates.filter((c) => c.form === 'name' && c.type === 'organization' && /\s/.test(c.text));
  if (names.length === 0) return [];
  const out: Definition[] = [];
  for (const c of candidates) {
    if (!ACRONYM_SHAPE.test(c.text) || defined.some((d) => d.acronym === c.text) || out.some((d) => d.acronym === c.text)) continue;
    const matches = names.filter((n) => {
      const initials = initialsOf(n.text);
      return initials.length > c.text.length ? initials.includes(c.text) : initials === c.text;
    });
    // One organisation only: two that share the letters leave the acronym as the tagger read it.
    const distinct = new Set(matches.map((n) => n.text));
    if (distinct.size === 1) out.push({ acronym: c.text, name: matches[0] as MentionCandidate, rule: INITIALS_RULE });
  }
  return out;
}

/**
 * The candidates with every use of a defined acronym as an acronym mention (replacing whatever
 * candidate covered that span).
 */
export function applyAcronyms(candidates: readonly MentionCandidate[], texts: ReadonlyMap<string, string>): MentionCandidate[] {
  const bracketed = definitions(candidates, texts);
  const defined = [...bracketed, ...inferredDefinitions(candidates, bracketed)];
  if (defined.length === 0) return [...candidates];
  const found: MentionCandidate[] = [];
  for (const { acronym, name, rule } of defined) {
    const use = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const [layer, text] of texts) {
      for (const m of text.matchAll(use)) {
        found.push({ layer, start: m.index, end: m.index + acronym.length, text: acronym, type: name.type, form: 'acronym', rule, confidence: ACRONYM_CONFIDENCE, refersTo: name.text });
      }
    }
  }
  return [...candidates.filter((c) => !found.some((a) => overlaps(a, c))), ...found];
}
