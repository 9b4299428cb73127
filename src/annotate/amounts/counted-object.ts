/**
 * The counted object: the noun phrase printed right after a count ("15,000 members", "17,000
 * Japanese civilians", "hundreds of protesters"). The phrase keeps its adjectives as printed and
 * ends at its head noun: the first word that reads as a plural (or a count of one's singular),
 * before any function word, participle or punctuation.
 */

export interface CountedObject {
  start: number;
  end: number;
  text: string;
}

/** A noun phrase this long without a head noun is not one. */
const MAX_OBJECT_WORDS = 4;
/** Words follow one another with plain spaces inside one line. */
const NEXT_WORD = /[ \t]+([A-Za-z][A-Za-z'’-]*)/y;
const OF_AFTER = /^[ \t]+of(?=[ \t])/;

/** Words that end a noun phrase, or keep one from starting. */
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'them', 'they',
  'it', 'he', 'she', 'we', 'you', 'i', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'of', 'over',
  'under', 'across', 'after', 'before', 'since', 'during', 'per', 'between', 'among', 'about', 'against', 'near',
  'off', 'out', 'up', 'down', 'than', 'via', 'and', 'or', 'but', 'nor', 'as', 'if', 'while', 'who', 'which', 'whom',
  'whose', 'when', 'where', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'more', 'less', 'most', 'each',
  'annually', 'also', 'still', 'already', 'now', 'ago', 'later', 'earlier', 'so', 'too', 'very', 'just', 'only',
  'even', 'yet', 'said', 'says', 'according', 'apiece', 'respectively', 'not', 'all', 'both', 'such',
]);
/** Plurals (and nouns used as plurals) that do not end in "s". */
const IRREGULAR_PLURALS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'fish', 'livestock',
  'aircraft', 'dead', 'wounded', 'injured', 'missing', 'homeless', 'displaced', 'elderly', 'infantry', 'militia',
  'crew', 'geese', 'mice', 'teeth', 'deer', 'poultry', 'youth', 'clergy',
]);
/** Endings of words that end in "s" without being plurals ("glass", "bus", "crisis", "famous"). */
const NOT_PLURAL_ENDING = /(?:ss|us|is|ics|'s|’s)$/i;

function looksPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower) || lower.endsWith('men')) return true;
  return lower.length > 2 && lower.endsWith('s') && !NOT_PLURAL_ENDING.test(lower);
}

/** A participle or gerund after the phrase's first word ends it ("civilians expelled", "troops fighting"). */
function endsPhrase(word: string, position: number): boolean {
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower)) return true;
  return position > 0 && /(?:ed|ing|ly)$/.test(lower) && !IRREGULAR_PLURALS.has(lower);
}

interface Word {
  start: number;
  end: number;
  word: string;
}

function wordsAfter(text: string, from: number): Word[] {
  const words: Word[] = [];
  let at = from;
  while (words.length < MAX_OBJECT_WORDS + 1) {
    NEXT_WORD.lastIndex = at;
    const match = NEXT_WORD.exec(text);
    const word = match?.[1];
    if (!match || word === undefined) break;
    const start = match.index + match[0].length - word.length;
    words.push({ start, end: start + word.length, word });
    at = start + word.length;
  }
  return words;
}

/**
 * The noun phrase counted by the number ending at `end`. `vague` numbers ("hundreds") take their
 * object after "of"; `singular` counts (one) end at their first noun.
 */
export function findCountedObject(text: string, end: number, options: { vague: boolean; singular: boolean }): CountedObject | null {
  let from = end;
  if (options.vague) {
    const of = OF_AFTER.exec(text.slice(end, end + 4));
    if (of) from = end + of[0].length;
  }
  const words = wordsAfter(text, from);
  let head = -1;
  for (let i = 0; i < Math.min(words.length, MAX_OBJECT_WORDS); i++) {
    const word = words[i]!.word;
    if (endsPhrase(word, i)) break;
    if (looksPlural(word) || options.singular) {
      head = i;
      // A plural may be a modifier of the next plural ("police officers").
      const next = words[i + 1]?.word;
      if (next !== undefined && !endsPhrase(next, i + 1) && looksPlural(next) && !options.singular) continue;
      break;
    }
  }
  if (head < 0) return null;
  const first = words[0]!;
  const last = words[head]!;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}
