/**
 * Casing repair inside one document before tagging: its ALL-CAPS lines (wire headlines, datelines,
 * table rows in capitals), and optionally its Title Case lines, are re-cased word by word from what
 * the rest of the document shows (src/nlp/truecase.ts), so "RUSSIA WARNS JAPAN OVER ISLANDS" is
 * tagged as "Russia warns Japan over islands". Known names of the gazetteer stay capitalised.
 * Only the words the features read change; token offsets into the text do not.
 */
import { type CaseEvidence, type TruecaseOptions, caseEvidenceOfSentences, lineCase, truecaseWords } from '../truecase.js';
import { isCapsLine } from './features.js';
import { type Gazetteer, tokenKey } from './gazetteer-features.js';

/** Which lines are re-cased: none, ALL-CAPS ones, or ALL-CAPS and Title Case ones. */
export type HeadlineCaseMode = 'none' | 'caps' | 'caps+title';
export const HEADLINE_CASE_MODES: readonly HeadlineCaseMode[] = ['none', 'caps', 'caps+title'];

/**
 * What the recognizer does by default. The committed model was trained without re-casing
 * (scripts/train-tagger.ts, `--headline-case none`, recorded in the model): re-casing at run time
 * only measured better than also training on re-cased lines (docs/ner.md).
 */
export const DEFAULT_HEADLINE_CASE: HeadlineCaseMode = 'caps';

function optionsFor(gazetteer: Gazetteer | null): TruecaseOptions {
  return gazetteer === null ? {} : { isKnownName: (word) => gazetteer.maskOf(tokenKey(word)) !== 0 };
}

const LOWER_A = 97;
const LOWER_Z = 122;
/** Words with a lower-case ASCII letter a caps line can hold (the features' test allows one in five). */
const MAX_LOWER_SHARE = 0.2;

/** A quick test that rules out nearly every prose sentence before the exact one (features.ts). */
function mayBeCapsLine(words: readonly string[]): boolean {
  let lower = 0;
  const allowed = MAX_LOWER_SHARE * words.length;
  for (const word of words) {
    for (let i = 0; i < word.length; i += 1) {
      const code = word.charCodeAt(i);
      if (code >= LOWER_A && code <= LOWER_Z) {
        lower += 1;
        break;
      }
    }
    if (lower > allowed) return false;
  }
  return true;
}

/** The document's sentences with its headline lines re-cased (the same arrays where nothing changes). */
export function recaseHeadlines(sentences: readonly (readonly string[])[], gazetteer: Gazetteer | null, mode: HeadlineCaseMode = DEFAULT_HEADLINE_CASE): (readonly string[])[] {
  if (mode === 'none') return [...sentences];
  let evidence: CaseEvidence | null = null;
  const options = optionsFor(gazetteer);
  return sentences.map((words) => {
    const kind = mayBeCapsLine(words) && isCapsLine(words) ? 'caps' : mode === 'caps+title' ? lineCase(words.join(' ')) : 'other';
    if (kind === 'other') return words;
    evidence ??= caseEvidenceOfSentences(sentences);
    return truecaseWords(words, evidence, options);
  });
}
