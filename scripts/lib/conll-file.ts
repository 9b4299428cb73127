/**
 * Reading CoNLL-style NER files: one token per line, whitespace-separated columns, the tag in the
 * LAST column; a blank line ends a sentence; "-DOCSTART-" lines separate documents. Tags of other
 * common schemes are mapped to CoNLL's four types (PERSON -> PER, GPE -> LOC, NORP -> MISC...), and
 * types outside them become O.
 */

export interface ConllSentence {
  readonly words: string[];
  readonly tags: string[];
}

export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

const TYPE_ALIASES: Readonly<Record<string, string>> = {
  PER: 'PER', PERSON: 'PER',
  ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG',
  LOC: 'LOC', LOCATION: 'LOC', GPE: 'LOC', FAC: 'LOC',
  MISC: 'MISC', NORP: 'MISC', EVENT: 'MISC', WORK_OF_ART: 'MISC', LAW: 'MISC', PRODUCT: 'MISC', LANGUAGE: 'MISC',
};

/** "B-PERSON" -> "B-PER", "I-GPE" -> "I-LOC", "B-DATE" -> "O", "O" -> "O". */
export function normalizeTag(tag: string): string {
  const match = /^([BIES])[-_](.+)$/.exec(tag);
  if (match === null) return 'O';
  const type = TYPE_ALIASES[(match[2] ?? '').toUpperCase()];
  if (type === undefined) return 'O';
  const prefix = match[1] === 'B' || match[1] === 'S' ? 'B' : 'I';
  return `${prefix}-${type}`;
}

export function parseConll(content: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let current: ConllSentence = { words: [], tags: [] };
  const endSentence = (): void => {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [], tags: [] };
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length > 0) documents.push({ sentences });
    sentences = [];
  };
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (line.length === 0) {
      endSentence();
      continue;
    }
    const columns = line.split(/\s+/);
    const word = columns[0] ?? '';
    if (word === '-DOCSTART-') {
      endDocument();
      continue;
    }
    current.words.push(word);
    current.tags.push(columns.length > 1 ? normalizeTag(columns[columns.length - 1] ?? 'O') : 'O');
  }
  endDocument();
  return documents;
}

/** IOB1 or broken IOB2 -> IOB2: an I-X that does not continue an X becomes B-X. */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = tags[i - 1] ?? 'O';
    return prev === 'O' || prev.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
  });
}
