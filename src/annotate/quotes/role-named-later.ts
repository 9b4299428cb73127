/**
 * A speaker known only by a role at the attribution, named with that role later in the article:
 * "China's ambassador to Britain accused the UK ... “will not sit on our hands” ..." and, further
 * down, "China's ambassador to Britain Liu Xiaming has said ...". Ledes often give the role first
 * and the name in a later paragraph; the quotation then gets the name (resolution "role").
 *
 * Only a role phrase that is no anonymous person's ("a", "one", "another" ...) and is written again,
 * word for word, right before a name the article knows as a person's counts.
 */
import type { QuoteT } from '../../record/facts/quotes.js';
import type { PeopleIndex } from './people.js';

/** An anonymous person's role: someone never named. */
const INDEFINITE = /^(?:a|an|one|another|some)\s/i;
/**
 * A name of two or three capitalised words after the role, which may carry a place or organisation
 * of its own first ("China's ambassador" ... "China's ambassador to Britain Liu Xiaming").
 */
const NAME_AFTER = /^(?:[ \t]+(?:to|of|for|at|in)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?)?[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){1,2})/u;

/** A role specific enough to name one person later: a possessor or a capitalised word in it, or three words ("the minister" is too common). */
function isSpecific(role: string): boolean {
  const words = role.split(/\s+/);
  return words.length >= 3 || (words.length === 2 && /['’]s$|^\p{Lu}/u.test(words[0] as string) && !/^(?:The|A|An)$/.test(words[0] as string));
}

/** Apostrophes written either way compare equal. */
function folded(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/**
 * `known` are the person mentions the entities annotator found: a name counts when the quotes'
 * people index knows it, or when one of them covers it exactly ("Liu Xiaming" inside the run
 * "Britain Liu Xiaming").
 */
export function nameRolesLater(quotes: readonly QuoteT[], masked: string, people: PeopleIndex, known: readonly { start: number; end: number }[] = []): QuoteT[] {
  let lowered: string | null = null;
  return quotes.map((quote) => {
    const speaker = quote.speaker;
    const role = speaker?.role;
    if (speaker !== null && speaker.name === null && role !== null && role !== undefined && INDEFINITE.test(role)) {
      const named = ledeRoleNamedNext(quote, role, masked, people);
      return named === null ? quote : { ...quote, speaker: { ...speaker, name: named, resolution: 'role' } };
    }
    if (speaker === null || speaker.name !== null || role === null || role === undefined || INDEFINITE.test(role) || !isSpecific(role)) return quote;
    lowered ??= folded(masked);
    const wanted = folded(role);
    for (let at = lowered.indexOf(wanted, quote.end); at >= 0; at = lowered.indexOf(wanted, at + 1)) {
      const m = NAME_AFTER.exec(masked.slice(at + wanted.length, at + wanted.length + 90));
      const name = m?.[1];
      if (m === null || name === undefined) continue;
      const start = at + wanted.length + m[0].length - name.length;
      if (people.byName.has(name) || known.some((k) => k.start === start && k.end === start + name.length)) return { ...quote, speaker: { ...speaker, name, resolution: 'role' } };
    }
    return quote;
  });
}

/** The longest headline line above a lede (a line with no final stop). */
const MAX_HEADLINE = 200;
/** How far into the next paragraph its subject may stand, in characters. */
const NEXT_SUBJECT_REACH = 120;
/** An official's role in a lede: "A top regional Federal Reserve official", "A senior State Department official". */
const LEDE_OFFICIAL = /^(?:a|an)\s+(?:[\p{L}-]+\s+){0,6}(?:official|executive|economist|policymaker|diplomat|minister|lawmaker|adviser|advisor)$/iu;

/**
 * "A top regional Federal Reserve official sharply criticized ... as a “dangerous gamble.”" in the
 * lede, then "Federal Reserve Bank of Kansas City President Thomas M. Hoenig, ..., said" opening the
 * next paragraph: wire copy names the lede's official in the paragraph after. The person who opens
 * that paragraph, named in full, is the official, when the article names them three times or more.
 */
function ledeRoleNamedNext(quote: QuoteT, role: string, masked: string, people: PeopleIndex): string | null {
  if (!LEDE_OFFICIAL.test(role.trim())) return null;
  // The lede: the first paragraph, or the first after a headline line.
  const before = masked.lastIndexOf('\n\n', quote.start);
  if (before >= 0 && (masked.slice(0, before).includes('\n\n') || before > MAX_HEADLINE || /[.!?]["”’']?\s*$/.test(masked.slice(0, before)))) return null;
  const breakAt = masked.indexOf('\n\n', quote.end);
  if (breakAt < 0) return null;
  const next = breakAt + 2;
  const opener = people.mentions.find((m) => m.start >= next && m.start < next + NEXT_SUBJECT_REACH && masked.slice(m.start, m.end).includes(' '));
  if (opener === undefined) return null;
  const quotedAgain = people.mentions.filter((m) => m.name === opener.name).length >= 3;
  return quotedAgain ? opener.name : null;
}
