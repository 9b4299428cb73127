/**
 * What a line rule is. A rule looks at the line at a position (and, when it needs to, at the lines
 * around it) and either claims one or more lines from there, saying what they are and which rule
 * said so, or passes. Rules never change the lines.
 */
import type { AuthorT, BoilerplateKindT, MediaT, PublishedT } from '../../record/schema.js';
import type { Line } from './lines.js';

/** What the claimed lines state about the article, besides being removed from the body. */
export interface LineFacts {
  authors?: AuthorT[];
  published?: PublishedT;
  modified?: PublishedT;
  /**
   * True when the dates are labelled ("Published ...", "Updated ..."). A bare date is the article's
   * date only above the body; further down it dates something else (a timeline entry, a comment).
   */
  datesLabelled?: boolean;
}

export interface RuleMatch {
  /** How many lines the rule claims, starting at the position it was asked about (at least 1). */
  length: number;
  /** The rule's id, recorded in `boilerplate[].rule` ("text/credit-line"). */
  rule: string;
  /** The boilerplate kind of the claimed lines, or null when they become media items instead. */
  kind: BoilerplateKindT | null;
  media?: MediaT[];
  facts?: LineFacts;
}

export interface RuleContext {
  lines: readonly Line[];
  /** Position of the headline, which no rule may claim; null when the scrape shows none. */
  titleIndex: number | null;
}

export type LineRule = (context: RuleContext, index: number) => RuleMatch | null;

/** A match of a single line. */
export function single(rule: string, kind: BoilerplateKindT | null, extra: Omit<RuleMatch, 'length' | 'rule' | 'kind'> = {}): RuleMatch {
  return { length: 1, rule, kind, ...extra };
}
