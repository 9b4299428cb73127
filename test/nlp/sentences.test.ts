import { describe, expect, it } from 'vitest';
import { paragraphSpans, sentenceIndexAt, splitSentences } from '../../src/nlp/sentences.js';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    ['plain sentences', 'The port closed. Ships waited outside! Would it reopen?', ['The port closed.', 'Ships waited outside!', 'Would it reopen?']],
    ['titles', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['initials', 'John F. Kennedy spoke. The crowd cheered.', ['John F. Kennedy spoke.', 'The crowd cheered.']],
    ['decimals', 'Growth was 3.5 percent. Rates held.', ['Growth was 3.5 percent.', 'Rates held.']],
    ['month abbreviations', 'It happened on Jan. 30 in Tokyo. Nobody was hurt.', ['It happened on Jan. 30 in Tokyo.', 'Nobody was hurt.']],
    ['No. before a number', 'He lives at No. 10 with his cat.', ['He lives at No. 10 with his cat.']],
    ['U.S. inside a sentence', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['U.S. ending a sentence', 'He moved to the U.S. The company followed.', ['He moved to the U.S.', 'The company followed.']],
    ['a quotation ending a sentence', '“We are ready.” The team left.', ['“We are ready.”', 'The team left.']],
    ['a quotation handing over to its attribution', '“Are we ready?” she asked. Nobody answered.', ['“Are we ready?” she asked.', 'Nobody answered.']],
    ['a new sentence opening with a quote mark', 'He paused. “No,” he said.', ['He paused.', '“No,” he said.']],
    ['paragraph breaks', 'First paragraph without a stop\n\nSecond one.', ['First paragraph without a stop', 'Second one.']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('returns offset spans that locate each sentence', () => {
    const text = 'One. Two.';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
    expect(sentenceIndexAt(spans, 6)).toBe(1);
    expect(sentenceIndexAt(spans, 4)).toBe(-1);
  });

  it('finds paragraphs, trimmed', () => {
    const text = ' First.\n\n\nSecond. \n \nThird.';
    expect(paragraphSpans(text).map((p) => text.slice(p.start, p.end))).toEqual(['First.', 'Second.', 'Third.']);
  });
});
