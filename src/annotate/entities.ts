/**
 * The entities annotator: the people, organizations, places and named events of the record, one
 * entry per entity with every mention of it in the body, the title and the captions, linked to
 * the knowledge base where it knows them. See docs/entities.md and docs/record.md (Entities).
 *
 *   tagger mentions per layer (recognize.ts; the title re-cased) + dateline + untagged demonyms
 *     -> title evidence check -> person names cleaned, untagged repeats of them -> acronyms
 *     -> overlaps settled
 *     -> roles next to person names -> groups (same name, surname, short org name, acronym)
 *     -> descriptors ("the former president") -> linking, merging by entry -> entities
 *
 * English only: a record whose language is set and is not English gets no entities.
 */
import { linkRenames, widenToKnownNames } from './entities/name-variants.js';
import type { AnnotateContext, Annotator, AnnotatorOutput } from './annotator.js';
import { BODY_LAYER, TITLE_LAYER, textLayers } from './layers.js';
import { type KnowledgeBase, loadKnowledgeBase } from '../kb/index.js';
import { genderOfWord } from '../nlp/gendered-words.js';
import { isHonorific } from '../nlp/honorifics.js';
import { type CaseEvidence, caseEvidence } from '../nlp/truecase.js';
import type { EntityT } from '../record/facts/entities.js';
import type { ArticleRecord } from '../record/schema.js';
import { applyAcronyms } from './entities/acronyms.js';
import { assembleEntities } from './entities/assemble.js';
import { ENTITIES_ID, type MentionCandidate, type ReadLayer, byReadingOrder, nameKey } from './entities/candidate.js';
import { findDateline } from './entities/dateline.js';
import { findUntaggedDemonyms } from './entities/demonyms.js';
import { addDescriptors } from './entities/descriptors.js';
import { type TitleGender, groupMentions } from './entities/group.js';
import { cleanPersonNames } from './entities/person-names.js';
import { settleOverlaps } from './entities/settle-overlaps.js';
import { splitTitleComplements } from './entities/title-complement.js';
import { tagLayer } from './entities/recognize.js';
import { findNameRepeats } from './entities/repeats.js';
import { findRoles } from './entities/roles.js';
import { checkTitleMentions, knownNamesInside } from './entities/title-check.js';

/**
 * Whether the record is read: English, or a language nobody detected (as the amounts annotator
 * decides). The tagger and the word lists are English.
 */
export function readsLanguage(language: string | null): boolean {
  return language === null || /^en(?:$|[-_])/i.test(language);
}

/** Layers in reading order: the title, the body, then the captions. */
function readingLayers(record: Readonly<ArticleRecord>): ReadLayer[] {
  return textLayers(record).map((source) => ({
    ...source,
    order: source.layer === TITLE_LAYER ? 0 : source.layer === BODY_LAYER ? 1 : 2 + Number(source.layer.split('/')[1]),
  }));
}

/** A gendered title right before a person's mention ("Mr. Abiola", "Mrs Funmi Abiola"), read this far back. */
const TITLE_WINDOW = 12;
const TITLE_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\.?\s+$/u;

/** The first and last words of the people named in full ("Medvedev" alone may still be one of them), and the last word of named events ("Waisale"). */
function namePartsOf(known: ReadonlyMap<string, MentionCandidate>): Map<string, MentionCandidate> {
  const parts = new Map<string, MentionCandidate>();
  for (const [key, mention] of known) {
    if ((mention.type !== 'person' && mention.type !== 'event') || !key.includes(' ')) continue;
    const words = key.split(' ');
    // A storm is known by its given name alone ("Waisale" for "Cyclone Waisale"), never by its kind.
    const ends = mention.type === 'event' ? [words[words.length - 1]] : [words[0], words[words.length - 1]];
    for (const word of ends) if (word !== undefined && !parts.has(word)) parts.set(word, mention);
  }
  return parts;
}

/** MISC mentions kept only when they write (or hold) a name found elsewhere: typed as there. */
function rescueUnsure(unsure: readonly MentionCandidate[], known: ReadonlyMap<string, MentionCandidate>): MentionCandidate[] {
  const parts = namePartsOf(known);
  return unsure.flatMap((mention) => {
    const key = nameKey(mention.text);
    const like = known.get(key) ?? parts.get(key);
    return like !== undefined ? [{ ...mention, type: like.type }] : knownNamesInside(mention, known);
  });
}

export function annotateEntities(record: Readonly<ArticleRecord>, kb: KnowledgeBase = loadKnowledgeBase()): EntityT[] {
  const layers = readingLayers(record);
  if (layers.length === 0) return [];
  const texts = new Map(layers.map((source) => [source.layer, source.text] as const));
  const layerOrder = new Map(layers.map((source) => [source.layer, source.order] as const));
  const order = byReadingOrder(layerOrder);
  let evidence: CaseEvidence | null = null;
  const bodyEvidence = (): CaseEvidence => (evidence ??= caseEvidence(record.text));

  const kept: MentionCandidate[] = [];
  const unsure: MentionCandidate[] = [];
  let title: MentionCandidate[] = [];
  for (const source of layers) {
    const tagged = tagLayer(source.layer, source.text, bodyEvidence, kb);
    const extra = source.layer === BODY_LAYER ? findDateline(source.layer, source.text) : [];
    const found = settleOverlaps([...extra, ...tagged.kept]);
    if (source.layer === TITLE_LAYER) title = found;
    else kept.push(...found);
    unsure.push(...tagged.unsure);
  }
  const known = new Map<string, MentionCandidate>();
  for (const mention of kept) if (mention.form === 'name' && !known.has(nameKey(mention.text))) known.set(nameKey(mention.text), mention);
  kept.push(...checkTitleMentions(title, bodyEvidence, known));
  for (const mention of kept) if (mention.form === 'name' && !known.has(nameKey(mention.text))) known.set(nameKey(mention.text), mention);
  // A MISC word that, with the lower-case word after it, writes a name the article uses ("the
  // so-called ‘Northern territories’" after "the Northern Territories") joins that name.
  // One pass widens the kept candidates too: a one-word name that completes a longer one ("Northern" + " territories").
  const all = widenToKnownNames([...kept, ...unsure], texts);
  const widened = all.slice(kept.length);
  kept.splice(0, kept.length, ...all.slice(0, kept.length));
  kept.push(...widened.filter((c) => c.refersTo !== undefined));
  kept.push(...rescueUnsure(unsure.filter((_, i) => widened[i]?.refersTo === undefined), known));
  for (const source of layers) {
    kept.push(...findUntaggedDemonyms(source.layer, source.text, kept.filter((m) => m.layer === source.layer), kb));
  }

  const named = linkRenames(kept.sort(order), texts);
  const people = cleanPersonNames(splitTitleComplements(named, texts, kb), texts, kb);
  const mentions = settleOverlaps(applyAcronyms([...people, ...findNameRepeats(people, texts)], texts)).sort(order);
  const roles = findRoles(mentions, texts, kb);
  const titleGenderOf = (m: MentionCandidate): TitleGender => {
    const before = TITLE_BEFORE.exec(texts.get(m.layer)?.slice(Math.max(0, m.start - TITLE_WINDOW), m.start) ?? '')?.[1];
    return before === undefined || !isHonorific(before) ? null : genderOfWord(before);
  };
  const groups = groupMentions(mentions, roles, order, (name) => kb.lookup(name).some((c) => c.entry.type === 'location'), titleGenderOf);
  addDescriptors(groups, texts, [...mentions, ...[...roles.values()].flat()], order);
  return assembleEntities(groups, texts, kb, order, layerOrder);
}

const annotator: Annotator = {
  id: ENTITIES_ID,
  fields: ['entities'] as const,
  run(record: Readonly<ArticleRecord>, _context: AnnotateContext): AnnotatorOutput {
    if (!readsLanguage(record.language)) return { entities: [] };
    return { entities: annotateEntities(record) };
  },
};

export const entitiesAnnotator: Annotator = Object.freeze(annotator);
