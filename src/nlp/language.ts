/**
 * Language detection for text whose markup says nothing: fast, dependency-free, and honest about
 * doubt (null rather than a guess).
 *
 * 1. Script: the letters of the first MAX_DETECT_CHARS characters are counted by Unicode block.
 *    A non-Latin script that holds most letters decides: kana among Han means Japanese, Hangul
 *    Korean, Han alone Chinese; Cyrillic and Arabic-script texts are told apart by the letters
 *    only some of their languages use (і/ї/є for Ukrainian, پ/گ/ی for Persian...).
 * 2. Latin script: a vote of function words. Each language has a short list of its most frequent
 *    function words; a word shared by several lists counts for each of them in proportion
 *    (1/number of lists), and a few letters only one or two languages use (ã, ß, ł, ř...) add a
 *    little. The winner needs MIN_FUNCTION_WORD_HITS words and a clear lead over the runner-up.
 *
 * Returns a lower-cased ISO 639-1 code ("en", "pt", "zh"), or null when the text is too short or
 * the vote is undecided.
 */

/** Only the start of the text is read: enough for a reliable vote, and the cost stays constant. */
export const MAX_DETECT_CHARS = 4000;
/** Fewer letters than this is too little to say anything. */
const MIN_LETTERS = 20;
/** A script decides when it holds at least this share of the letters. */
const SCRIPT_MAJORITY = 0.5;
/** Among Han and kana, this share of kana means Japanese (Japanese prose is about half kana). */
const KANA_SHARE_FOR_JAPANESE = 0.1;
/** The Latin vote needs at least this many function words for the winner... */
const MIN_FUNCTION_WORD_HITS = 3;
/** ...and a score this many times the runner-up's. */
const MIN_LEAD_RATIO = 1.25;
/** What one occurrence of a marker letter is worth, against 1 for a function word. */
const MARKER_LETTER_WEIGHT = 0.5;
/** Distinctive Cyrillic or Arabic-script letters must occur at least this often to count. */
const MIN_DISTINCTIVE_LETTERS = 2;
/** Bulgarian writes ъ as a vowel: this share of Cyrillic letters, with no ы or э, means Bulgarian. */
const BULGARIAN_HARD_SIGN_SHARE = 0.01;

type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'hebrew'
  | 'arabic'
  | 'devanagari'
  | 'bengali'
  | 'tamil'
  | 'thai'
  | 'georgian'
  | 'armenian'
  | 'hangul'
  | 'kana'
  | 'han';

/** Unicode blocks by script, as [first, last, script], in code point order. */
const SCRIPT_RANGES: readonly (readonly [number, number, Script])[] = [
  [0x00c0, 0x024f, 'latin'],
  [0x0370, 0x03ff, 'greek'],
  [0x0400, 0x052f, 'cyrillic'],
  [0x0531, 0x058f, 'armenian'],
  [0x0590, 0x05ff, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x08a0, 0x08ff, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0x0980, 0x09ff, 'bengali'],
  [0x0b80, 0x0bff, 'tamil'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1e00, 0x1eff, 'latin'],
  [0x1f00, 0x1fff, 'greek'],
  [0x3040, 0x30ff, 'kana'],
  [0x3130, 0x318f, 'hangul'],
  [0x31f0, 0x31ff, 'kana'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xac00, 0xd7af, 'hangul'],
  [0xf900, 0xfaff, 'han'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
];

/** Scripts that name one language outright. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: 'el',
  hebrew: 'he',
  devanagari: 'hi',
  bengali: 'bn',
  tamil: 'ta',
  thai: 'th',
  georgian: 'ka',
  armenian: 'hy',
  hangul: 'ko',
};

/** The most frequent function words of each language, written for this detector. */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for it was on with as his he be at by this had not are but from have they which were been has their said would will she her an who more its after about than when there what also or we you can could into',
  fr: 'le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette il elle ils sont par plus ne se son sa ses été mais ou nous vous leur était aussi comme tout même fait entre après selon lors ont avait',
  de: 'der die das und ist nicht ein eine einen einem einer zu den dem des mit von sich auf für im auch es sie er wir ich dass wie bei aus nach noch wird werden wurde hat haben sind war oder aber nur um über vor durch zum zur kann mehr schon diese dieser als',
  es: 'a el la los las de del y en que un una es por con para no se su sus al lo como más pero sobre este esta ha han fue son también entre desde muy ya hasta porque cuando le sin todo donde según está hay sido ser',
  it: 'a il lo la le gli di del della dei delle e è che un una in per con non si al alla da dal sono come più ma anche questo questa ha hanno stato essere nel nella ci sul sulla tra fra dopo cui suo sua loro',
  pt: 'a o os as de do da dos das e é que um uma em no na nos nas para com não por se ao mais como mas foi ser são seu sua pelo pela também já está ou quando muito ele ela isso este esta entre sobre até ainda há tem',
  nl: 'de het een en van in is dat op te zijn met voor niet die er aan ook als bij om door maar uit naar dan nog wel dit heeft hebben werd worden wordt was ze hij we ik kan zal over tot geen meer al deze hun',
  sv: 'och i att det som en på är av för med till den har de inte om ett var jag han hon vi men ska kan så från eller efter vid sig när också sin hade dem mycket bara nu över under där detta vara blev blir',
  da: 'og i at det er en til på af for med den de som har ikke et var jeg han hun vi men skal kan så fra eller efter ved sig når også sin havde dem meget kun nu over under hvor dette være blev bliver hvad deres mig ud op mod noget nogle blevet',
  no: 'og i at det er en til på av for med den de som har ikke et var jeg han hun vi men skal kan så fra eller etter ved seg når også sin hadde dem mye bare nå over under hvor dette være ble blir hva deres meg ut opp mot noe noen blitt',
  fi: 'ja on ei se että hän oli ovat olla ne mutta kun tai myös sen jo niin kuin ole mukaan vain nyt joka jotka tämä tämän hänen siitä sitä sekä vielä jos mitä kaikki yli koska voi noin aikana jälkeen välillä olivat',
  pl: 'i w z na do się nie to że jest o jak od po przez dla ale co jego jej są był była było tak ten ta te tym przy lub oraz który która które już tylko może być jako czy także tego jednak został została roku we ze za',
  cs: 'a v se na je že to s z do o ve by jako ale jsou byl byla bylo pro od po tak jeho její který která které už jen může být také při nebo podle když však ještě než jejich tím této tento tato mezi bude jsme',
  ro: 'a și şi în de la cu pe că nu un o din care este sunt mai pentru ce se au fost al ale lui iar dar sau acest această după prin între fi fie despre când foarte acum cel cea',
  tr: 've bir bu da de için ile olarak çok daha gibi en ne o ama olan var yok kadar sonra değil ise veya mi mı her şey ki göre oldu olduğu ancak tarafından ayrıca yeni büyük önce arasında',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh atau saat bisa mereka kami kita telah sudah lebih seperti sebagai tersebut namun hanya bahwa adalah menjadi masih belum para ia anda sangat bagi',
};

/** Letters that only one or a few of the Latin-script languages use. */
const MARKER_LETTERS: Readonly<Record<string, string>> = {
  pt: 'ãõç',
  es: 'ñ',
  de: 'ßü',
  fr: 'œèêùç',
  ro: 'ăîșțşţ',
  tr: 'ğışç',
  pl: 'łąęśźżń',
  cs: 'řůěťď',
  da: 'æø',
  no: 'æø',
  sv: 'å',
  fi: 'ä',
};

interface WordWeight {
  language: string;
  weight: number;
}

/** Word -> the languages that list it, each with weight 1/(number of those languages). */
function buildWeights(lists: Readonly<Record<string, string>>, split: (s: string) => string[]): Map<string, WordWeight[]> {
  const owners = new Map<string, string[]>();
  for (const [language, words] of Object.entries(lists)) {
    for (const word of split(words)) owners.set(word, [...(owners.get(word) ?? []), language]);
  }
  const weights = new Map<string, WordWeight[]>();
  for (const [word, languages] of owners) {
    weights.set(word, languages.map((language) => ({ language, weight: 1 / languages.length })));
  }
  return weights;
}

const WORD_WEIGHTS = buildWeights(FUNCTION_WORDS, (s) => s.split(' '));
const LETTER_WEIGHTS = buildWeights(MARKER_LETTERS, (s) => [...s]);

/** The scripts in SCRIPT_RANGES, each once: countScripts counts into an array indexed by them. */
const SCRIPTS: readonly Script[] = [...new Set(SCRIPT_RANGES.map(([, , script]) => script))];
const LATIN = SCRIPTS.indexOf('latin');
/** SCRIPT_RANGES with each script as its index in SCRIPTS. */
const SCRIPT_INDEX_RANGES: readonly (readonly [number, number, number])[] = SCRIPT_RANGES.map(([first, last, script]) => [first, last, SCRIPTS.indexOf(script)]);

/** The index in SCRIPTS of the script of a letter, -1 for anything else. */
function scriptIndexOf(code: number): number {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? LATIN : -1;
  const known = scriptOfUnit[code] ?? UNKNOWN_SCRIPT;
  if (known !== UNKNOWN_SCRIPT) return known;
  const script = scriptIndexInRanges(code);
  if (code < scriptOfUnit.length) scriptOfUnit[code] = script;
  return script;
}

function scriptIndexInRanges(code: number): number {
  if (code === 0xd7 || code === 0xf7) return -1; // × and ÷ sit inside the Latin-1 letters
  for (const [first, last, script] of SCRIPT_INDEX_RANGES) {
    if (code < first) return -1;
    if (code <= last) return script;
  }
  return -1;
}

/**
 * scriptIndexOf per UTF-16 code unit, filled as units are met (UNKNOWN_SCRIPT: not yet): curly
 * quotes and dashes are in every article, and each walked most of SCRIPT_INDEX_RANGES.
 */
const UNKNOWN_SCRIPT = -2;
const scriptOfUnit = new Int8Array(0x10000).fill(UNKNOWN_SCRIPT);

interface ScriptCounts {
  letters: number;
  /** Letters per script, in the order each script first occurs. */
  byScript: Map<Script, number>;
}

/**
 * Counted into an array, then put in a map in the order the scripts first occur (ties between
 * scripts go to the first, so the order matters): a map update per letter cost a sixth of the
 * detector's time.
 */
function countScripts(sample: string): ScriptCounts {
  const counts = new Int32Array(SCRIPTS.length);
  const order: number[] = [];
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const script = scriptIndexOf(sample.charCodeAt(i));
    if (script < 0) continue;
    letters++;
    if (counts[script] === 0) order.push(script);
    counts[script] = (counts[script] ?? 0) + 1;
  }
  const byScript = new Map<Script, number>();
  for (const script of order) byScript.set(SCRIPTS[script] as Script, counts[script] ?? 0);
  return { letters, byScript };
}

/**
 * How many characters of `sample` are among `chars` (single code units, none a surrogate: the
 * letters listed here), by character code: a string per code point cost the Cyrillic and Arabic
 * samples six passes of 4,000 allocations. A surrogate pair of the sample matches none of `chars`
 * either way.
 */
function countChars(sample: string, chars: string): number {
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    for (let k = 0; k < chars.length; k++) {
      if (chars.charCodeAt(k) === code) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Russian unless letters only another Cyrillic language uses say otherwise. */
function cyrillicLanguage(sample: string, cyrillicLetters: number): string {
  const lower = sample.toLowerCase();
  if (countChars(lower, 'ѓќѕ') >= MIN_DISTINCTIVE_LETTERS) return 'mk';
  if (countChars(lower, 'ђћџљњј') >= MIN_DISTINCTIVE_LETTERS) return 'sr';
  if (countChars(lower, 'ў') >= MIN_DISTINCTIVE_LETTERS) return 'be';
  if (countChars(lower, 'їєґ') + countChars(lower, 'і') >= MIN_DISTINCTIVE_LETTERS && countChars(lower, 'ыэ') === 0) return 'uk';
  const noRussianVowels = countChars(lower, 'ыэ') === 0;
  if (noRussianVowels && countChars(lower, 'ъ') >= cyrillicLetters * BULGARIAN_HARD_SIGN_SHARE) return 'bg';
  return 'ru';
}

/** Arabic unless the letters Persian and Urdu add to the alphabet say otherwise. */
function arabicScriptLanguage(sample: string): string {
  if (countChars(sample, 'ٹڈڑںےہ') >= MIN_DISTINCTIVE_LETTERS) return 'ur';
  const persian = countChars(sample, 'پچژگیک');
  const arabic = countChars(sample, 'يكةى');
  return persian >= MIN_DISTINCTIVE_LETTERS && persian > arabic ? 'fa' : 'ar';
}

function cjkLanguage(counts: ScriptCounts): string | null {
  const han = counts.byScript.get('han') ?? 0;
  const kana = counts.byScript.get('kana') ?? 0;
  const hangul = counts.byScript.get('hangul') ?? 0;
  if (hangul > han + kana) return 'ko';
  if (han + kana === 0) return null;
  return kana / (han + kana) >= KANA_SHARE_FOR_JAPANESE ? 'ja' : 'zh';
}

/** The languages of the vote (every marker-letter language has function words too). */
const LANGUAGES: readonly string[] = Object.keys(FUNCTION_WORDS);
const LANGUAGE_INDEX = new Map(LANGUAGES.map((language, k) => [language, k] as const));

/** A vote as LANGUAGES index and weight. */
interface Vote {
  readonly language: number;
  readonly weight: number;
}

function votesOf(weights: readonly WordWeight[]): Vote[] {
  return weights.map(({ language, weight }) => ({ language: LANGUAGE_INDEX.get(language) ?? -1, weight }));
}

/** Keeps word hashes small integers (V8 stores them unboxed in a Map). */
const HASH_MASK = 0x3fffffff;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units text[start..end), masked by HASH_MASK. */
function hashOf(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h & HASH_MASK;
}

interface FunctionWord {
  readonly word: string;
  readonly votes: readonly Vote[];
}

/** The function words by hashOf, so the scan looks a run of letters up without cutting it out. */
const FUNCTION_WORDS_BY_HASH = new Map<number, FunctionWord[]>();
/**
 * Whether some function word's hash has these low bits: a run of letters that is no function word
 * (half the words of a text) is mostly turned away here, before the Map.
 */
const HASH_FILTER_MASK = 0xfff;
const HASH_FILTER = new Uint8Array(HASH_FILTER_MASK + 1);
for (const [word, weights] of WORD_WEIGHTS) {
  const hash = hashOf(word, 0, word.length);
  FUNCTION_WORDS_BY_HASH.set(hash, [...(FUNCTION_WORDS_BY_HASH.get(hash) ?? []), { word, votes: votesOf(weights) }]);
  HASH_FILTER[hash & HASH_FILTER_MASK] = 1;
}
const LETTER_VOTES = new Map([...LETTER_WEIGHTS].map(([letter, weights]) => [letter, votesOf(weights)] as const));

/** The longest function word: a longer run of letters cannot be one. */
const MAX_FUNCTION_WORD_LENGTH = Math.max(...[...WORD_WEIGHTS.keys()].map((word) => word.length));
/** One letter (a whole code point) at lastIndex. */
const LETTER_AT = /\p{L}/uy;

/** The length in code units of the letter at `i` (\p{L}, as the word split reads it), 0 when none. */
function letterLengthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text) ? LETTER_AT.lastIndex - i : 0;
}

/** The function word text[start..end) is, if any, given hashOf(text, start, end). */
function functionWordAt(text: string, start: number, end: number, hash: number): FunctionWord | undefined {
  if (end - start > MAX_FUNCTION_WORD_LENGTH || HASH_FILTER[hash & HASH_FILTER_MASK] !== 1) return undefined;
  const candidates = FUNCTION_WORDS_BY_HASH.get(hash);
  if (candidates === undefined) return undefined;
  for (const candidate of candidates) if (candidate.word.length === end - start && text.startsWith(candidate.word, start)) return candidate;
  return undefined;
}

/** Scores and function-word hits per language; `order` lists the languages in the order they first scored. */
interface Tally {
  readonly scores: number[];
  readonly hits: number[];
  readonly order: number[];
}

/**
 * Adds a vote. The order of first votes stands in for the insertion order of a map: the ranking's
 * sort is stable, so ties keep it.
 */
function addVote(tally: Tally, language: number, weight: number): void {
  if (!tally.order.includes(language)) tally.order.push(language);
  tally.scores[language] = (tally.scores[language] ?? 0) + weight;
}

/**
 * The votes of the function words of `text`: the words of text.split(/[^\p{L}]+/u) that
 * WORD_WEIGHTS lists, in order. A hand-written scan that cuts no word out: splitting the sample with
 * a Unicode regex and looking every word up by string was most of the detector's time.
 */
function voteFunctionWords(text: string, tally: Tally): void {
  let i = 0;
  while (i < text.length) {
    const start = i;
    // The run of letters, hashed as hashOf does while it is read (ASCII letters tested inline).
    let h = FNV_OFFSET;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a))) break;
        h = Math.imul(h ^ code, FNV_PRIME);
        i += 1;
        continue;
      }
      const size = letterLengthAt(text, i);
      if (size === 0) break;
      for (let k = 0; k < size; k++) h = Math.imul(h ^ text.charCodeAt(i + k), FNV_PRIME);
      i += size;
    }
    if (i === start) {
      // Not a letter: step over the whole code point (a pair of surrogates is one).
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    const word = functionWordAt(text, start, i, h & HASH_MASK);
    if (word === undefined) continue;
    for (const { language, weight } of word.votes) {
      addVote(tally, language, weight);
      tally.hits[language] = (tally.hits[language] ?? 0) + 1;
    }
  }
}

/** The function-word vote over a Latin-script sample. */
function latinLanguage(sample: string): string | null {
  const lower = sample.toLowerCase();
  const tally: Tally = { scores: new Array<number>(LANGUAGES.length).fill(0), hits: new Array<number>(LANGUAGES.length).fill(0), order: [] };
  voteFunctionWords(lower, tally);
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) < 0xc0) continue; // every marker letter is beyond ASCII
    for (const { language, weight } of LETTER_VOTES.get(lower.charAt(i)) ?? []) addVote(tally, language, weight * MARKER_LETTER_WEIGHT);
  }
  const ranked = tally.order.map((k): [string, number] => [LANGUAGES[k] ?? '', tally.scores[k] ?? 0]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best === undefined || (tally.hits[LANGUAGE_INDEX.get(best[0]) ?? -1] ?? 0) < MIN_FUNCTION_WORD_HITS) return null;
  if (second !== undefined && best[1] < second[1] * MIN_LEAD_RATIO) return null;
  return best[0];
}

/**
 * Every code detectLanguage can return. A caller weighing markup against detection should let the
 * text overrule a declared language only when that language is in this set: for one the detector
 * does not know (Slovak, Catalan...), a confident answer would just be its nearest neighbour.
 */
export const DETECTABLE_LANGUAGES: ReadonlySet<string> = new Set([
  ...Object.keys(FUNCTION_WORDS),
  ...Object.values(SCRIPT_LANGUAGE),
  ...['ja', 'zh', 'ko', 'ru', 'uk', 'bg', 'sr', 'mk', 'be', 'ar', 'fa', 'ur'],
]);

/** The language of a text as an ISO 639-1 code, or null when too short or undecided. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, MAX_DETECT_CHARS);
  const counts = countScripts(sample);
  if (counts.letters < MIN_LETTERS) return null;
  const cjk = (counts.byScript.get('han') ?? 0) + (counts.byScript.get('kana') ?? 0) + (counts.byScript.get('hangul') ?? 0);
  if (cjk >= counts.letters * SCRIPT_MAJORITY) return cjkLanguage(counts);
  let top: Script | null = null;
  let topCount = 0;
  for (const [script, count] of counts.byScript) {
    if (count > topCount) {
      top = script;
      topCount = count;
    }
  }
  if (top === null || topCount < counts.letters * SCRIPT_MAJORITY) return null;
  switch (top) {
    case 'latin':
      return latinLanguage(sample);
    case 'cyrillic':
      return cyrillicLanguage(sample, topCount);
    case 'arabic':
      return arabicScriptLanguage(sample);
    default:
      return SCRIPT_LANGUAGE[top] ?? null;
  }
}
