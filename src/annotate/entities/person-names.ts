/**
 * Person spans cleaned up before grouping:
 * - titles and honorifics the tagger took into a name are left out of it ("President Vladimir
 *   Putin" -> "Vladimir Putin"; the roles finder reads them back as the role);
 * - a possessive ending is left out ("Medvedev’s" -> "Medvedev");
 * - a surname whose first name the tagger missed ("Dmitry" opening a sentence) takes it back when
 *   the article writes that full name elsewhere ("Dmitry Medvedev" in a caption), or when that
 *   word is no common English word (the truecase lexicon), -ing/-ed/-ly form, title, nationality
 *   or known place, and the name is no surname of someone named in full ("Ines| Baptista, the
 *   chief economist").
 */
import type { KnowledgeBase } from '../../kb/index.js';
import { isListedGivenName } from '../../nlp/tagger/person-names.js';
import { loadTruecaseLexicon } from '../../nlp/truecase.js';
import { type MentionCandidate, nameKey } from './candidate.js';
import { isDemonym } from './demonyms.js';
import { startsLikeEvent } from './events.js';
import { FORMER_WORDS, isTitleOrRoleWord, wordKey } from './lexicon.js';

const LEADING_WORD = /^(\S+)\s+/;
const POSSESSIVE = /['’]s?$/;
/** The capitalised word right before a name, one space between ("Dmitry| Medvedev"). */
/** A capitalised word (or its period) right before: "Deputy Chief Prosecution| Eva-Marie Persson" is a title run, not a name's start. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u;
/** Endings of role nouns ("Employee", "Organiser", "Analyst"): an unlisted word with one is no given name. */
const ROLE_LIKE_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|ive|ary|ee|ess)$/;
/** Party labels written before a name ("Republican Phil Bryant"). */
const PARTY_WORD = /^(?:Republican|Democrat|Democratic|Conservative|Labour|Liberal|Independent|Tory|Green|Socialist|Communist|Nationalist|Unionist)$/;

/** A sentence's start before a word: the text's or a line's start, or a sentence end ("Provost| Amara Oduya" opening a sentence may be a title). */
const SENTENCE_START_BEFORE = /(?:^|[\n.!?])\s*$/;
/** Weekdays and months, which stand before a name in a date ("on Monday Ana Ruiz said"). */
const CALENDAR_WORD = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Verb and adverb forms that open sentences ("Hosting Cook", "Reportedly Smith"), never first names. */
const INFLECTED = /(?:ing|ed|ly)$/;
// A word ending in a full stop is taken only when it is an initial ("J. Smith"): "September. Raikoro"
// is a sentence end and a new sentence.
const WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.) $/u;

function withSpan(mention: MentionCandidate, source: string, start: number, end: number): MentionCandidate {
  return { ...mention, start, end, text: source.slice(start, end) };
}

/** The mention without leading titles and a trailing possessive; null when nothing is left. */
function trimPerson(mention: MentionCandidate, source: string): MentionCandidate | null {
  let { start, end } = mention;
  for (let m = LEADING_WORD.exec(source.slice(start, end)); m !== null && isTitleOrRoleWord(m[1] as string); m = LEADING_WORD.exec(source.slice(start, end))) {
    start += m[0].length;
  }
  const possessive = POSSESSIVE.exec(source.slice(start, end));
  if (possessive !== null && end - possessive[0].length > start) end -= possessive[0].length;
  if (end <= start || !/\p{Lu}/u.test(source[start] ?? '')) return null;
  return start === mention.start && end === mention.end ? mention : withSpan(mention, source, start, end);
}

/**
 * Person candidates cleaned; other candidates unchanged. `texts` gives each layer's string.
 */
export function cleanPersonNames(candidates: readonly MentionCandidate[], texts: ReadonlyMap<string, string>, kb: KnowledgeBase): MentionCandidate[] {
  const trimmed: MentionCandidate[] = [];
  for (const mention of candidates) {
    if (mention.type !== 'person') {
      trimmed.push(mention);
      continue;
    }
    const clean = trimPerson(mention, texts.get(mention.layer) ?? '');
    if (clean !== null) trimmed.push(clean);
  }
  const fullNames = new Set(trimmed.filter((m) => m.type === 'person' && /\s/.test(m.text)).map((m) => nameKey(m.text)));
  const common = loadTruecaseLexicon();
  // A surname of someone named in full is that person's ("Hosting Cook" is no new name).
  const surnames = new Set([...fullNames].map((name) => name.slice(name.lastIndexOf(' ') + 1)));
  const named = trimmed.map((mention) => {
    if (mention.type !== 'person') return mention;
    const source = texts.get(mention.layer) ?? '';
    const before = WORD_BEFORE.exec(source.slice(Math.max(0, mention.start - 40), mention.start));
    if (before === null) return mention;
    const word = before[1] as string;
    if (isTitleOrRoleWord(word) || FORMER_WORDS.has(wordKey(word))) return mention;
    const start = mention.start - before[0].length;
    const known = fullNames.has(nameKey(source.slice(start, mention.end)));
    // No common English word, -ing/-ed/-ly form, nationality or known place: a word that may be a name.
    const nameLike = (): boolean => !common.has(word.toLowerCase()) && !INFLECTED.test(word) && !isDemonym(word, kb) && kb.lookup(word).length === 0;
    const firstName = !/\s/.test(mention.text) && !surnames.has(nameKey(mention.text)) && nameLike();
    // "Mame| Diarra Gueye", "spokesman Serigne| Mbacké Ndoye": a two-word name may take a first word
    // the tagger left out when that word is no English word, place, title, nationality, weekday or month,
    // acronym or hyphenated role ("Singer-guitarists"), and no capitalised word or sentence start comes before it.
    const leadingName =
      mention.text.split(' ').length === 2 &&
      !CALENDAR_WORD.test(word) &&
      !/^\p{Lu}+$/u.test(word) &&
      !/-\p{Ll}/u.test(word) &&
      !word.endsWith('.') &&
      (isListedGivenName(word) || !(ROLE_LIKE_ENDING.test(word) || PARTY_WORD.test(word))) &&
      !POSSESSIVE.test(word) &&
      !CAPITALISED_BEFORE.test(source.slice(Math.max(0, start - 40), start)) &&
      !SENTENCE_START_BEFORE.test(source.slice(Math.max(0, start - 4), start)) &&
      nameLike();
    return known || firstName || leadingName ? withSpan(mention, source, start, mention.end) : mention;
  });
  return readPlacesAsPlaces(named, kb);
}

/** Kinds of place whose name, tagged as a person's, is read as the place: nobody is called "Japan". */
const PLACE_KINDS_OVER_PERSON: ReadonlySet<string> = new Set(['country', 'territory', 'historical-state', 'disputed-territory', 'island', 'archipelago']);

function isWellKnownPlace(name: string, kb: KnowledgeBase): boolean {
  return kb.lookup(name).some(({ entry }) => entry.type === 'location' && (PLACE_KINDS_OVER_PERSON.has(entry.kind) || (entry.kind === 'city' && entry.seat === 'country')));
}

/**
 * "Person" mentions that are a storm's given name named in full elsewhere become events; those that are a country, a national capital, an island or an archipelago the
 * knowledge base knows ("Japan", "Suva", "Vanua Levu") become places, unless a word of one is a
 * first name or surname of someone the article names in full ("Jordan" after "Michael Jordan").
 */
function readPlacesAsPlaces(mentions: readonly MentionCandidate[], kb: KnowledgeBase): MentionCandidate[] {
  const nameParts = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'person' || !/\s/.test(mention.text)) continue;
    const words = nameKey(mention.text).split(' ');
    nameParts.add(words[0] as string);
    nameParts.add(words[words.length - 1] as string);
  }
  // "Waisale" after "Cyclone Waisale": the storm's given name, not a person's.
  const stormNames = new Set(
    mentions.filter((m) => m.type === 'event' && startsLikeEvent(m.text)).map((m) => nameKey(m.text).split(' ').pop() as string),
  );
  return mentions.map((mention) => {
    if (mention.type !== 'person') return mention;
    const single = !/\s/.test(mention.text);
    if (single && stormNames.has(nameKey(mention.text))) return { ...mention, type: 'event' };
    if (single && nameParts.has(nameKey(mention.text))) return mention;
    return isWellKnownPlace(mention.text, kb) ? { ...mention, type: 'location' } : mention;
  });
}
