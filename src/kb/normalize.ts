/**
 * Name normalisation: the one function both the index builder and `lookup()` use, so that the way
 * a name is written in a source and the way it is written in an article meet on the same key.
 *
 * "The St. Petersburg", "Saint-Petersburg" and "saint petersburg" all become "saint petersburg";
 * "U.S." and "US" become "us"; "Hala'ib" and "Halaib" become "halaib"; "São Tomé" becomes
 * "sao tome". Non-Latin scripts are kept (lower-cased), so "Россия" still has a key.
 */

/** Letters that Unicode decomposition leaves whole but that readers treat as plain Latin. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  œ: 'oe',
  þ: 'th',
};
const FOLDABLE = /[øæßđðłıœþ]/g;

/** Apostrophes and dots join what they separate: "U.S." -> "us", "Hala'ib" -> "halaib". */
const JOINING_MARKS = /['’‘`´ʻʼ.]/g;

/** Everything else that is neither a letter nor a digit separates words. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Abbreviated words in place names, spelled out. */
const ABBREVIATED_WORDS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]);

const LEADING_ARTICLE = 'the';

/**
 * Keys already computed: an article asks for the same few names many times (every mention, every
 * link candidate, every check), and the Unicode folding below is the costly part. Emptied when it
 * holds this many, so memory stays bounded on a large build or batch.
 */
const MAX_CACHED_NAMES = 20_000;
const cachedKeys = new Map<string, string>();

export function normalizeName(raw: string): string {
  let key = cachedKeys.get(raw);
  if (key === undefined) {
    if (cachedKeys.size >= MAX_CACHED_NAMES) cachedKeys.clear();
    key = computeKey(raw);
    cachedKeys.set(raw, key);
  }
  return key;
}

function computeKey(raw: string): string {
  const folded = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(JOINING_MARKS, '')
    .replace(SEPARATORS, ' ')
    .trim();
  if (folded.length === 0) return '';
  const words = folded.split(' ').map((word) => ABBREVIATED_WORDS.get(word) ?? word);
  // "The Hague" keys as "hague", like "the Kremlin" and "the Kuril Islands"; a lone "The" stays.
  if (words.length > 1 && words[0] === LEADING_ARTICLE) words.shift();
  return words.join(' ');
}
