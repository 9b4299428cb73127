/**
 * Repeats of a person's name that the tagger left out ("Renvall’s critics" after "Mayor Tobias
 * Renvall"): every untagged, capitalised occurrence of a full name or a surname of a person the
 * tagger found, as a person mention (rule "entities/name-repeat"). One pass over the capitalised
 * words of each layer; a word opens a name when the text goes on with the rest of it.
 */
import { capitalisedWordScan } from './capitalised-words.js';
import { type MentionCandidate, coverage, covered, ruleName } from './candidate.js';

export const REPEAT_RULE = ruleName('name-repeat');
export const REPEAT_CONFIDENCE = 0.7;

/** Capitalised words, a hyphen ending them. */
const capitalisedWords = capitalisedWordScan(false);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Names by their first word, longest first. */
function namesByFirstWord(candidates: readonly MentionCandidate[]): Map<string, string[]> {
  const names = new Set<string>();
  for (const mention of candidates) {
    if (mention.type !== 'person' || mention.form !== 'name' || !/^\p{Lu}/u.test(mention.text)) continue;
    names.add(mention.text);
    const words = mention.text.split(/\s+/);
    const last = words[words.length - 1] as string;
    if (words.length > 1 && last.length > 2 && /^\p{Lu}\p{Ll}/u.test(last)) names.add(last);
  }
  const byFirst = new Map<string, string[]>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const first = name.split(/\s+/)[0] as string;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [name]);
    else list.push(name);
  }
  return byFirst;
}

export function findNameRepeats(candidates: readonly MentionCandidate[], texts: ReadonlyMap<string, string>): MentionCandidate[] {
  const byFirst = namesByFirstWord(candidates);
  if (byFirst.size === 0) return [];
  const out: MentionCandidate[] = [];
  for (const [layer, text] of texts) {
    let mask: Uint8Array | null = null;
    capitalisedWords(text, (start, word) => {
      const names = byFirst.get(word);
      if (names === undefined || (start > 0 && /[\p{L}\p{N}-]/u.test(text[start - 1] as string))) return;
      const name = names.find((n) => text.startsWith(n, start) && !LETTER_OR_DIGIT.test(text[start + n.length] ?? ' '));
      if (name === undefined) return;
      mask ??= coverage(candidates, layer, text.length);
      if (covered(mask, start, start + name.length)) return;
      out.push({ layer, start, end: start + name.length, text: name, type: 'person', form: 'name', rule: REPEAT_RULE, confidence: REPEAT_CONFIDENCE });
    });
  }
  return out;
}
