/**
 * Mentions into groups, one per entity as far as the article's own words tell (linking may merge
 * groups later, assemble.ts):
 * - the same name, normalised as the knowledge base does (src/kb/normalize.ts: case, accents,
 *   "the", dots), is one group; its type is the one the mentions' confidences favour;
 * - a person named by a shorter form of a full name written elsewhere (a surname, a first name, a
 *   first name and surname of a longer name) joins that person, form "partial"; where two people
 *   share the surname, the one named last before it (else first after it) takes it;
 * - an organization name that is the first or last words of exactly one longer organization name
 *   ("the Council" for "the Security Council", "Valmar" for "Valmar Bank") joins it, form
 *   "partial"; a place name never counts as the first words ("Panama" of "Panama Canal Authority");
 * - an acronym joins the name it was defined for;
 * - nationality words form their own groups, one per word, for the linker to send to a country;
 * - a lone one-word "person" that is a common English word or an initial is dropped.
 */
import { isGenerationalSuffix } from '../../nlp/name-particles.js';
import { loadTruecaseLexicon } from '../../nlp/truecase.js';
import type { EntityRoleT, EntityTypeT } from '../../record/facts/entities.js';
import { type MentionCandidate, nameKey } from './candidate.js';

export interface MentionGroup {
  type: EntityTypeT;
  mentions: MentionCandidate[];
  roles: EntityRoleT[];
  /** True when every mention is a nationality word. */
  readonly demonym: boolean;
}

type Order = (a: MentionCandidate, b: MentionCandidate) => number;

function words(key: string): string[] {
  return key.split(' ').filter((word) => word.length > 0);
}

function majorityType(mentions: readonly MentionCandidate[]): EntityTypeT {
  const weight = new Map<EntityTypeT, number>();
  for (const mention of mentions) weight.set(mention.type, (weight.get(mention.type) ?? 0) + mention.confidence);
  let best: EntityTypeT = mentions[0]?.type ?? 'organization';
  for (const [type, total] of weight) if (total > (weight.get(best) ?? 0)) best = type;
  return best;
}

/** Whether `short` names a person by part of the full name `written` (both normalised keys). */
function isPartOfPersonName(short: readonly string[], written: readonly string[]): boolean {
  if (short.length >= written.length) return false;
  // "Carlineo" for "Patrick W. Carlineo Jr.": the surname is the word before a generational suffix.
  const full = written.length > 2 && isGenerationalSuffix(written[written.length - 1] as string) ? written.slice(0, -1) : written;
  if (short.length === 1) return short[0] === full[full.length - 1] || short[0] === full[0];
  // "Joel Ek" in "Joel Eriksson Ek", and a compound surname alone: "Eriksson Ek", "García Márquez";
  // the given name and first surname alone: "Rosario Villaseñor" for "Rosario Villaseñor Treviño".
  return (short[0] === full[0] && short[short.length - 1] === full[full.length - 1]) || isEdgeOf(short, full, true);
}

/** The gender a title written before a person's mention gives ("Mr.", "Mrs."), or null. */
export type TitleGender = 'male' | 'female' | null;

function otherGender(g: 'male' | 'female'): TitleGender {
  return g === 'male' ? 'female' : 'male';
}

/** Whether `short` is the last words of `full`, or its first words when `head` allows. */
function isEdgeOf(short: readonly string[], full: readonly string[], head: boolean): boolean {
  if (short.length >= full.length) return false;
  const key = short.join(' ');
  return key === full.slice(full.length - short.length).join(' ') || (head && key === full.slice(0, short.length).join(' '));
}

/** Among groups that could take `mention`, the one named last before it, else the first after it. */
function nearest(targets: readonly MentionGroup[], mention: MentionCandidate, order: Order): MentionGroup | undefined {
  let best: MentionGroup | undefined;
  let bestMention: MentionCandidate | undefined;
  for (const group of targets) {
    for (const other of group.mentions) {
      if (order(other, mention) >= 0) continue;
      if (bestMention === undefined || order(other, bestMention) > 0) {
        best = group;
        bestMention = other;
      }
    }
  }
  return best ?? targets[0];
}

function absorb(into: MentionGroup, from: MentionGroup, form: MentionCandidate['form']): void {
  for (const mention of from.mentions) into.mentions.push(mention.form === 'name' ? { ...mention, form } : mention);
  into.roles.push(...from.roles);
}

/**
 * `isPlaceName` tells whether the knowledge base knows a name as a place: such a name is not taken
 * for the short form of an organization it opens ("Panama" of "Panama Canal Authority").
 */
export function groupMentions(
  candidates: readonly MentionCandidate[],
  roles: ReadonlyMap<MentionCandidate, readonly EntityRoleT[]>,
  order: Order,
  isPlaceName: (name: string) => boolean,
  titleGenderOf: (mention: MentionCandidate) => TitleGender = () => null,
): MentionGroup[] {
  const byKey = new Map<string, MentionCandidate[]>();
  const demonyms = new Map<string, MentionCandidate[]>();
  const acronyms: MentionCandidate[] = [];
  for (const mention of [...candidates].sort(order)) {
    if (mention.form === 'acronym') acronyms.push(mention);
    else if (mention.form === 'demonym') push(demonyms, nameKey(mention.text), mention);
    // A renamed organisation's new name groups under the old one it stands for (name-variants.ts).
    else push(byKey, nameKey(mention.form === 'name' && mention.refersTo !== undefined ? mention.refersTo : mention.text), mention);
  }
  const groups = new Map<string, MentionGroup>();
  for (const [key, mentions] of byKey) {
    groups.set(key, { type: majorityType(mentions), mentions, roles: mentions.flatMap((m) => roles.get(m) ?? []), demonym: false });
  }
  mergeShorterNames(groups, order, roles, isPlaceName, titleGenderOf);
  for (const mention of acronyms) {
    const target = groups.get(nameKey(mention.refersTo ?? mention.text));
    if (target !== undefined) target.mentions.push(mention);
    else groups.set(nameKey(mention.text), { type: mention.type, mentions: [mention], roles: [], demonym: false });
  }
  const out = [...groups.values()].filter((group) => !isUnlikelyPerson(group));
  for (const mentions of demonyms.values()) out.push({ type: 'location', mentions, roles: [], demonym: true });
  for (const group of out) group.mentions.sort(order);
  return out;
}

/**
 * A one-word "person" with no role and no full name anywhere that is a common English word (the
 * truecase lexicon: "Job" opening a sentence) or a bare initial ("B."): a tagger slip, dropped.
 */
function isUnlikelyPerson(group: MentionGroup): boolean {
  if (group.type !== 'person' || group.roles.length > 0) return false;
  const common = loadTruecaseLexicon();
  return group.mentions.every((m) => m.form === 'name' && !/\s/.test(m.text) && (m.text.replace(/\./g, '').length < 2 || common.has(m.text.toLowerCase())));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Surnames into full names, short organization and event names into long ones (in place). */
/** A name written in capitals only ("NHS", "U.N."). */
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

function mergeShorterNames(
  groups: Map<string, MentionGroup>,
  order: Order,
  roles: ReadonlyMap<MentionCandidate, readonly EntityRoleT[]>,
  isPlaceName: (name: string) => boolean,
  titleGenderOf: (mention: MentionCandidate) => TitleGender,
): void {
  const groupTitleGender = (group: MentionGroup): TitleGender => {
    for (const m of group.mentions) {
      const g = titleGenderOf(m);
      if (g !== null) return g;
    }
    return null;
  };
  // The words of every key, split once: the loop below compares every pair of groups.
  const wordsOf = new Map<string, string[]>();
  for (const key of groups.keys()) wordsOf.set(key, words(key));
  const wordsFor = (key: string): string[] => wordsOf.get(key) ?? words(key);
  const keys = [...groups.keys()].sort((a, b) => wordsFor(a).length - wordsFor(b).length);
  /** The groups other than `key`'s of `type` whose key passes `test`, in the map's order. */
  const others = (key: string, type: EntityTypeT, test: (other: readonly string[]) => boolean): MentionGroup[] => {
    const found: MentionGroup[] = [];
    for (const [other, g] of groups) if (other !== key && g.type === type && test(wordsFor(other))) found.push(g);
    return found;
  };
  for (const key of keys) {
    const group = groups.get(key) as MentionGroup;
    const short = wordsFor(key);
    if (group.type === 'person') {
      const targets = others(key, 'person', (full) => isPartOfPersonName(short, full));
      if (targets.length === 0) continue;
      const kept: MentionCandidate[] = [];
      for (const mention of group.mentions) {
        // "Mr. Abiola" does not join "Mrs. Funmi Abiola": the titles say two people.
        const title = titleGenderOf(mention);
        const fitting = title === null ? targets : targets.filter((t) => groupTitleGender(t) !== otherGender(title));
        const target = nearest(fitting, mention, order);
        if (target === undefined) kept.push(mention);
        else absorb(target, { ...group, mentions: [mention], roles: [...(roles.get(mention) ?? [])] }, 'partial');
      }
      if (kept.length === 0) groups.delete(key);
      else group.mentions = kept;
    } else if (group.type === 'event' && short.length === 1) {
      // "Waisale" after "Cyclone Waisale": the last word of one longer event name.
      const targets = others(key, 'event', (full) => isEdgeOf(short, full, false));
      if (targets.length !== 1) continue;
      absorb(targets[0] as MentionGroup, group, 'partial');
      groups.delete(key);
    } else if (group.type === 'organization') {
      const place = isPlaceName(key);
      // "NHS" and "NHS Wealdshire", "UN" and "UN Security Council": an acronym opening a longer name is the parent body, not a short form.
      const acronym = group.mentions.every((m) => ACRONYM.test(m.text));
      const targets = others(key, 'organization', (full) => isEdgeOf(short, full, !place && !acronym));
      if (targets.length !== 1) continue;
      absorb(targets[0] as MentionGroup, group, 'partial');
      groups.delete(key);
    }
  }
}
