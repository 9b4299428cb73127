/**
 * The tagger's mentions of one layer as candidates (rule "entities/model:ner-perceptron"):
 * PER, ORG and LOC are kept (a name whose last word names a building, site or feature, "Rausu
 * Observatory Deck", "Kaliwa River", is a place; "China-funded" is cut to "China"); MISC only as a named event (events.ts), a nationality word (demonyms.ts) or
 * a name ending in an organization word ("... Shippers Association");
 * a hyphenated word that is not a name gives its demonym parts ("Russian-held" -> "Russian").
 * Other MISC mentions are handed back apart: they count only when they write a name found
 * elsewhere in the article (the title's "Medvedev:").
 *
 * A headline in Title Case or capitals is re-cased first (src/nlp/truecase.ts, from the body's
 * evidence), so "Peace Treaty Only Possible" is read as prose; offsets are unchanged.
 */
import type { KnowledgeBase } from '../../kb/index.js';
import { NER_MODEL_NAME, type EntityMention, recognizeEntities } from '../../nlp/tagger/index.js';
import { type CaseEvidence, lineCase, truecaseLine } from '../../nlp/truecase.js';
import type { EntityTypeT } from '../../record/facts/entities.js';
import { TITLE_LAYER } from '../layers.js';
import { type MentionCandidate, ruleName } from './candidate.js';
import { demonymMentions } from './demonyms.js';
import { isNamedEvent, startsLikeEvent } from './events.js';
import { FACILITY_HEADS, FEATURE_LEADS, ORGANIZATION_HEADS } from './lexicon.js';

export const MODEL_RULE = ruleName(`model:${NER_MODEL_NAME}`);

const LETTER = /\p{L}/u;

export interface TaggedLayer {
  /** Mentions kept. */
  readonly kept: MentionCandidate[];
  /** MISC mentions that are neither events nor demonyms, typed by what they could be. */
  readonly unsure: MentionCandidate[];
}

const TYPE_OF_TAG: Readonly<Record<'PER' | 'ORG' | 'LOC', EntityTypeT>> = { PER: 'person', ORG: 'organization', LOC: 'location' };

function lastWord(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function firstWord(text: string): string {
  return text.toLowerCase().split(/\s+/)[0] ?? '';
}

function candidate(layer: string, mention: EntityMention, text: string, type: EntityTypeT): MentionCandidate {
  return { layer, start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), type, form: 'name', rule: MODEL_RULE, confidence: mention.confidence };
}

/** Lower-case parts after a hyphen: "China-funded", "US-led", "Kremlin-backed". */
const TRAILING_PARTICIPLE = /(?:-\p{Ll}[\p{L}]*)+$/u;

/** The name without a trailing participle ("China-funded" -> "China"), else the mention as is. */
function withoutParticiple(mention: EntityMention, written: string): EntityMention {
  const tail = TRAILING_PARTICIPLE.exec(written);
  if (tail === null || tail.index === 0) return mention;
  return { ...mention, end: mention.start + tail.index };
}

/** The text the tagger reads for a layer: a headline re-cased from the body's evidence. */
function taggerInput(layer: string, text: string, evidence: () => CaseEvidence): string {
  if (layer !== TITLE_LAYER || lineCase(text) === 'other') return text;
  const cased = truecaseLine(text, evidence());
  return cased.length === text.length ? cased : text;
}

/** `evidence` gives how the body writes its words (computed once, only when a headline needs it). */
export function tagLayer(layer: string, text: string, evidence: () => CaseEvidence, kb: KnowledgeBase): TaggedLayer {
  const kept: MentionCandidate[] = [];
  const unsure: MentionCandidate[] = [];
  for (const mention of recognizeEntities(taggerInput(layer, text, evidence))) {
    const written = text.slice(mention.start, mention.end);
    if (!LETTER.test(written)) continue; // "7:14": no name without letters
    if (mention.type === 'MISC') {
      if (isNamedEvent(written, kb)) {
        kept.push(candidate(layer, mention, text, 'event'));
        continue;
      }
      if (/\s/.test(written) && ORGANIZATION_HEADS.has(lastWord(written))) {
        kept.push(candidate(layer, mention, text, 'organization'));
        continue;
      }
      const demonyms = /\s/.test(written) ? null : demonymMentions(layer, mention.start, written, kb);
      if (demonyms !== null) kept.push(...demonyms);
      else unsure.push(candidate(layer, mention, text, 'organization'));
      continue;
    }
    if (mention.type === 'PER' && /\p{N}/u.test(written)) continue; // "C-130 Hercules": no person's name holds a digit
    if (mention.type === 'PER' && /\s/.test(written) && ORGANIZATION_HEADS.has(lastWord(written))) {
      // "Unity Party", "Fiji Limited": a name that ends in an organization word is not a person's.
      kept.push(candidate(layer, mention, text, 'organization'));
      continue;
    }
    if (mention.type === 'PER' && startsLikeEvent(written)) {
      // "Cyclone Semisi", "Hurricane Katrina": the tagger reads the storm's given name as a person's.
      kept.push(candidate(layer, mention, text, 'event'));
      continue;
    }
    const parts = mention.type === 'PER' || /\s/.test(written) ? null : demonymMentions(layer, mention.start, written, kb);
    if (parts !== null) {
      kept.push(...parts);
      continue;
    }
    // "Kaliwa River", "River Tesmer", "Lake Varn": a feature's name, unless an organisation's head ends it ("Lake Region Authority").
    const site = /\s/.test(written) && (FACILITY_HEADS.has(lastWord(written)) || (FEATURE_LEADS.has(firstWord(written)) && !ORGANIZATION_HEADS.has(lastWord(written))));
    const type = site ? 'location' : TYPE_OF_TAG[mention.type];
    const named = mention.type === 'PER' ? mention : withoutParticiple(mention, written);
    kept.push(candidate(layer, named, text, type));
  }
  return { kept, unsure };
}
