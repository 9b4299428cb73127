/**
 * Capitalised runs of a sentence and the organisation cues they hold (feature version 9). A run is a
 * maximal sequence of capitalised words, with "of", "for", "de" or "&" allowed between two of them
 * ("Bank of Japan", "Pacific Gas & Electric Co."). Every token of a run of two or more words learns
 * from the run's last word ("Sierra Nevada Corporation": "Sierra" sees "corporation") and from the
 * class of a cue word the run holds (an organisation head such as Council, Ministry, Airlines, Inc;
 * a place head such as County, Street, River; an event or work head such as Festival, Cup, Awards),
 * with where the token stands against it ("Ministry of Defence": "Defence" comes after an
 * organisation cue). A capitalised run followed by an acronym of its initials in brackets
 * ("Public Utilities Commission ( PUC )") marks both the run and the acronym. Any capitalised run,
 * one word included, also learns from an organisation or place noun right before it ("the gas company
 * Burisma") or heading an apposition after it ("Tmall , the retail site owned by Alibaba").
 */

import { initialChangesWhenLowerCased } from '../lower-case.js';

/** Words allowed between two capitalised words of a run. */
const RUN_CONNECTORS = new Set(['of', 'for', 'de', '&']);

/** Cue classes of a run's words. */
export const CUE_ORG = 1;
export const CUE_LOC = 2;
export const CUE_MISC = 3;

const ORG_CUES = [
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'companies', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'sa', 'nv', 'lp',
  'group', 'holdings', 'partners', 'capital', 'ventures', 'technologies', 'technology', 'systems', 'labs', 'laboratories', 'motors', 'industries',
  'enterprises', 'solutions', 'networks', 'network', 'media', 'studios', 'studio', 'games', 'entertainment', 'records', 'pictures', 'brands',
  'pharmaceuticals', 'therapeutics', 'energy', 'robotics', 'airlines', 'airline', 'airways', 'air', 'bank', 'bancorp', 'securities', 'insurance',
  'investments', 'management', 'advisors', 'associates', 'consulting', 'foods', 'stores', 'restaurants', 'communications', 'telecom',
  'council', 'committee', 'commission', 'ministry', 'department', 'dept', 'dept.', 'agency', 'authority', 'board', 'bureau', 'office', 'administration',
  'service', 'services', 'court', 'senate', 'parliament', 'assembly', 'congress', 'cabinet', 'government', 'police', 'army', 'navy', 'command',
  'forces', 'guard', 'corps', 'fbi', 'university', 'college', 'school', 'academy', 'institute', 'institution', 'foundation', 'fund', 'trust',
  'society', 'association', 'federation', 'confederation', 'union', 'league', 'party', 'club', 'fc', 'united', 'church', 'hospital', 'clinic',
  'centre', 'organization', 'organisation', 'alliance', 'coalition', 'movement', 'front', 'brigade', 'network', 'news', 'times', 'post', 'journal',
  'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'magazine', 'press', 'radio', 'television', 'tv', 'channel', 'broadcasting', 'daily',
  'review', 'reporter', 'chronicle', 'observer', 'standard', 'examiner', 'inquirer', 'leader', 'register', 'star', 'sun', 'mail', 'express',
];
const LOC_CUES = [
  'street', 'st', 'st.', 'road', 'rd', 'rd.', 'avenue', 'ave', 'ave.', 'boulevard', 'blvd', 'drive', 'lane', 'highway', 'square', 'bridge',
  'county', 'province', 'district', 'region', 'territory', 'state', 'city', 'town', 'village', 'valley', 'river', 'lake', 'mountain', 'mountains',
  'mount', 'mt', 'mt.', 'island', 'islands', 'bay', 'beach', 'coast', 'peninsula', 'sea', 'ocean', 'gulf', 'canyon', 'hills', 'heights',
  'park', 'desert', 'forest', 'strait', 'harbour', 'harbor', 'falls', 'springs', 'creek', 'airport', 'station', 'stadium', 'arena',
];
const MISC_CUES = [
  'festival', 'cup', 'award', 'awards', 'prize', 'series', 'edition', 'championship', 'championships', 'olympics', 'games', 'war', 'act', 'day',
  'week', 'show', 'summit', 'conference', 'expo', 'tour', 'open', 'bowl', 'trophy', 'album', 'movie', 'film', 'season', 'pro', 'max', 'plus',
];

const CUE_CLASS = new Map<string, number>();
// A word listed twice keeps its first class: organisation cues win ("games" studios over the Olympic Games).
for (const [list, cls] of [[ORG_CUES, CUE_ORG], [LOC_CUES, CUE_LOC], [MISC_CUES, CUE_MISC]] as const) for (const word of list) if (!CUE_CLASS.has(word)) CUE_CLASS.set(word, cls);

/** The cue class of a lower-cased word, 0 when none. */
export function cueClass(lower: string): number {
  return CUE_CLASS.get(lower) ?? 0;
}

const isCapitalised = initialChangesWhenLowerCased;

/**
 * The index of the last word of the capitalised run that opens at `first` (a capitalised word).
 * With `connectors`, "of", "for", "de" or "&" between two capitalised words stays inside the run.
 */
function runEnd(words: readonly string[], lower: readonly string[], first: number, connectors: boolean): number {
  let last = first;
  let k = first + 1;
  while (k < words.length) {
    if (isCapitalised(words[k] ?? '')) {
      last = k;
      k += 1;
    } else if (connectors && RUN_CONNECTORS.has(lower[k] ?? '') && isCapitalised(words[k + 1] ?? '')) {
      k += 1;
    } else break;
  }
  return last;
}

/** Calls `visit(first, last)` for each capitalised run of the sentence, left to right (`connectors` as for runEnd). */
function forEachRun(words: readonly string[], lower: readonly string[], connectors: boolean, visit: (first: number, last: number) => void): void {
  let i = 0;
  while (i < words.length) {
    if (!isCapitalised(words[i] ?? '')) {
      i += 1;
      continue;
    }
    const last = runEnd(words, lower, i, connectors);
    visit(i, last);
    i = last + 1;
  }
}

/** Where a token stands in its run: first, inside or last. */
export const RUN_FIRST = 0;
export const RUN_INSIDE = 1;
export const RUN_LAST = 2;

export interface RunInfo {
  /** Index of the run's first word. */
  readonly first: number;
  /** Index of the run's last word. */
  readonly last: number;
  /** RUN_FIRST, RUN_INSIDE or RUN_LAST. */
  readonly position: number;
  /** Cue class of the run's last cue word and where the token stands against it (-1 before, 0 at, 1 after); class 0 when none. */
  readonly cue: number;
  readonly cueSide: number;
  /** Whether the token is in the part of the run that a bracketed acronym after it spells. */
  readonly defined: boolean;
}

/** An acronym: 2-6 capitals, "&" allowed inside ("PG&E"). */
const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;

function initials(words: readonly string[], lower: readonly string[], first: number, last: number, withConnectors: boolean): string {
  let out = '';
  for (let k = first; k <= last; k += 1) {
    const word = words[k] ?? '';
    if (RUN_CONNECTORS.has(lower[k] ?? '')) {
      if (withConnectors && word !== '&') out += word.charAt(0).toUpperCase();
      continue;
    }
    out += word.charAt(0).toUpperCase();
  }
  return out;
}

/**
 * Per token, its capitalised run of two or more words (null outside one), and per token whether it
 * is a bracketed acronym of the run just before it. Not for ALL-CAPS lines (every word is capitalised there).
 */
export function nameRuns(words: readonly string[], lower: readonly string[]): { runs: (RunInfo | null)[]; acronyms: boolean[] | null } {
  const n = words.length;
  const runs: (RunInfo | null)[] = new Array<RunInfo | null>(n).fill(null);
  let acronyms: boolean[] | null = null;
  forEachRun(words, lower, true, (i, last) => {
    if (last > i) {
      let cueAt = -1;
      let cue = 0;
      for (let j = last; j >= i && cueAt < 0; j -= 1) {
        const c = cueClass(lower[j] ?? '');
        if (c !== 0) {
          cueAt = j;
          cue = c;
        }
      }
      // "( PUC )" after the run: the acronym spells the initials of the run or of its end
      // ("the California Public Utilities Commission ( CPUC )"), connectors counted or not.
      const acronym = words[last + 2];
      let definedFrom = last + 1;
      if (words[last + 1] === '(' && words[last + 3] === ')' && acronym !== undefined && ACRONYM.test(acronym)) {
        const letters = acronym.replace(/&/g, '');
        for (let start = i; start < last && definedFrom > last; start += 1) {
          if (!isCapitalised(words[start] ?? '')) continue;
          if (letters === initials(words, lower, start, last, false) || letters === initials(words, lower, start, last, true)) definedFrom = start;
        }
        if (definedFrom <= last) {
          acronyms ??= new Array<boolean>(n).fill(false);
          acronyms[last + 2] = true;
        }
      }
      for (let j = i; j <= last; j += 1) {
        const position = j === i ? RUN_FIRST : j === last ? RUN_LAST : RUN_INSIDE;
        runs[j] = { first: i, last, position, cue, cueSide: cue === 0 ? 0 : Math.sign(j - cueAt), defined: j >= definedFrom };
      }
    }
  });
  return { runs, acronyms };
}

/** Common nouns that name a kind of organisation ("the gas company Burisma", "Tmall, the retail site"). */
const ORG_NOUNS = new Set([
  'company', 'firm', 'startup', 'start-up', 'carrier', 'airline', 'retailer', 'bank', 'lender', 'insurer', 'group', 'giant', 'maker', 'manufacturer',
  'automaker', 'carmaker', 'chipmaker', 'developer', 'publisher', 'studio', 'agency', 'network', 'broadcaster', 'newspaper', 'paper', 'outlet',
  'magazine', 'website', 'site', 'platform', 'app', 'operator', 'chain', 'brand', 'label', 'club', 'franchise', 'party', 'union', 'organization',
  'organisation', 'charity', 'nonprofit', 'non-profit', 'foundation', 'institute', 'university', 'college', 'ministry', 'department', 'regulator',
  'watchdog', 'conglomerate', 'subsidiary', 'supplier', 'distributor', 'utility', 'exchange', 'producer', 'exporter', 'miner', 'refiner',
  'contractor', 'consultancy', 'bureau', 'council', 'committee', 'commission', 'militia', 'movement', 'coalition', 'alliance', 'band', 'outfit',
  'provider', 'insurer', 'brokerage', 'cooperative', 'co-op', 'retail', 'daily', 'tabloid', 'broadcaster', 'streamer', 'league', 'federation',
]);
/** ...and of a place ("the town of X" is the document pass's; here "the city Y", "X, a village"). */
const LOC_NOUNS = new Set([
  'town', 'city', 'village', 'hamlet', 'port', 'island', 'province', 'region', 'district', 'county', 'municipality', 'suburb', 'borough', 'state',
  'country', 'nation', 'capital', 'river', 'lake', 'mountain', 'neighbourhood', 'neighborhood', 'area', 'street', 'territory', 'resort', 'enclave',
]);

/** Codes of the common-noun context of a capitalised run (nounContexts). */
export const ORG_NOUN_BEFORE = 1;
export const ORG_NOUN_AFTER = 2;
export const LOC_NOUN_BEFORE = 3;
export const LOC_NOUN_AFTER = 4;
/** How far after "X , the" the noun of an apposition may come ("Burisma , the Ukrainian gas company"). */
const APPOSITION_REACH = 4;
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Per token of a capitalised run of any length (null elsewhere): the context code of the run, from
 * an organisation or place noun right before it ("the gas company Burisma") or heading an apposition
 * right after it ("Tmall , the retail site owned by Alibaba"), and the token's position in the run
 * (RUN_FIRST, RUN_INSIDE, RUN_LAST; a one-word run counts as RUN_LAST).
 */
export function nounContexts(words: readonly string[], lower: readonly string[]): Int8Array | null {
  const n = words.length;
  let out: Int8Array | null = null;
  forEachRun(words, lower, false, (i, last) => {
    let code = 0;
    const before = i > 0 ? (lower[i - 1] ?? '') : '';
    if (ORG_NOUNS.has(before)) code = ORG_NOUN_BEFORE;
    else if (LOC_NOUNS.has(before)) code = LOC_NOUN_BEFORE;
    else if (words[last + 1] === ',' && DETERMINERS.has(lower[last + 2] ?? '')) {
      for (let k = last + 3; k < n && k <= last + 2 + APPOSITION_REACH && code === 0; k += 1) {
        const word = lower[k] ?? '';
        if (ORG_NOUNS.has(word)) code = ORG_NOUN_AFTER;
        else if (LOC_NOUNS.has(word)) code = LOC_NOUN_AFTER;
        else if (!/^[\p{L}-]+$/u.test(word)) break;
      }
    }
    if (code !== 0) {
      out ??= new Int8Array(n);
      for (let j = i; j <= last; j += 1) out[j] = code * 4 + (j === last ? RUN_LAST : j === i ? RUN_FIRST : RUN_INSIDE);
    }
  });
  return out;
}

/** Bits of cueBits. */
export const DOC_CUE_ORG = 1;
export const DOC_CUE_LOC = 2;

/**
 * Per token, the cues its own sentence gives it, for the stacked second pass (stacking.ts):
 * DOC_CUE_ORG when an organisation noun comes right before its capitalised run or heads an
 * apposition after it ("the studio Respawn", "Burisma , the gas company"), or the token stands at or
 * before an organisation head of its run ("Sierra" in "Sierra Nevada Corporation"); DOC_CUE_LOC
 * likewise for place nouns and heads. Null when no token has one.
 */
export function cueBits(runs: readonly (RunInfo | null)[], nouns: Int8Array | null): Uint8Array | null {
  let out: Uint8Array | null = null;
  for (let i = 0; i < runs.length; i += 1) {
    let bits = 0;
    const run = runs[i];
    if (run !== null && run !== undefined && run.cueSide <= 0) bits |= run.cue === CUE_ORG ? DOC_CUE_ORG : run.cue === CUE_LOC ? DOC_CUE_LOC : 0;
    const noun = nouns === null ? 0 : (nouns[i] ?? 0) >> 2;
    if (noun === ORG_NOUN_BEFORE || noun === ORG_NOUN_AFTER) bits |= DOC_CUE_ORG;
    else if (noun === LOC_NOUN_BEFORE || noun === LOC_NOUN_AFTER) bits |= DOC_CUE_LOC;
    if (bits === 0) continue;
    out ??= new Uint8Array(runs.length);
    out[i] = bits;
  }
  return out;
}
