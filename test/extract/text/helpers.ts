/** Builds rule inputs from plain strings: an empty string stands for a blank line between blocks. */
import type { Line } from '../../../src/extract/text/lines.js';
import type { LineRule, RuleMatch } from '../../../src/extract/text/rule.js';

export function linesOf(texts: readonly string[]): Line[] {
  const lines: Line[] = [];
  let block = 0;
  for (const text of texts) {
    if (text === '') {
      if (lines.length > 0) block += 1;
      continue;
    }
    lines.push({ text, block });
  }
  return lines;
}

/** Runs a rule at the first line of a small scrape (no headline). */
export function runRule(rule: LineRule, texts: readonly string[], index = 0): RuleMatch | null {
  return rule({ lines: linesOf(texts), titleIndex: null }, index);
}
