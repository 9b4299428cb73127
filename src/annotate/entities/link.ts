/**
 * Linking entities to the knowledge base (docs/kb.md): for each group of mentions the entities
 * annotator formed, the entry it most likely names, decided jointly over the whole article.
 *
 * 1. Candidates: every entry a name of the group is indexed under (or, for nationality words, every
 *    entry the demonym points at), kept when the tagged type allows it (link-types.ts), when an
 *    all-capitals name matches an alias in the same case ("WHO", never "Who"), and when a name that
 *    is also a common word ("Of", "Mobile") has context for it (link-common-words.ts); so must a
 *    region without a point (mostly small municipalities named like people or words: "Kuzma").
 * 2. Prior: the knowledge base's rank score (log10 population, or a base per kind), less a cost
 *    for towns under 30,000 people, for a region that shares its name with a city of the same
 *    country ("Birmingham" the council area), for a place without a point, and for a type other
 *    than the tagged one.
 * 3. Local evidence: a qualifier next to a mention ("Paris, Texas", "the Texas city of Paris")
 *    decides; "state"/"province" after a mention favours the region ("Washington state").
 * 4. Article context, in two rounds over every entity's current choice: the countries of the
 *    other entities (the article's country focus), the regions they lie in or that contain them
 *    ("Georgia" with Atlanta, whose region is Georgia, is the US state; with Tbilisi, the country),
 *    and other places nearby (within a few hundred kilometres).
 *
 * The work per article is a few look-ups per entity and a pass over pairs of entities: no scan
 * over the knowledge base.
 */
import type { KbEntry, KnowledgeBase } from '../../kb/index.js';
import { normalizeName } from '../../kb/index.js';
import { isCommonWordName } from './link-common-words.js';
import { type Qualifier, readQualifier, satisfies } from './link-qualifier.js';
import { compatible, crossType, typePenalty } from './link-types.js';

export interface LinkMention {
  readonly layer: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** up to 60 characters of the layer before / after the mention */
  readonly before: string;
  readonly after: string;
}

export interface LinkQuery {
  readonly type: 'person' | 'organization' | 'location' | 'event';
  /** the names written in the article for this entity, longest/fullest first (no descriptors, no pronouns) */
  readonly names: readonly string[];
  readonly mentions: readonly LinkMention[];
  /** true when every mention is a nationality word ("Japanese"): link through lookupDemonym */
  readonly demonym: boolean;
}

export interface LinkChoice {
  readonly entry: KbEntry;
  readonly rule: string;
  readonly score: number;
  readonly candidates: number;
}

/** Towns under this rank score (about 30,000 people) pay TINY_PLACE_COST unless context supports them. */
const TINY_PLACE_SCORE = 4.5;
const TINY_PLACE_COST = 1;
/** A region found under the same name as a city of its country ("Birmingham" the council area): the city is meant. */
const NAMESAKE_REGION_COST = 1;
/** "Washington state", "Quebec province", "the state of New York". */
const REGION_CUE_BONUS = 3;
const QUALIFIER_BONUS = 6;
/** Between two close readings, the one the knowledge base can put on a map. */
const NO_POINT_COST = 0.25;
/** Country focus: the first other entity in the same country, and each further one, capped. */
const FOCUS_FIRST = 1;
const FOCUS_EACH = 0.5;
const FOCUS_MAX = 2.5;
/** A place in a region another entity names, or a region holding another entity's place. */
const CONTAINMENT_BONUS = 2.5;
/** A town in the same region as another entity's town. */
const SAME_REGION_BONUS = 1;
const NEAR_KM = 150;
const NEAR_BONUS = 1.5;
const AROUND_KM = 400;
const AROUND_BONUS = 0.75;
/** Below this total a place is not linked: a small town with nothing in the article for it. */
const MIN_PLACE_SCORE = 3.6;
/** The margin over the runner-up at which a choice counts fully as context for the others. */
const SURE_MARGIN = 2;
const MIN_WEIGHT = 0.1;
/** Rounds of re-deciding every entity against the others' current choices. */
const CONTEXT_ROUNDS = 2;

const REGION_CUE_AFTER = /^\s+(?:state|province|region|prefecture|oblast|county|governorate|territory)\b/i;
const REGION_CUE_BEFORE = /\b(?:state|province|region|prefecture|oblast|governorate)\s+of\s+$/i;
const REGION_KINDS: ReadonlySet<string> = new Set(['region', 'disputed-territory']);
/** Kinds a name that is an everyday word may only reach with context ("Mobile", "Northern"). */
const COMMON_WORD_KINDS: ReadonlySet<string> = new Set(['city', 'district', 'region']);
const LOCAL_KINDS: ReadonlySet<string> = new Set(['city', 'district', 'island', 'region', 'landmark']);

interface Candidate {
  readonly entry: KbEntry;
  /** Prior plus local evidence. */
  readonly base: number;
  readonly qualified: boolean;
  readonly tiny: boolean;
  /** A town named like an everyday word: taken only with support from the article. */
  readonly common: boolean;
  /** A place for an organization-tagged name (link-types.ts `crossType`). */
  readonly cross: boolean;
  /** A region the knowledge base cannot place (often a small municipality): taken only with context. */
  readonly obscure: boolean;
  /** A region holding a city of its own name: the region's towns do not count for it. */
  readonly nested: boolean;
}

interface Pending {
  readonly query: LinkQuery;
  readonly candidates: readonly Candidate[];
  /** Index into candidates of the current choice, or -1. */
  pick: number;
  /** How much the current choice counts as context for the others (0..1). */
  weight: number;
  /** A mention reads as a place ("in Tripoli", "the outskirts of Tripoli"). */
  readonly locative: boolean;
}

const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

function compactCase(name: string): string {
  return name.replace(/[.\s]/g, '');
}

/** Longer words in capitals are shouting (a dateline's "TBILISI"), not acronyms. */
const MAX_ACRONYM_LETTERS = 4;
/** A dateline: the paragraph's first words, in capitals, then a comma or a dash ("ROME, Italy —", "LIMA -"). */
const DATELINE_AFTER = /^\s*(?:,|\s[—–-]|\()/;
const PARAGRAPH_START = /(?:^|\n)\s*$/;

function inDateline(query: LinkQuery): boolean {
  return query.mentions.some((m) => PARAGRAPH_START.test(m.before) && DATELINE_AFTER.test(m.after));
}

/** An all-capitals name matches only a name or alias written the same way ("WHO", "US", "U.S."). */
function caseMatches(name: string, entry: KbEntry, dateline: boolean): boolean {
  if (!ACRONYM.test(name) || dateline || name.replace(/\./g, '').length > MAX_ACRONYM_LETTERS) return true;
  const wanted = compactCase(name);
  return [entry.name, ...(entry.aliases ?? [])].some((alias) => compactCase(alias) === wanted);
}

/** Names this short ("Wa", "Bo", "Ig") are GeoNames towns far more often than news means them. */
const MIN_PLAIN_NAME_LETTERS = 3;
const STATE_KINDS: ReadonlySet<string> = new Set(['country', 'territory']);

/**
 * A one- or two-letter name links only through an alias written the same way ("US", "DC", "UN"),
 * or to a country or organization named so; never to a town or region that merely bears it.
 */
function shortNameMatches(name: string, entry: KbEntry): boolean {
  const compact = compactCase(name);
  if (compact.length >= MIN_PLAIN_NAME_LETTERS) return true;
  if ((entry.aliases ?? []).some((alias) => compactCase(alias) === compact)) return true;
  return compactCase(entry.name) === compact && (entry.type !== 'location' || STATE_KINDS.has(entry.kind));
}

function hasCapital(name: string): boolean {
  return /\p{Lu}/u.test(name);
}

function lookupAll(query: LinkQuery, kb: KnowledgeBase): KbEntry[] {
  const seen = new Map<string, KbEntry>();
  const dateline = inDateline(query);
  for (const name of query.names) {
    if (!hasCapital(name)) continue;
    const found = query.demonym ? kb.lookupDemonym(name) : kb.lookup(name);
    for (const { entry } of found) {
      if (seen.has(entry.id) || !caseMatches(name, entry, dateline) || !shortNameMatches(name, entry)) continue;
      seen.set(entry.id, entry);
    }
  }
  return [...seen.values()];
}

function regionCue(query: LinkQuery): boolean {
  return query.mentions.some((m) => REGION_CUE_AFTER.test(m.after) || REGION_CUE_BEFORE.test(m.before));
}

function qualifiers(query: LinkQuery, kb: KnowledgeBase): Qualifier[] {
  const out: Qualifier[] = [];
  for (const mention of query.mentions) {
    const found = readQualifier(kb, mention.before, mention.after);
    if (found !== null) out.push(found);
  }
  return out;
}

/**
 * A region holding a city of its own name ("New York" state and city): a town of the region in the
 * article fits both readings, so containment does not decide between them.
 */
function holdsNamesakeCity(entry: KbEntry, all: readonly KbEntry[]): boolean {
  if (entry.type !== 'location' || entry.kind !== 'region') return false;
  const key = keysOf(entry).name;
  return all.some((other) => other.type === 'location' && other.kind === 'city' && other.cc[0] === entry.cc[0] && keysOf(other).admin1 === key);
}

/** A region found under the same name as a city of its country ("Birmingham", "New York"): the city is meant. */
function namesakeRegion(entry: KbEntry, all: readonly KbEntry[]): boolean {
  if (entry.type !== 'location' || entry.kind !== 'region') return false;
  return all.some((other) => other.type === 'location' && (other.kind === 'city' || other.kind === 'district') && other.cc[0] === entry.cc[0]);
}

function scoreCandidates(query: LinkQuery, entries: readonly KbEntry[], kb: KnowledgeBase): Candidate[] {
  const quals = query.type === 'location' || query.type === 'organization' ? qualifiers(query, kb) : [];
  const cue = regionCue(query);
  return entries.map((entry) => {
    const tiny = entry.type === 'location' && (entry.kind === 'city' || entry.kind === 'district') && entry.score < TINY_PLACE_SCORE;
    const qualified = quals.some((q) => satisfies(entry, q));
    const common = !query.demonym && entry.type === 'location' && COMMON_WORD_KINDS.has(entry.kind) && query.names.every((name) => isCommonWordName(name, entry));
    let base = entry.score - typePenalty(query.type, entry);
    if (tiny) base -= TINY_PLACE_COST;
    if (namesakeRegion(entry, entries)) base -= NAMESAKE_REGION_COST;
    if (cue && entry.type === 'location' && REGION_KINDS.has(entry.kind)) base += REGION_CUE_BONUS;
    if (qualified) base += QUALIFIER_BONUS;
    if (entry.type === 'location' && entry.lat === null) base -= NO_POINT_COST;
    const obscure = entry.type === 'location' && entry.kind === 'region' && entry.lat === null;
    return { entry, base, qualified, tiny, common, cross: crossType(query.type, entry), obscure, nested: holdsNamesakeCity(entry, entries) };
  });
}

/** What the context pass compares, worked out once per entry and process (entries never change). */
interface EntryKeys {
  readonly name: string;
  readonly admin1: string | null;
  /** A point for places of local kinds (cities, regions, islands): what "nearby" is measured from. */
  readonly local: { lat: number; lon: number } | null;
}

const KEYS = new WeakMap<KbEntry, EntryKeys>();

function keysOf(entry: KbEntry): EntryKeys {
  let keys = KEYS.get(entry);
  if (keys === undefined) {
    const place = entry.type === 'location' ? entry : null;
    keys = {
      name: normalizeName(entry.name),
      admin1: place?.admin1 !== undefined ? normalizeName(place.admin1) : null,
      local: place !== null && LOCAL_KINDS.has(place.kind) && place.lat !== null && place.lon !== null ? { lat: place.lat, lon: place.lon } : null,
    };
    KEYS.set(entry, keys);
  }
  return keys;
}

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/** Equirectangular distance: within a percent of the great circle at the few hundred km it decides on. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  let dLon = Math.abs(b.lon - a.lon);
  if (dLon > 180) dLon = 360 - dLon;
  const x = dLon * RADIANS * Math.cos(((a.lat + b.lat) / 2) * RADIANS);
  return EARTH_RADIUS_KM * Math.sqrt(x * x + dLat * dLat);
}

/** What the other entities' current choices say for one candidate. */
function contextBonus(candidate: KbEntry, self: Pending, all: readonly Pending[], nested: boolean): number {
  let focus = 0;
  let containment = 0;
  let sameRegion = 0;
  let near = 0;
  const { name: key, admin1, local: here } = keysOf(candidate);
  for (const other of all) {
    if (other === self || other.pick < 0) continue;
    const chosen = other.candidates[other.pick]?.entry;
    if (chosen === undefined || chosen.id === candidate.id) continue;
    const w = other.weight;
    if (chosen.cc[0] !== undefined && chosen.cc[0] === candidate.cc[0]) focus += w * (chosen.type === 'location' ? 1 : 0.5);
    if (chosen.type !== 'location' || candidate.type !== 'location') continue;
    const theirs = keysOf(chosen);
    const otherAdmin1 = theirs.admin1;
    const sameCountry = chosen.cc[0] === candidate.cc[0];
    if (sameCountry && REGION_KINDS.has(chosen.kind) && admin1 === theirs.name) containment = Math.max(containment, w);
    if (sameCountry && !nested && REGION_KINDS.has(candidate.kind) && otherAdmin1 === key) containment = Math.max(containment, w);
    if (sameCountry && admin1 !== null && otherAdmin1 === admin1 && chosen.kind !== 'region') sameRegion = Math.max(sameRegion, w);
    const there = theirs.local;
    if (here !== null && there !== null) {
      const km = distanceKm(here, there);
      if (km < NEAR_KM) near = Math.max(near, NEAR_BONUS * w);
      else if (km < AROUND_KM) near = Math.max(near, AROUND_BONUS * w);
    }
  }
  const focusBonus = focus > 0 ? Math.min(FOCUS_MAX, FOCUS_FIRST + FOCUS_EACH * (focus - 1)) : 0;
  // A town in the same region and a town nearby are mostly the same evidence: the stronger counts.
  return focusBonus + containment * CONTAINMENT_BONUS + Math.max(sameRegion * SAME_REGION_BONUS, near);
}

/** "in", "near", "the outskirts of", "the city of" right before a mention: it names a place. */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|from|into|across|around|towards?|(?:city|town|port|outskirts|streets|centre|center|suburbs|province|region|state) of)\s+$/i;
/** Enough of the text before a mention for LOCATIVE_BEFORE ("the outskirts of "). */
const LOCATIVE_TAIL = 20;
/** Context that lets an organization-tagged name be a place: at least two other entities in its country. */
const CROSS_TYPE_CONTEXT = FOCUS_FIRST + FOCUS_EACH;

function acceptable(c: Candidate, score: number, context: number, locative: boolean): boolean {
  if (c.cross && !c.qualified && !locative && context < CROSS_TYPE_CONTEXT) return false;
  if (c.entry.type !== 'location' || c.qualified) return true;
  if ((c.common || c.obscure) && context <= 0) return false;
  return score >= MIN_PLACE_SCORE;
}

/** The best candidate and its margin over the runner-up. */
function decide(pending: Pending, all: readonly Pending[], withContext: boolean): { pick: number; best: number; margin: number } {
  let pick = -1;
  let best = -Infinity;
  let second = -Infinity;
  let bestContext = 0;
  // An organization-tagged name that some organization bears is that organization, never a town.
  const ownType = pending.candidates.some((c) => c.entry.type === pending.query.type);
  pending.candidates.forEach((c, i) => {
    if (ownType && c.cross) return;
    const context = withContext ? contextBonus(c.entry, pending, all, c.nested) : 0;
    const score = c.base + context;
    if (score > best) {
      second = best;
      best = score;
      pick = i;
      bestContext = context;
    } else if (score > second) second = score;
  });
  const chosen = pending.candidates[pick];
  if (chosen === undefined || !acceptable(chosen, best, bestContext, pending.locative)) return { pick: -1, best, margin: 0 };
  return { pick, best, margin: second === -Infinity ? Infinity : best - second };
}

/** Context weight of a choice: a sure one counts fully, a coin toss hardly at all. */
function weightOf(margin: number): number {
  return Math.min(1, Math.max(MIN_WEIGHT, margin / SURE_MARGIN));
}

function confidence(candidates: number, margin: number, chosen: Candidate): number {
  const sure = candidates === 1 ? 0.9 : 1 / (1 + Math.exp(-margin));
  const score = chosen.tiny && !chosen.qualified ? sure * 0.8 : sure;
  return Math.round(Math.min(0.99, Math.max(0.5, score)) * 100) / 100;
}

function ruleOf(pending: Pending, chosen: Candidate): string {
  if (pending.query.demonym) return 'demonym';
  if (pending.candidates.length === 1) return 'only-candidate';
  if (chosen.qualified) return 'qualifier';
  const byRank = pending.candidates.reduce((a, b) => (b.entry.score > a.entry.score ? b : a));
  return byRank.entry.id === chosen.entry.id ? 'rank' : 'context';
}

/** Joint disambiguation over the whole article; null where nothing fits (including type mismatches). */
export function linkEntities(queries: readonly LinkQuery[], kb: KnowledgeBase): (LinkChoice | null)[] {
  const pending: Pending[] = queries.map((query) => {
    const entries = lookupAll(query, kb).filter((entry) => compatible(query.type, entry));
    return { query, candidates: scoreCandidates(query, entries, kb), pick: -1, weight: 0, locative: query.mentions.some((m) => LOCATIVE_BEFORE.test(m.before.slice(-LOCATIVE_TAIL))) };
  });
  const margins = pending.map((p) => {
    const { pick, margin } = decide(p, pending, false);
    p.pick = pick;
    p.weight = weightOf(margin);
    return margin;
  });
  // Sure choices first, and each new choice is seen by the next: deciding all at once lets two
  // uncertain names pull each other back and forth.
  const order = pending.map((_, i) => i).sort((a, b) => (margins[b] ?? 0) - (margins[a] ?? 0) || a - b);
  for (let round = 0; round < CONTEXT_ROUNDS; round++) {
    for (const i of order) {
      const p = pending[i];
      if (p === undefined) continue;
      const d = decide(p, pending, true);
      p.pick = d.pick;
      p.weight = weightOf(d.margin);
      margins[i] = d.margin;
    }
  }
  return pending.map((p, i) => {
    const chosen = p.candidates[p.pick];
    if (chosen === undefined) return null;
    return {
      entry: chosen.entry,
      rule: `entities/link:${ruleOf(p, chosen)}`,
      score: confidence(p.candidates.length, margins[i] ?? 0, chosen),
      candidates: p.candidates.length,
    };
  });
}

