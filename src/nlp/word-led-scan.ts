/**
 * Matches of a global expression whose every match starts at the start of an ASCII word that is
 * one of a few known words (or a number), found without running the expression over the whole
 * text.
 *
 * The date and amount finders run some twenty-five global /gi expressions over each text, most
 * of them led by `\b` and a long alternation of words ("\b(?:one|two|...|\d{1,4})\s+(?:day|...)s?").
 * Such an expression is tried at nearly every position of the text, and those failed tries were
 * most of the finders' time. Here the text is read once, by character codes, for the ASCII word
 * runs (maximal runs of [A-Za-z0-9_], the characters \b and \w read without the u flag) that some
 * registered expression can start with; each expression then runs, as a sticky copy, at those runs
 * only. The runs found are remembered for the last few texts, so the finders share one reading.
 *
 * Exact, not approximate: `scan.matches(text)` returns what `[...text.matchAll(scan.pattern)]`
 * returns, provided every match of the pattern starts at the start of a run that is one of
 * `leads.words` (compared lower-cased; a match may not start inside a word) or, with
 * `leads.digits`, at a run that starts with a digit. A pattern led by `\b` and a word, or by a
 * look-behind that rules out a word character before it, qualifies. Without the u flag, /i folds
 * no character outside ASCII onto an ASCII letter, so the lower-cased run is the word the pattern
 * can match there. test/nlp/word-led-scan.test.ts checks every scan registered against the global
 * expression on sample texts.
 */

/** The words a match may start with. */
export interface LeadWords {
  /** Whole ASCII words, any case: "the", "every", "q3". */
  readonly words: readonly string[];
  /** A match may also start at a run that starts with a digit ("15", "2024", "1st"). */
  readonly digits?: boolean;
}

export interface WordLedScan {
  /** The global expression whose matches `matches` returns. */
  readonly pattern: RegExp;
  readonly leads: LeadWords;
  /** What `[...text.matchAll(pattern)]` returns, in order. */
  matches(text: string): RegExpExecArray[];
}

/** The lead words of all scans; index 0 stands for "a run that starts with a digit". */
const vocabulary: string[] = [''];
const DIGIT_RUN = 0;
const wordIds = new Map<string, number>();
/** Word ids by the hash of the word (hashes may collide: the ids are checked against the run). */
const idsByHash = new Map<number, number[]>();
/** Whether some word has a hash with these low bits: most runs are rejected here, before the Map. */
const HASH_FILTER_BITS = 12;
const HASH_FILTER_MASK = (1 << HASH_FILTER_BITS) - 1;
const hashFilter = new Uint8Array(1 << HASH_FILTER_BITS);
/** The longest lead word: a longer run is not looked up. */
let longestWord = 0;
/** Every scan made, for the test that compares each with its global expression. */
const scans: WordLedScan[] = [];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The ASCII lower case of a character code (other codes as they are). */
function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * Per ASCII code: NOT_WORD, or the lower-cased code of a character \w matches without the u flag
 * ([A-Za-z0-9_]). One table read per character keeps the reading loop short.
 */
const NOT_WORD = 0;
const WORD_CODES = Uint8Array.from({ length: 128 }, (_, code) => (/\w/.test(String.fromCharCode(code)) ? lowerCode(code) : NOT_WORD));

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ lowerCode(word.charCodeAt(i)), FNV_PRIME);
  return h | 0;
}

function wordId(word: string): number {
  const lower = word.toLowerCase();
  if (!/^[a-z0-9_]+$/.test(lower) || isDigitCode(lower.charCodeAt(0))) throw new Error(`word-led-scan: a lead word is one ASCII word not starting with a digit: "${word}"`);
  let id = wordIds.get(lower);
  if (id === undefined) {
    id = vocabulary.length;
    vocabulary.push(lower);
    wordIds.set(lower, id);
    const h = wordHash(lower);
    const same = idsByHash.get(h);
    if (same === undefined) idsByHash.set(h, [id]);
    else same.push(id);
    hashFilter[h & HASH_FILTER_MASK] = 1;
    longestWord = Math.max(longestWord, lower.length);
  }
  return id;
}

/** Whether text[start, start + word.length) is `word` in ASCII lower case. */
function runIs(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k += 1) if (lowerCode(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** The runs of one text that some scan may start at: where each starts, and its word id. */
interface Runs {
  readonly text: string;
  /** The vocabulary size when read: a scan made since may lead with words not looked for. */
  readonly vocabularySize: number;
  readonly starts: number[];
  readonly ids: number[];
}

/**
 * The runs of the texts read last, newest first: the date finders read a record's body, then its
 * title and captions, and the amount finder reads them again in the same order.
 */
const recent: Runs[] = [];
/** How many texts `recent` keeps: the body, the title and a few captions. */
const MAX_RECENT = 4;

/** Reads `text` for the runs that are lead words or start with a digit, in text order. */
function readRuns(text: string): Runs {
  const starts: number[] = [];
  const ids: number[] = [];
  const n = text.length;
  const longest = longestWord;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    const lower = first < 128 ? (WORD_CODES[first] as number) : NOT_WORD;
    if (lower === NOT_WORD) {
      i += 1;
      continue;
    }
    const start = i;
    // FNV-1a of the lower-cased run, as wordHash computes it, while finding the run's end.
    let h = Math.imul(FNV_OFFSET ^ lower, FNV_PRIME);
    for (i += 1; i < n; i += 1) {
      const code = text.charCodeAt(i);
      const next = code < 128 ? (WORD_CODES[code] as number) : NOT_WORD;
      if (next === NOT_WORD) break;
      h = Math.imul(h ^ next, FNV_PRIME);
    }
    if (isDigitCode(first)) {
      starts.push(start);
      ids.push(DIGIT_RUN);
      continue;
    }
    const length = i - start;
    h |= 0;
    if (length > longest || hashFilter[h & HASH_FILTER_MASK] !== 1) continue;
    const candidates = idsByHash.get(h);
    if (candidates === undefined) continue;
    for (const id of candidates) {
      const word = vocabulary[id] as string;
      if (word.length === length && runIs(text, start, word)) {
        starts.push(start);
        ids.push(id);
        break;
      }
    }
  }
  return { text, vocabularySize: vocabulary.length, starts, ids };
}

/** The runs of `text`, read once for all the scans of it. */
function runsOf(text: string): Runs {
  for (const runs of recent) if (runs.text === text && runs.vocabularySize === vocabulary.length) return runs;
  const runs = readRuns(text);
  recent.unshift(runs);
  if (recent.length > MAX_RECENT) recent.pop();
  return runs;
}

/**
 * A scan of `pattern` (a global expression without the u flag) at the runs `leads` names. Made
 * once, at module load: the scan keeps a sticky copy of the expression.
 */
export function wordLedScan(pattern: RegExp, leads: LeadWords): WordLedScan {
  if (!pattern.global || pattern.unicode || pattern.sticky) throw new Error(`word-led-scan: expected a global expression without u or y flags: ${pattern}`);
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  const ids = leads.words.map(wordId);
  /** Per word id, whether a match may start at a run of that word. */
  const accepts = new Uint8Array(vocabulary.length);
  for (const id of ids) accepts[id] = 1;
  if (leads.digits === true) accepts[DIGIT_RUN] = 1;
  const scan: WordLedScan = {
    pattern,
    leads,
    matches(text) {
      const { starts, ids: runIds } = runsOf(text);
      const out: RegExpExecArray[] = [];
      // A global scan resumes at the end of its last match: runs before it are not tried.
      let from = 0;
      for (let k = 0; k < starts.length; k += 1) {
        const at = starts[k] as number;
        if (at < from || accepts[runIds[k] as number] !== 1) continue;
        sticky.lastIndex = at;
        const match = sticky.exec(text);
        if (match === null) continue;
        out.push(match);
        from = at + Math.max(match[0].length, 1);
      }
      return out;
    },
  };
  scans.push(scan);
  return scan;
}

/** Every scan made so far (for tests). */
export function wordLedScans(): readonly WordLedScan[] {
  return scans;
}

/** The first ASCII word of each phrase ("a couple of" -> "a", "twenty-first" -> "twenty"), without repeats, as lead words. */
export function leadWordsOf(phrases: readonly string[]): string[] {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(phrase)?.[0];
    if (word === undefined) throw new Error(`word-led-scan: "${phrase}" does not start with an ASCII word`);
    words.add(word.toLowerCase());
  }
  return [...words];
}
