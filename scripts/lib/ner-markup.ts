/**
 * Bracket-marked articles to CoNLL: the format of data/models/ner-written/ (training articles
 * written for newsgraph, "[ORG Reuters] reported from [LOC Erbil]"). Pure functions; the script
 * scripts/make-ner-written-train.ts does the I/O.
 *
 * The marked text is unmarked first, keeping each entity's character span; the plain text is then
 * split into sentences and tokens by the same code the tagger uses at run time (src/nlp/), so the
 * training tokens are the ones the model will meet ("Iraq's" -> "Iraq" "'s"). A token takes the
 * entity whose span it starts in: B- for the first token of the span, I- for the rest.
 */
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokenize.js';

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface MarkedSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

export interface UnmarkedText {
  text: string;
  spans: MarkedSpan[];
}

const MARK = /\[(PER|ORG|LOC|MISC) ([^\][]+)\]/g;

/** Removes the markup; throws on a stray bracket, naming the line, so a typo never trains the model. */
export function unmark(marked: string, where = 'text'): UnmarkedText {
  const spans: MarkedSpan[] = [];
  let text = '';
  let at = 0;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(marked); m !== null; m = MARK.exec(marked)) {
    text += marked.slice(at, m.index);
    const words = m[2] as string;
    if (words !== words.trim()) throw new Error(`${where}: spaces inside the brackets of "${m[0]}"`);
    spans.push({ start: text.length, end: text.length + words.length, label: m[1] as EntityLabel });
    text += words;
    at = m.index + m[0].length;
  }
  text += marked.slice(at);
  const stray = /[[\]]/.exec(text);
  if (stray !== null) {
    const line = text.slice(0, stray.index).split('\n').length;
    throw new Error(`${where}: line ${line}: a bracket that is no [TYPE words] markup`);
  }
  return { text, spans };
}

/** CoNLL lines (TOKEN<TAB>TAG, a blank line after each sentence) of one unmarked article. */
export function toConll(article: UnmarkedText): string[] {
  const lines: string[] = [];
  for (const sentence of splitSentences(article.text)) {
    const tokens = tokenize(article.text.slice(sentence.start, sentence.end));
    if (tokens.length === 0) continue;
    for (const token of tokens) {
      const start = sentence.start + token.start;
      const end = sentence.start + token.end;
      // A hyphenated word whose first part is the entity ("[MISC Buddhist]-backed") is one token at
      // run time: it takes the entity's tag, as CoNLL tags "U.S.-based". A token that starts
      // outside an entity and ends inside one is a marking mistake.
      const span = article.spans.find((s) => s.start <= start && start < s.end);
      const straddles = span === undefined && article.spans.some((s) => s.start < end && start < s.end);
      if (straddles) throw new Error(`a token "${token.text}" straddles an entity's edge: mark whole words`);
      lines.push(`${token.text}\t${span === undefined ? 'O' : `${start === span.start ? 'B' : 'I'}-${span.label}`}`);
    }
    lines.push('');
  }
  return lines;
}
