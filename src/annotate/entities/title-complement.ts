/**
 * "Governor of Washington Chris Gregoire", "Governor of the Bank of England Mark Carney", "Mayor of
 * London Sadiq Khan": after a title and "of", the tagger often reads the title's place or
 * organisation and the person's name as one span. A tagged name right after "Title of (the)" whose
 * first words are a place or organisation the knowledge base knows, with at least two words after
 * them, is split into that place (or organisation) and a person.
 * - The split before a listed given name (data/models/person-names.txt) is preferred.
 * - A span the tagger typed as a person may also split without a given name, at the longest known
 *   prefix ("London" + "Sadiq Khan"); an organisation or place span needs the given name ("Bank of
 *   England" + "Mark Carney"), so that "Secretary of State Department Affairs" stays whole.
 * The two parts keep the tagger's rule and confidence: the span was the model's, the division the knowledge base's.
 */
import type { KnowledgeBase } from '../../kb/index.js';
import { isListedGivenName } from '../../nlp/tagger/person-names.js';
import type { MentionCandidate } from './candidate.js';
import { isTitleOrRoleWord } from './lexicon.js';
import { TITLE_OF_BEFORE } from '../../nlp/title-of.js';

/** Characters read before a mention for the title. */
const TITLE_WINDOW = 40;

function part(mention: MentionCandidate, source: string, start: number, end: number, type: MentionCandidate['type']): MentionCandidate {
  return { ...mention, start, end, text: source.slice(start, end), type };
}

/** The mention, or its place or organisation and its person when it is read as above. */
function split(mention: MentionCandidate, source: string, kb: KnowledgeBase): MentionCandidate[] {
  if (mention.form !== 'name' || mention.type === 'event') return [mention];
  const words = mention.text.split(' ');
  if (words.length < 3) return [mention];
  const title = TITLE_OF_BEFORE.exec(source.slice(Math.max(0, mention.start - TITLE_WINDOW), mention.start));
  if (title === null || !isTitleOrRoleWord(title[1] as string)) return [mention];
  let at = 0;
  let type: 'location' | 'organization' = 'location';
  let beforeGivenName = false;
  for (let k = 1; k <= words.length - 2; k++) {
    const entry = kb.lookup(words.slice(0, k).join(' '))[0]?.entry;
    if (entry === undefined || entry.type === 'event') continue;
    at = k;
    type = entry.type;
    beforeGivenName = isListedGivenName(words[k] as string);
    if (beforeGivenName) break;
  }
  if (at === 0 || (!beforeGivenName && mention.type !== 'person')) return [mention];
  const complementEnd = mention.start + words.slice(0, at).join(' ').length;
  return [part(mention, source, mention.start, complementEnd, type), part(mention, source, complementEnd + 1, mention.end, 'person')];
}

/**
 * "Governor of Marapao Province Teodoro | Baylon Madrigal": the tagger may end the title's place or
 * organisation with the person's given name and start the person after it. A place or organisation
 * right after "Title of" whose last word is a listed given name, with a person starting one space
 * after it, gives that word back to the person.
 */
function moveGivenName(mention: MentionCandidate, next: MentionCandidate | undefined, source: string): MentionCandidate[] | null {
  if (next === undefined || next.type !== 'person' || next.layer !== mention.layer || next.start !== mention.end + 1 || mention.form !== 'name') return null;
  if (mention.type !== 'location' && mention.type !== 'organization') return null;
  const lastSpace = mention.text.lastIndexOf(' ');
  if (lastSpace < 0) return null;
  const given = mention.text.slice(lastSpace + 1);
  if (!isListedGivenName(given)) return null;
  const title = TITLE_OF_BEFORE.exec(source.slice(Math.max(0, mention.start - TITLE_WINDOW), mention.start));
  if (title === null || !isTitleOrRoleWord(title[1] as string)) return null;
  const end = mention.start + lastSpace;
  return [part(mention, source, mention.start, end, mention.type), part(next, source, end + 1, next.end, 'person')];
}

/** The candidates with each title's place or organisation split off the name after it; `texts` gives each layer's string. */
export function splitTitleComplements(candidates: readonly MentionCandidate[], texts: ReadonlyMap<string, string>, kb: KnowledgeBase): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const mention = candidates[i] as MentionCandidate;
    const source = texts.get(mention.layer) ?? '';
    const moved = moveGivenName(mention, candidates[i + 1], source);
    if (moved !== null) {
      out.push(...moved);
      i++;
      continue;
    }
    out.push(...split(mention, source, kb));
  }
  return out;
}
